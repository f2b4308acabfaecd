"""Reference numbers given as « n° », « no », « numéro » or « réf. »: the number of a record.

Positives: requests, complaints, slips, wristbands, letters numbered with slashes, dashes or
spaces that the fail-closed reading of long runs takes for fractions or dates, or that are too
short for it. Traps: products, classifications and legal texts numbered the same way, dates and
months, short numbers, numbers with a unit. All values are synthetic.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.recognisers.fr import numbered
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import values

R = numbered.build()
ENGINE = Detector()
IDENTIFIERS = (Label.IPP, Label.NDA, Label.NIR, Label.TELEPHONE, Label.IDENTIFIANT)


@pytest.mark.parametrize(
    "marked",
    [
        "A son origine se trouve une requête (no <IDENTIFIANT>18928/91</IDENTIFIANT>) dirigée contre l'État.",
        "Plainte n° <IDENTIFIANT>12345/2019</IDENTIFIANT> déposée au commissariat.",
        "Bon de transport n° <IDENTIFIANT>452310</IDENTIFIANT> établi le jour même.",
        "Bracelet no <IDENTIFIANT>884512</IDENTIFIANT> posé à l'arrivée.",
        "Courrier réf. <IDENTIFIANT>2024/18345</IDENTIFIANT> à rappeler.",
        "Numéro d'ordre <IDENTIFIANT>77 815</IDENTIFIANT> au registre des entrées.",
        "Déclaration N°<IDENTIFIANT>AB-45123</IDENTIFIANT> transmise à l'assurance.",
        "référence : <IDENTIFIANT>31-20457-8</IDENTIFIANT>",
    ],
)
def test_a_number_given_as_the_number_of_something_is_masked(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(ENGINE.detect(text), marked, labels=IDENTIFIERS)


@pytest.mark.parametrize(
    "text",
    [
        "Conformément au règlement (CE) n° 726/2004, la Commission a délivré une autorisation.",
        "Directive 2001/83/CE ; décret n° 2016-1234 ; arrêté n° 45123 ; loi n° 78-17 du 6 janvier.",
        "Lot n° 45123, péremption fin 2027 ; code CIP n° 3400930 ; AMM n° 34009 ; norme ISO n° 15189.",
        "Chambre n° 12, lit n° 2, box no 3, table no 1234.",
        "Voir l'article n° 12345 du code ; tome n° 31145 ; page n° 12345.",
        "Bulletin n° 03/2019 ; courrier réf. 12/03/2024.",
        "Dose n° 12500 UI à J1 ; flacon numéro 50000 µg.",
        "no problem, nos 12345 patients ; Les références 12345 et suivantes.",
    ],
)
def test_products_legal_texts_dates_and_short_numbers_stay_readable(text: str) -> None:
    assert values(R, text) == []


def test_the_hospital_labels_keep_their_own_label() -> None:
    text = "Dossier n° 2019/04512 et patient n° 80012345."
    labels = {text[f.start : f.end]: f.label for f in ENGINE.detect(text)}
    assert labels == {"2019/04512": Label.NDA, "80012345": Label.IPP}
