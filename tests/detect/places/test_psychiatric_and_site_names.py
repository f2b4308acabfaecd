"""Psychiatric hospitals and hospital sites named by their short name (issue #8, probe8):
« hospitalisé à Esquirol », « à Paul-Guiraud », « (site Pierre-Zobda-Quitman) », « aux HCL (HFME) ».
Trap: the same name without a care cue (« rue Esquirol », an address; « délire d'Esquirol »)."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sous sauvegarde de justice, hospitalisé à Esquirol depuis le 5 février.", ["Esquirol"]),
        ("Transféré à Paul-Guiraud puis à Ville-Évrard.", ["Paul-Guiraud", "Ville-Évrard"]),
        ("Évasan vers le CHU de Martinique (site Pierre-Zobda-Quitman).", ["CHU de Martinique", "Pierre-Zobda-Quitman"]),
        ("L'enfant aux HCL (HFME) pour avis.", ["HCL", "HFME"]),
    ],
)  # fmt: skip
def test_short_names(text: str, names: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == names


@pytest.mark.parametrize("text", ["Il habite rue Esquirol.", "Le délire d'Esquirol, décrit en 1838."])
def test_no_establishment_without_a_care_cue(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
