"""The town of a pharmacy or a laboratory (issue 8, probe13's family): « c'est la pharmacie de
Vienne », « le laboratoire d'Issoire a téléphoné » name where the patient lives or is treated, even when
the commune is also a French word. Traps: « Pharmacie du Port » (« du » contracts an article no
commune's name holds), a laboratory at a line's end with a commune's word on the next."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bonjour, c'est la pharmacie de Vienne, au sujet de l'ordonnance.", "Vienne"),
        ("Le laboratoire de Sens a téléphoné le résultat à 18 h.", "Sens"),
        ("Le laboratoire d'Issoire a téléphoné.", "Issoire"),
        ("Délivré par l'officine de Moulins.", "Moulins"),
        ("Appel de la pharmacie de Vire pour une rupture de stock.", "Vire"),
        ("Le laboratoire de Cognac signale une kaliémie à 6,1.", "Cognac"),
        ("Ordonnance présentée à la pharmacie de Condom le lendemain.", "Condom"),
    ],
)
def test_the_town_of_a_pharmacy_or_a_laboratory(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacie du Port, ouverte le dimanche.",
        "INR au laboratoire\nCarnet AVK remis au patient.",
        "La pharmacie de garde est fermée.",
    ],
)
def test_no_town_without_one(text: str) -> None:
    assert values(text, "VILLE") == []
