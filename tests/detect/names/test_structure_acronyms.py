"""The acronym of a kind of care structure, alone, is no person (issue 8, probe13's family): « CAARUD
(boutique) — main courante », « Un PASA est proposé », « DITEP, SAVS et SAMSAH sollicités » (the model
read them as surnames in capitals). Kept: the same word after a title or as a name field's value
(« Dr MAS », « Nom : MAS   Prénom : Jordi », a surname of the south), where the next field's label is no
part of an establishment's name either."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label.value, text[f.start : f.end]) for f in _DETECTOR.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "CAARUD (permanence) — main courante du lundi",
        "Un PASA est proposé ; l'UHR a refusé faute de place.",
        "DITEP, SAVS et SAMSAH sollicités par la référente.",
        "Orientation EEAP à discuter en synthèse.",
    ],
)
def test_a_structure_acronym_alone_is_no_person(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vu par le Dr MAS ce matin.", [("NOM", "MAS")]),
        ("Nom : MAS   Prénom : Jordi", [("NOM", "MAS"), ("NOM", "Jordi")]),
        (
            "EHPAD Les Lilas   Date : 12/03/2025",
            [("ETABLISSEMENT", "EHPAD Les Lilas"), ("DATE", "12/03/2025")],
        ),
    ],
)
def test_a_person_or_an_establishment_keeps_its_reading(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
