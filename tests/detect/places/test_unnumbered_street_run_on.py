"""A street or a rural place named without a number, that runs on into the sentence (issue 8): the name of
an unnumbered street stops at a lower-case word after its capitalised part, unless that word links the
name (« de », « du », « la »…), opens the address's complement (« bâtiment », « porte ») or ends it. Names
typed in lower case and link words keep the whole name."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sa fille habite avenue Jules Ferry accepte de venir le chercher.", ["avenue Jules Ferry"]),
        ("Il réside impasse des Glycines souhaite un passage infirmier le soir.", ["impasse des Glycines"]),
        ("La chute a eu lieu route de Pontarlier vers 7 h en allant au travail.", ["route de Pontarlier"]),
        # (the capitalised article opening the line is part of the name: « Le Moulin Rouge »)
        ("Le Moulin Rouge héberge trois patients du service cette semaine.", ["Le Moulin Rouge"]),
    ],
)  # fmt: skip
def test_the_name_stops_before_the_sentence(text: str, expected: list[str]) -> None:
    assert _found(text, "ADRESSE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domicile : allée des grands chênes, 21000 Dijon", "allée des grands chênes"),
        ("Elle vit rue du Général de Gaulle avec son mari.", "rue du Général de Gaulle"),
        ("adresse : résidence Les Acacias bâtiment nord, porte 4", "résidence Les Acacias bâtiment nord, porte 4"),
        ("adresse : impasse de la Fontaine basse, Lons", "impasse de la Fontaine basse"),
    ],
)  # fmt: skip
def test_names_and_complements_are_kept(text: str, expected: str) -> None:
    assert expected in _found(text, "ADRESSE")
