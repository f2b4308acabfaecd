"""Families of what a chatbot's user pastes into a prompt (issue 8, the sixteenth held-out batch's
second half and its neighbours), each with invented variants and the look-alikes that stay in clear:

- a printed form's « Nom X Prénom Y » without colons, the surname too short for any list (« Vo »);
- a scanned address: a street type read through the scan's digits before a name is (« p1ace », not
  the surname « Piace »), a compound commune whose every part holds a scan's digits (« L0NS-LE-SAUN1ER »);
- establishments: a noun-only type after a word that makes « clinique » an adjective (« appel
  pharmacie Pharmacie des Halles », « suivi Hôpital … »); a practice's speciality capitalised in its
  letterhead (« Cabinet de Cardiologie Pasteur »);
- a scanned date whose day or month a scan spaced before a year written whole (« 1 4/0 2/l953 »);
- a number printed one character per pipe box with a letter among its digits (« |2|6|U|0|0|… »).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


def _check(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a two-letter surname between the labels of a form without colons
        "La patiente désigne : Nom <NOM>Ly</NOM>   Prénom <NOM>Minh</NOM>\nAdresse : inconnue",
        "NOM <NOM>HO</NOM>   PRÉNOM <NOM>THANH</NOM>\nSexe : F",
    ],
)
def test_prompt_names(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Domicile : <ADRESSE>5 p1ace des Tilleuls</ADRESSE>, <CODE_POSTAL>44000</CODE_POSTAL> <VILLE>Nantes</VILLE>",
        "Adresse : <ADRESSE>8 rue Neuve</ADRESSE>, <CODE_POSTAL>39000</CODE_POSTAL> <VILLE>L0NS-LE-SAUN1ER</VILLE>",
    ],
)
def test_prompt_scanned_addresses(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Rappel fait ; appel pharmacie <ETABLISSEMENT>Pharmacie des Halles Vierzon</ETABLISSEMENT> "
        "(<TELEPHONE>02 48 11 22 33</TELEPHONE>) pour la délivrance.",
        "Patient en suivi <ETABLISSEMENT>Hôpital Saint-Louis</ETABLISSEMENT> pour une drépanocytose.",
        "En-tête :\n<ETABLISSEMENT>Cabinet de Cardiologie Pasteur</ETABLISSEMENT>\nCompte rendu d'échographie",
        "<ETABLISSEMENT>Cabinet de Pathologie Vauban</ETABLISSEMENT>\nExamen histologique",
    ],
)
def test_prompt_establishments(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Scan : Pat ient <NOM>DURAND</NOM>, n é le <DATE>2 7/0 8/l961</DATE>, adressé",
        "Né le <DATE_NAISSANCE>0 9.1 1.1948</DATE_NAISSANCE> à domicile",
        "Née le <DATE_NAISSANCE>2 3/05/1971</DATE_NAISSANCE>",
    ],
)
def test_prompt_scanned_dates(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("N° séjour : |2|5|K|0|0|8|3|1|4|2|\nAdresse : inconnue", "2|5|K|0|0|8|3|1|4|2"),
        ("N° de venue : |3|1|T|A|0|0|5|2|8|8|1|\nService : HGE", "3|1|T|A|0|0|5|2|8|8|1"),
    ],
)
def test_prompt_boxed_numbers_with_a_letter(text: str, number: str) -> None:
    start = text.index(number)
    assert any(f.start <= start and start + len(number) <= f.end for f in _DETECTOR.detect(text))


@pytest.mark.parametrize(
    "marked",
    [
        # a table's header, the labels alone; a label's complement in lower case
        "Nom   Prénom   DDN\n",
        "Nom du médecin Prénom du patient",
        # « clinique » after « examen » stays an adjective; a practice named by its doctor names no place
        "examen clinique Normal, revu au cabinet.",
        "Cabinet Médical du docteur, sans nom.",
        # fractions and doses with spaces stay numbers
        "Lasilix 40 mg 1 1/2 cp le matin",
        "items cochés 1 2/3 4/5",
        # letters in boxes are a word, not a number
        "| A | B | C | 1 | 2 | 3 |",
        "|1|2|A|B|C|D|",
        # the member of a code after its hyphen stays a code
        "groupage HLA-DR4, RH-KEL1 négatif",
    ],
)
def test_prompt_look_alikes(marked: str) -> None:
    _check(marked)
