"""The town of a signature or a sender's line, followed by the line's contact (issue 8, probe13's
family): « Nadège, IDE, EHPAD Les Mimosas, Le Gosier, 0590 84 12 37 », « Dr Lucas, généraliste, Vitré,
tél. 02 99 74 11 20 », « Cabinet infirmier des Halles, Sens, infirmiers.sens@… ». The town was read
only where it ended the line; a comma and a phone, an e-mail or « tél » after it close it the same way.
Trap: a count after the town is no contact."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Nadia, IDE, EHPAD Les Capucines, Le Gosier, 0590 84 31 07", "Le Gosier"),
        ("Dr Lucas, généraliste, Vitré, tél. 02 99 74 11 20", "Vitré"),
        ("Cabinet infirmier des Halles, Sens, infirmiers.halles@orange.fr", "Sens"),
        ("Centre de rééducation Les Embruns, Vue, 02 40 11 22 33", "Vue"),
        ("Dr Marie Faure, pédiatre, Cognac, +33 5 45 82 11 09", "Cognac"),
    ],
)
def test_the_town_before_the_contact(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


def test_a_count_after_the_town_is_no_contact() -> None:
    assert values("Dr Lucas, généraliste, Orange, 3 patients vus ce matin", "VILLE") == []
