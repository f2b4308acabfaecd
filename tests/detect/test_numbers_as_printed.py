"""Numbers as forms and OCR print them (issue 8): every family the perturbation suite found missed once
its numbers were boxed, misread or their separators changed, end to end through the engine, with the
traps each family must leave alone. All numbers and names are invented."""

from __future__ import annotations

import random

import pytest

from egide.detect import Detector
from tests.detect.recognisers.support import french_iban, nir, rpps

DETECTOR = Detector()
DATES = {"DATE", "DATE_NAISSANCE"}
# A long boxed number makes the text a form, where shorter numbers are boxed too.
FORM = f"NIR {' '.join(nir(sex=2, year=63, month=4, dept='75'))} ; "


def found(text: str, labels: set[str]) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label in labels]


def ocr(value: str) -> str:
    """Every other 0, 1, 5 and 8 read as its look-alike letter, as a scanner does."""
    out, flip = [], False
    for c in value:
        look = {"0": "O", "1": "l", "5": "S", "8": "B"}.get(c)
        flip = not flip if look else flip
        out.append(look if look and flip else c)
    return "".join(out)


# --- short dates that lost their separators after a date cue --------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (FORM + "née le 5 1 1 6 2 — IPP 7 7 0 3 1 9 2", "5 1 1 6 2"),  # 5/11/62 in a form's boxes
        ("Vue le 8 3 2 4, revue ensuite.", "8 3 2 4"),  # 8/3/24, boxed alone
        ("DDN : 3 6 7 1. Carte Vitale", "3 6 7 1"),
        ("Mâcon, le 1 4 9 2 1", "1 4 9 2 1"),
        (FORM + "RDV le 1 5 1 1.", "1 5 1 1"),  # 15/11, joined to « 1511 » in a form
        (FORM + "revu le 1 0 1 2.", "1 0 1 2"),  # « 1012 »: not a year, a day and month
        ("Bérénice MOULIN – 9 4 ans – 2 6 3 1 – chute", "2 6 3 1"),  # a banner's age, boxed
    ],
)
def test_short_dates_without_separators_after_a_cue(text: str, date: str) -> None:
    assert date in found(text, DATES)


@pytest.mark.parametrize(
    "text",
    [
        "appeler le 1 1 2 en urgence",  # an emergency number
        "le 1500 mg prescrit",  # a dose
        "EVA le 2 3 4 5 au fil des jours",  # a scale
        "prévu en 1 2 3 4",  # « en » announces a year or a month, not digits without separators
        "ils habitent là depuis 1830 ;",  # a year before 1900
        "ACTION DU 2028 SUR LES PSYCHOSES",  # a product code: no day and month
        "Il a 2 5 1 1 patients",  # no cue
    ],
)
def test_digit_runs_that_are_no_short_date(text: str) -> None:
    assert found(text, DATES) == []


# --- day, month, year with mixed or space-only separators after a cue ----------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DDN : 4| 9 61. Carte Vitale", "4| 9 61"),
        ("Date de naissance : 17 3 58", "17 3 58"),
        ("née le 12 11 | 39 — IPP", "12 11 | 39"),
        ("date de naissance : 2.7 71", "2.7 71"),
        ("vue le 19 02 | 2024 en consultation", "19 02 | 2024"),
        ("Bilan du 2021 04 17 : ferritine", "2021 04 17"),
        ("né le 09 03|1961", "09 03|1961"),
        ("Nancy, le 14| 2 23", "14| 2 23"),
        ("Date de l'intervention : 3-9 / 24", "3-9 / 24"),
        ("BERNARD Paul – 61 ans – 2 2 / 63 – angor", "2 2 / 63"),
        ("BERNARD Paul – 61 ans – 1961.02 |22 – angor", "1961.02 |22"),
    ],
)
def test_dates_with_loose_separators_after_a_cue(text: str, date: str) -> None:
    assert date in found(text, DATES)


@pytest.mark.parametrize(
    "text",
    [
        "rappeler le 06 12 34 56 78 demain",  # a phone number: digit groups go on
        "le 2 63 04 75 112 345 67",  # NIR groups
        "TA 12 8 94 au repos",  # no date cue
        "le 12 3 4 comprimés",  # a count
        "patient de 45 ans - 3/4 de la dose",  # a fraction after a banner-like age
        "le 12 3 40 5",  # more groups follow
    ],
)
def test_loose_digit_groups_that_are_no_date(text: str) -> None:
    assert found(text, DATES) == []


# --- OCR letters for digits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "labels"),
    [
        ("née le 2I/O6/l97B, hospitalisée", "2I/O6/l97B", DATES),
        ("Bilan du 2OI9-0B-O5 : normal", "2OI9-0B-O5", DATES),  # ISO order
        ("revu le l4/O9 en consultation", "l4/O9", DATES),  # day and month
        ("RDV le 6/B/99.", "6/B/99", DATES),  # a look-alike alone as the month
        ("née en l9B7, fièvre", "l9B7", DATES),  # a year
        ("pour la première fois courant 2O2l.", "2O2l", DATES),
        ("DDN : 22O7197B", "22O7197B", DATES),  # eight glued digits ending in B
        # a time scanned on the next line is no unit after the year (« l » as litres)
        ("MARCHAND Odile — 4 mars 2O19\n\nl4h3O Cible : douleur", "4 mars 2O19", DATES),
        ("Secrétariat : Ol-72-B5-67-22", "Ol-72-B5-67-22", {"TELEPHONE"}),  # a phone's shape: every pair
        ("Secrétariat : 0S-94-81-47-9B", "0S-94-81-47-9B", {"TELEPHONE"}),
        ("12 rue des Lilas, S9OOO Lille", "S9OOO", {"CODE_POSTAL"}),  # a postcode before its commune
        ("12 rue des Lilas, l3OO8 Marseille", "l3OO8", {"CODE_POSTAL"}),
        ("(poste S4l7) : suites simples", "poste S4l7", {"TELEPHONE"}),  # an extension after its label
        ("joindre au bip B27O", "bip B27O", {"TELEPHONE"}),
        ("joindre au DECT l0OS", "DECT l0OS", {"TELEPHONE"}),  # not read as the name « Loos »
        ("appeler Pr. H. Berthelot au DECT lOOS.", "DECT lOOS", {"TELEPHONE"}),  # no digit left at all
        ("bip lIO7 si besoin", "bip lIO7", {"TELEPHONE"}),
        ("Dr Émile Roux au poste 4 0 1 7.", "poste 4 0 1 7", {"TELEPHONE"}),  # boxed, outside a form
        ("connexion depuis 2OOl:db8:4c2a::9fI3 refusée", "2OOl:db8:4c2a::9fI3", {"IP"}),  # an IPv6
    ],
)
def test_ocr_letters_for_digits(text: str, value: str, labels: set[str]) -> None:
    assert value in found(text, labels)


def test_ocr_identifiers_with_their_keys() -> None:
    rng = random.Random(8)
    number = rpps(rng)
    grouped = f"{number[0]} {number[1:3]} {number[3:7]} {number[7:]}"
    text = f"Dr Odile Marchand — RPPS {ocr(grouped)}"
    assert ocr(grouped) in found(text, {"RPPS", "ADELI"})
    glued = f"RPPS : {ocr(number)}"
    assert ocr(number) in found(glued, {"RPPS", "ADELI"})
    corsica = "2A" + ocr("0051485")  # a FINESS of Corse-du-Sud: « 2A0O5l4B5 »
    assert corsica in found(f"N° FINESS : {corsica}", {"FINESS", "SIRET"})
    social = nir(sex=1, year=48, month=4, dept="97", commune=166, order=386)
    text = f"N° de sécurité sociale : {ocr('-'.join([social[0], social[1:3], social[3:5], social[5:7], social[7:10], social[10:13], social[13:]]))}"
    assert any(len(v) > 15 for v in found(text, {"NIR"}))


@pytest.mark.parametrize(
    "text",
    [
        "vitamines B12 S1 S2 S3",  # codes: a letter before digits
        "vitamine B12 100 000 UI",
        "infarctus I21.0 puis O80",  # CIM-10
        "iode 131I",  # an isotope
        "protéine S100B élevée",
        "SpO2/FiO2 à 300",
        "racines L5 S1 S2",
        "ratio 1:1O:1OO et Il:lO:Oo",  # colons, but no IPv6 once read
        "au poste SOS Médecins puis bip BOSS",  # words of look-alike letters after a label
    ],
)
def test_codes_with_look_alike_letters_stay(text: str) -> None:
    assert DETECTOR.detect(text) == []


# --- boxes with letters ----------------------------------------------------------------------------


def test_iban_and_passport_boxed_in_a_form() -> None:
    account = french_iban(random.Random(3))
    boxed = account[:3] + " " + " ".join(account[3:])  # « FR7 6 … »: the key's first digit glued
    text = f"{FORM}RIB pour remboursement : {boxed}"
    assert boxed in found(text, {"IBAN"})
    text = f"{FORM}pièce présentée : passeport n° 2 7KD4 1 0 9 6"
    assert "2 7KD4 1 0 9 6" in found(text, {"PIECE_IDENTITE"})


def test_a_stage_before_boxes_is_no_number() -> None:
    text = f"{FORM}tumeur stade T4 2 0 1 6"
    assert not any("T4" in v for v in found(text, {"NIR", "IDENTIFIANT", "IPP", "PIECE_IDENTITE"}))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Le requérant, né en 1 9 5 0, purge sa peine", "1 9 5 0"),  # a year in boxes outside a form
        ("le greffier a reçu, le 2 0 août 1 9 9 3, le mémoire", "2 0 août 1 9 9 3"),
    ],
)
def test_boxed_years_and_days_outside_a_form(text: str, date: str) -> None:
    assert date in found(text, DATES)


# --- words glued after a comma ---------------------------------------------------------------------


def test_age_and_postcode_glued_after_a_comma() -> None:
    text = "vu ce jour Mme Lucie Garnier,97 ans,adressée pour chute"
    assert found(text, {"AGE"}) == ["97"]
    text = "2 place du 11 Novembre 1918,51100 Reims CEDEX"
    assert "51100" in found(text, {"CODE_POSTAL"})


def test_street_number_glued_after_a_name_and_a_comma() -> None:
    text = "Adresse : Mme Odile Perrin-Marchand,142,quai des Tanneurs,29200 Brest"
    assert "142,quai des Tanneurs" in found(text, {"ADRESSE"})


@pytest.mark.parametrize(
    "text", ["un recul de 2,95 ans", "soit 1,50000 unités", "HbA1c 7,95 ans", "à 2,5 rue près"]
)
def test_decimals_after_a_comma_stay(text: str) -> None:
    assert found(text, {"AGE", "CODE_POSTAL", "ADRESSE"}) == []
