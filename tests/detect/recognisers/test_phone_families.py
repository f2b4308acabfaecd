"""Phones the hospital set found missed (issue 8): a country code in brackets, « +33 (0)1 … »,
foreign numbers, a number glued to its cue word, internal numbers after a verb of calling.
Each family with its traps. All numbers are synthetic."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.recognisers.fr import extension, phone
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, values

PHONE = phone.build()
EXTENSION = extension.build()
ENGINE = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Standard : <TELEPHONE>(33) 1 45 67 89 01</TELEPHONE>.",
        "Joindre le <TELEPHONE>(+33) 6 12 34 56 78</TELEPHONE> ou le <TELEPHONE>(0033) 1.45.67.89.01</TELEPHONE>",
        "Fille : <TELEPHONE>+33 (0)1 45 67 89 01</TELEPHONE>",
        "tel<TELEPHONE>0612345678</TELEPHONE> (fille)",
        "Tél.:<TELEPHONE>0612345678</TELEPHONE>",
        "portable<TELEPHONE>+33612345678</TELEPHONE>, fax<TELEPHONE>0145678901</TELEPHONE>",
        "TEL<TELEPHONE>06 12 34 56 78</TELEPHONE>",
        # the area's digits in brackets, as overseas letterheads print them (issue #8, probe9)
        "Standard <TELEPHONE>(0596) 55 20 00</TELEPHONE>\nService",
        "Tél <TELEPHONE>(05 96) 55 20 00</TELEPHONE> ; ancien <TELEPHONE>(02) 98 22 33 33</TELEPHONE>.",
    ],
)
def test_french_numbers_in_brackets_and_glued(marked: str) -> None:
    assert_finds(kept(PHONE, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Fils à Genève : <TELEPHONE>+41 22 345 67 89</TELEPHONE>",
        "Bruxelles <TELEPHONE>+32 2 548 84 11</TELEPHONE>",
        "Londres <TELEPHONE>+44 20 7946 0958</TELEPHONE>",
        "Montréal <TELEPHONE>+1 514 555 0199</TELEPHONE>",
        "Berlin <TELEPHONE>0049 30 12345678</TELEPHONE>",
        "Genève <TELEPHONE>+41 (0)22 345 67 89</TELEPHONE>",
    ],
)
def test_foreign_numbers_that_parse(marked: str) -> None:
    assert_finds(kept(PHONE, parse_inline(marked)[0]), marked)


def test_a_foreign_number_that_does_not_parse_is_still_masked() -> None:
    # Fail closed: phonenumbers does not vouch for it, but a « + » and eight digits are a phone.
    text = "Frère en Belgique : +32 2 123 45 67."
    found = ENGINE.detect(text)
    assert [(text[f.start : f.end], f.label) for f in found] == [("+32 2 123 45 67", Label.TELEPHONE)]


@pytest.mark.parametrize(
    "text",
    [
        "hôtel0612345678",  # the cue word is the end of another word
        "Motel 2019, portable 3 jours",
        "tel quel, 12 cp",
        "téléphone portable cassé",
        "(33) patients inclus",
        "dose (0,5) 12 mg, (0596) 55 20",
    ],
)
def test_traps_for_brackets_and_glued_numbers(text: str) -> None:
    assert values(PHONE, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Infirmière joignable au <TELEPHONE>4521</TELEPHONE>.",
        "Interne joignable au <TELEPHONE>45 21</TELEPHONE> la nuit",
        "à rappeler au <TELEPHONE>45678</TELEPHONE> demain",
        "merci d'appeler le <TELEPHONE>3524</TELEPHONE> pour le résultat",
        "Cadre à contacter au <TELEPHONE>poste 4521</TELEPHONE>",
    ],
)
def test_internal_numbers_after_a_verb_of_calling(marked: str) -> None:
    assert_finds(kept(EXTENSION, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "appeler le 15 en cas de douleur",
        "à rappeler le 2024 prochain",  # a year
        "joignable au 1000 mg près",
        "joindre au dossier les 12 résultats",
        "rappeler la posologie de 2500 UI",
        "contacter le médecin dans 48 h",
    ],
)
def test_traps_for_internal_numbers(text: str) -> None:
    assert values(EXTENSION, text) == []


def test_eight_digit_internal_numbers_after_a_cue_are_phones() -> None:
    text = "Mme X est joignable au 45678901 la journée."
    found = ENGINE.detect(text)
    assert [(text[f.start : f.end], f.label) for f in found if f.label == Label.TELEPHONE] == [
        ("45678901", Label.TELEPHONE)
    ]


@pytest.mark.parametrize(
    "marked",
    [
        "Tel fille: <TELEPHONE>6 12 34 56 78</TELEPHONE>",
        "tél : <TELEPHONE>4.12.34.56.78</TELEPHONE> (domicile)",
        "joignable au <TELEPHONE>7 81 23 45 67</TELEPHONE> après 18 h",
    ],
)
def test_a_french_number_typed_without_its_leading_zero_after_a_cue(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(ENGINE.detect(text), marked, labels=(Label.TELEPHONE,))


def test_one_digit_and_four_pairs_without_a_cue_are_values() -> None:
    text = "EVA 2 12 14 16 18 ce jour ; scores 1 12 13 14 15."
    assert [f for f in ENGINE.detect(text) if f.label is Label.TELEPHONE] == []


def test_a_phone_with_its_country_code_and_no_plus() -> None:
    text = "tél : 33 6 12 34 56 78"
    assert [(str(f.label), text[f.start : f.end]) for f in ENGINE.detect(text)] == [
        ("TELEPHONE", "33 6 12 34 56 78")
    ]


@pytest.mark.parametrize(
    "marked",
    [
        # another country's code in brackets, then the national number (overseas and foreign letterheads)
        "Tél : <TELEPHONE>(+590) 590 89 15 62</TELEPHONE>\n",
        "secrétariat <TELEPHONE>(+262) 262 90 50 50</TELEPHONE>, le matin",
        "sa fille à Lausanne <TELEPHONE>(+41) 21 314 11 11</TELEPHONE>.",
        "frère : <TELEPHONE>(0032) 2 548 84 11</TELEPHONE> le soir",
        "standard <TELEPHONE>(+596) 596.55.20.00</TELEPHONE>",
    ],
)
def test_another_country_code_in_brackets(marked: str) -> None:
    assert_finds(kept(PHONE, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "variation (+12) 345 678 cas",  # a change, too short to be a phone that does not parse
        "IMC (+15) 23,4 kg/m²",
        "scores (+2) 1 2 3",
        "écart (+5) 12 345",
    ],
)
def test_traps_for_a_signed_number_in_brackets(text: str) -> None:
    assert values(PHONE, text) == []
