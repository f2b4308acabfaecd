"""Address fields of forms and dictation (issue 8, probe6): a place's name before the numbered street
line (« Adresse : Kerlann, 3 route de Plestin »), a form's next field after three spaces (« 11 rue
Paul Bert   CP : 33800 »), Breton street types (« 17 hent Sant Herbot »), a house number dictated in
words in a note typed in lower case (« au douze bis rue du docteur roux »), a postcode's label that
says whose it is (« Code postal de résidence : 87100 »), the place of birth after a form's « à : »,
and a place that stops before the next field's label (« à Conakry⏎Tél. : »). Traps around each."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()
_PLACES = ("ADRESSE", "CODE_POSTAL", "VILLE")


@pytest.mark.parametrize(
    "marked",
    [
        "Adresse : <ADRESSE>Kerlann, 3 route de Plestin</ADRESSE> <CODE_POSTAL>22300</CODE_POSTAL> <VILLE>LANNION</VILLE>",
        "Adresse : <ADRESSE>Foyer des Jeunes Travailleurs, 11 rue Paul Bert</ADRESSE>   CP : <CODE_POSTAL>33800</CODE_POSTAL>",
        "domicile : <ADRESSE>Le Bourg, 2 rue de l'Église</ADRESSE>",
        "Adresse : <ADRESSE>17 hent Sant Herbot</ADRESSE>, <CODE_POSTAL>29690</CODE_POSTAL> <VILLE>Plonévez-du-Faou</VILLE>",
        "il vit seul au <ADRESSE>douze bis rue du docteur roux</ADRESSE> à <VILLE>quimper</VILLE> virgule",
        "Sexe : M   Code postal de résidence : <CODE_POSTAL>87100</CODE_POSTAL>",
        "Né(e) le : 01/01/1990   à : <VILLE>Abidjan</VILLE>\nTél. : 07 58 12 44 09",
        "né le 01/01/1996 à <VILLE>Conakry</VILLE>\nTél. : 06 12 34 56 78",
    ],
)
def test_form_address_fields(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=_PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan, 3 rue à traverser pour aller au scanner",  # no address label
        "deux rue plus loin, le cabinet",
        "Remarque : Important, 3 cas sur 10",
        "code postal de résidence inconnu",
        "hent bras",  # a Breton type without a name in capitals or a number
    ],
)
def test_no_address_there(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label in _PLACES]
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


# A square in lower case before « à » and a commune: where something happened (probe6, a certificate).
@pytest.mark.parametrize(
    "marked",
    [
        "frappé à la sortie de son travail, <ADRESSE>place du Marché</ADRESSE> à <VILLE>Montluçon</VILLE>, samedi",
        "chute sur le <ADRESSE>cours Mirabeau</ADRESSE> à <VILLE>Aix-en-Provence</VILLE>",
    ],
)
def test_a_square_before_its_commune(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=_PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "à la place du Lasilix à 40 mg",
        "remplacé à la place du Dr Martin à Lyon pour la garde",
        "le cours Magistral à 14 h",
    ],
)
def test_no_square_there(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label == "ADRESSE"]
    assert not found, [text[f.start : f.end] for f in found]
