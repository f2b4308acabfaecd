"""Punctuation typed against the next word (issue 8's « mots collés »): a space is read after a comma,
a colon, a closing bracket or a full stop glued to it, so that a postcode, a street, a name or a number
is a word of its own; decimals, times, URNs and addresses on the internet are left as written.

Synthetic text only (invented names, places of the lists).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.normalise import normalise
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

READ = [
    ("Dr Sénéchal,Kirchstrasse 14,4051 Basel,Suisse.", "Dr Sénéchal, Kirchstrasse 14, 4051 Basel, Suisse."),
    ("Lieu :dans le 13005,8 rue Saint-Pierre", "Lieu : dans le 13005, 8 rue Saint-Pierre"),
    ("IPP:4471290", "IPP: 4471290"),
    (
        "césariennes (1996,2001)à la Clinique Sainte-Marie.Mère diabétique",
        "césariennes (1996, 2001) à la Clinique Sainte-Marie. Mère diabétique",
    ),
    ("Séances :3/11,5/11,10/11", "Séances : 3/11, 5/11, 10/11"),
    ("Retour :LYON 3,41 cours Gambetta", "Retour : LYON 3, 41 cours Gambetta"),
    ("trois av.de la Libération", "trois av. de la Libération"),
]

KEPT = [
    "Lovenox 4000 UI/0,4 ml ; T 37,5 ; 1 234,56 €",
    "urn:oid:1.2.250.1.213.1.4.8 ; http://www.chu-exemple.fr ; Jean.Dupont@chu-exemple.fr",
    "RDV à 10:30, rappel T14:31:00",
    "N,N-diméthyl ; 2,4-D",
    "id,date,motif,tel,code_postal\n41009120,2025-04-22,écho-doppler TSA,+33754120400,Blois",
]

FOUND = [
    "Adressé par le Dr <NOM>Sénéchal</NOM>,<ADRESSE>Kirchstrasse 14</ADRESSE>,<CODE_POSTAL>4051</CODE_POSTAL> "
    "<VILLE>Basel</VILLE>,<VILLE>Suisse</VILLE>.",
    "Lieu de prise en charge :dans le <CODE_POSTAL>13005</CODE_POSTAL>,<ADRESSE>8 rue Saint-Pierre</ADRESSE>,"
    "sonner chez <NOM>Agopian</NOM>.",
    "Retour à domicile :<VILLE>LYON 3</VILLE>,<ADRESSE>41 cours Gambetta</ADRESSE>,digicode 4512B.",
    "deux césariennes (<DATE>1996</DATE>,<DATE>2001</DATE>)à la <ETABLISSEMENT>Clinique Sainte-Marie</ETABLISSEMENT>.",
]


@pytest.mark.parametrize(("glued", "read"), READ)
def test_a_space_is_read_after_glued_punctuation(glued: str, read: str) -> None:
    assert normalise(glued).text == read


@pytest.mark.parametrize("text", KEPT)
def test_decimals_times_and_addresses_stay_as_written(text: str) -> None:
    assert normalise(text).text == text


@pytest.mark.parametrize("marked", FOUND)
def test_what_the_glued_text_names_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)
