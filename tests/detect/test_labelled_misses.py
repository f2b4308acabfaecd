"""Identifiers the probe batches left visible (issue #8), each a family:

- an internal extension in groups of one to three digits (« poste 4 52 18 »);
- a house named as its address, in the Basque Country, Portugal or Brittany (« maison Etxeberria,
  quartier Ibarron », « Quinta da Ribeira, lugar de Paços »), and a hamlet before its road after an
  address's label (« adresse de livraison : Kerlaouen, route de Plouider »);
- a patient's file number after « Fiche n° » (four digits are enough there);
- a postcode as a padded field of a fixed-width record (a PMSI line).

With traps beside each: the same words that hold no identifier stay clean.
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline


@cache
def engine() -> Detector:
    return Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in engine().detect(text)]


@pytest.mark.parametrize(
    "marked",
    [
        "Joindre la régulation du bloc, poste <TELEPHONE>4 52 18</TELEPHONE>, ou poste <TELEPHONE>45218</TELEPHONE>.",
        "Vit seul, <ADRESSE>maison Etxeberria, quartier Ibarron</ADRESSE>, Saint-Pée-sur-Nivelle ; accès difficile.",
        "Adresse de vacances : <ADRESSE>Quinta da Ribeira, lugar de Paços</ADRESSE>, 4990-620 Ponte de Lima.",
        "adresse de livraison : <ADRESSE>Kerlaouen, route de Plouider</ADRESSE>, 29260 Lesneven.",
        "Patient : LACOMBE Benoît   Fiche n° <IPP>2231</IPP>   vu ce jour.",
        "Ligne RUM collée par le DIM :\n370000481020 05M0920001284  525003318           "
        "000000000114031952141021403202585210320258 <CODE_POSTAL>37400</CODE_POSTAL>    0000 01I501   N179",
    ],
)
def test_the_identifier_is_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in found), (
            text[start:end],
            _found(text),
        )


@pytest.mark.parametrize(
    "text",
    [
        "Poste de soins : 2 3 patients ce soir ; bip 12 34 56 en panne.",
        "Transmis à la Maison Départementale des Personnes Handicapées ; la maison Blanche était fermée.",
        "Fiche n° 2 du protocole, fiche n° 12 page 3, fiche technique n° 2231.",
        "Leucocytes   10500 /mm3   Plaquettes 250000 /mm3   Hémoglobine 13,5 g/dl",
    ],
)
def test_the_same_words_without_an_identifier(text: str) -> None:
    assert _found(text) == []
