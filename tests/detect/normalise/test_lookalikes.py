"""Letters read as digits in numbers, digits read as letters in names; real codes left alone."""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise
from egide.detect.normalise.lookalikes import read_boxed_lookalikes, read_digit_lookalikes, read_leet_names
from tests.detect.normalise.support import original_of, run_pass


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1 85 O5 78 OO6 O84 91", "1 85 05 78 006 084 91"),
        ("l 85 O5 78 OO6 O84 9l", "1 85 05 78 006 084 91"),
        ("tel: O6 12 34 56 78", "tel: 06 12 34 56 78"),
        ("06 l2 34 56 78", "06 12 34 56 78"),
        ("O6.I2.34.56.78", "06.12.34.56.78"),
        ("O612345678", "0612345678"),
        ("06 12 S3 56 78", "06 12 53 56 78"),  # the shape of a phone number: every pair read
        ("vitamines B12 S1 S2 S3", "vitamines B12 S1 S2 S3"),  # S at the start of a token: left
        ("06 12 3S 56 78", "06 12 35 56 78"),  # at its end: read
        ("début 2O16, opéré en 2OO9", "début 2016, opéré en 2009"),  # years
        ("69 rue X, 76O60 Eu", "69 rue X, 76060 Eu"),  # a postcode
        ("69 rue X, 7626O Eu", "69 rue X, 76260 Eu"),
        ("le 7/l/23 et le 1S/8/23", "le 7/1/23 et le 15/8/23"),
        ("né le O1/O3/l95O", "né le 01/03/1950"),  # long enough for look-alikes at its ends
        ("le l4|O3|195O", "le 14|03|1950"),  # pipes separate the parts of a date
        ("| O6 12 34 56 78 |", "| 06 12 34 56 78 |"),  # and the cells of a table
        ("06 12 3S4 56 78", "06 12 354 56 78"),  # S inside a token: read
        ("2 54 O3 6B9 123 456 2Z3", "2 54 03 689 123 456 223"),
        ("2 54 O3 6B9 123 456 2B3", "2 54 03 689 123 456 2B3"),  # except B after 2
        ("l4/O3/195O", "14/03/1950"),
        ("IPP 12O45678", "IPP 12045678"),
        # a month and a year
        ("M Tran, O6/19S2, NIR", "M Tran, 06/1952, NIR"),
        ("accident : l1/2024 — lieu", "accident : 11/2024 — lieu"),
        # the number after a code of capitals that are no look-alikes
        ("N° patient : PAOOl2874   UF", "N° patient : PA0012874   UF"),
        ("(IPP MO04I2B8), allergie", "(IPP M0041288), allergie"),
        ("n° examen E25OO4l7, réalisée", "n° examen E2500417, réalisée"),
        ("à recoder : 31KT0051I90, 31KT0051244", "à recoder : 31KT0051190, 31KT0051244"),
    ],
)
def test_lookalike_letters_in_digit_runs_are_read_as_digits(written: str, read: str) -> None:
    assert run_pass(read_digit_lookalikes, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "vitamine B12 100 000 UI",
        "CO2 35, SpO2 98 %, PaO2 80",
        "HbA1c 7,2 %, G6PD normale, 5FU",
        "T4N0M0, stade IIB, H1N1",
        "S1 S2 S3 S4, Z1 Z2",
        "| 06 12 34 56 78 |",
        "|06 12 34 56 78|",
        "ISO 9001, IO 12",
        "Il a 10 ans, lO mg, 1O0 mg",  # short runs: fewer than four characters or three digits
        "O2 3l/min",  # two real digits
        "OOO 12 34",
        "stade IIB, T2N1M0, FiO2 40 %",
        "SCA ST+ (I21.0), HTA (I10), accouchement (O80)",  # CIM-10 codes
        "scintigraphie à l'iode 131I",
        "cours de 1|4 à 3|8, New-York 8 1|2",  # fractions of old print
        "né le 14|03|1950, tél 06|12|34|56|78",  # a pipe separates, it is not a 1
        "103B, quai Jean Jaurès ; 181B rue Léon Blum",  # street numbers « bis »
        "le 7626l, le 1234I",  # a short number ending with I or l (isotopes): left
        "plaque AB-123-CD",
        "NIR 292092B90007186, 2 92 09 2B 900 071 86",  # Corsica: 2B stays 2B
        "ESCITALOPRAM 10MG, lot T3F071V, AF4490, BRCA1, COVID19, H2SO4, C12H22O11",  # codes
        "mesure à 12/2000 de sa valeur",  # no month
        "ABO1234, PSB12, GROUPE ABO1 SZ1234",
        "CONSULTATION DU MAI2020, FÉV2021",  # a month glued to its year  # too few characters or real digits after the code
    ],
)
def test_real_codes_and_short_tokens_are_left_alone(text: str) -> None:
    assert run_pass(read_digit_lookalikes, text) == text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("J3an DUP0NT", "Jean DUPONT"),
        ("Mme Mar13 Dur4nd", "Mme Marie Durand"),
        ("M. P4ul M4RT1N", "M. Paul MARTIN"),  # 1 read as l or i, whichever makes a name
        ("Dr B3rn4rd", "Dr Bernard"),
        ("3ric", "Eric"),
        ("JEAN-P1ERRE", "JEAN-PIERRE"),  # after a hyphen, a digit inside the word is still read
    ],
)
def test_leet_digits_in_names_are_read_as_letters(written: str, read: str) -> None:
    assert run_pass(read_leet_names, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "T4N0M0",
        "HbA1c 7 %",
        "B12, CO2, G6PD, 5FU, H1N1, IL1, CD34, L5S1, S1Q3T3, IgA1, C3 C4",
        "HLA-B27, HPV16, VO2max, NT-proBNP",
        "CGR phénotypé RH-KEL1, HLA-DR4, RH-FY1",  # the numbered member of a code after its hyphen
        "jdupont75, mdurand2",
        "AB123CD, 31KT4567",
        "4ème, 1er, 3ème, 15h30, 7j",
        "3x/j, 1cp, 5mg",
    ],
)
def test_codes_with_leet_digits_are_left_alone(text: str) -> None:
    assert run_pass(read_leet_names, text) == text


def test_a_read_token_maps_back_to_itself() -> None:
    text = "Patient J3an DUP0NT, tel O6 12 34 56 78."
    assert original_of(text, "Jean DUPONT") == "J3an DUP0NT"
    assert original_of(text, "06 12 34 56 78") == "O6 12 34 56 78"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("8, al1ée des Lilas", "8, allée des Lilas"),
        ("5 imp4sse du Moulin", "5 impasse du Moulin"),
        ("3 b0ulevard Carnot", "3 boulevard Carnot"),
    ],
)
def test_leet_digits_in_street_types_are_read_as_letters(written: str, read: str) -> None:
    assert run_pass(read_leet_names, written) == read


@pytest.mark.parametrize("text", ["8, al2ée des Lilas", "HbA1c 7 %", "pT4N0M0", "C1 ave 4"])
def test_tokens_that_read_as_no_street_type_are_left_alone(text: str) -> None:
    assert run_pass(read_leet_names, text) == text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "[1][5][7][1][1][7][5][I][1][2][0][4][2]  Clé [1][9]",
            "[1][5][7][1][1][7][5][1][1][2][0][4][2]  Clé [1][9]",
        ),
        (
            "Date de naissance : |O|4|O|7|1|9|3|B|   Sexe : |M|",
            "Date de naissance : |0|4|0|7|1|9|3|8|   Sexe : |M|",
        ),
    ],
)
def test_lookalikes_in_boxes_are_digits(written: str, read: str) -> None:
    assert run_pass(read_boxed_lookalikes, written) == read


@pytest.mark.parametrize("text", ["| O | l | S | B | Z | O |", "|S|O|S|B|I|Z|1|", "[A][B][O][1][2][3]"])
def test_boxes_of_letters_are_left_alone(text: str) -> None:
    assert run_pass(read_boxed_lookalikes, text) == text


def test_boxes_filled_with_lookalikes_are_joined_into_one_number() -> None:
    assert normalise("N° [1][5][7][1][1][7][5][I][1][2][0][4][2]").text == "N° [1571175112042]"


# A commune read through an OCR's digits (issue 8, probe6: « 223OO LANNI0N » on a work-accident form):
# five letters or more, and no French word.
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("22300 LANNI0N", "22300 LANNION"),
        ("vit à MARSE1LLE", "vit à MARSEILLE"),
        ("76000 R0UEN", "76000 ROUEN"),
    ],
)
def test_leet_digits_in_communes_are_read_as_letters(written: str, read: str) -> None:
    assert run_pass(read_leet_names, written) == read


@pytest.mark.parametrize("text", ["C0L", "VA1SE", "COVID19", "PaCO2 40", "T1L", "A1D"])
def test_tokens_that_read_as_no_commune_are_left_alone(text: str) -> None:
    assert run_pass(read_leet_names, text) == text


# A zero, a one or a five between two letters of a word that a scan printed in one case (issue 8,
# eleventh probe batch: « CENTRE H0SPITALIER »): the word is read, so that a form's labels and an
# establishment's type read as printed; six letters or more, and only the digits a scan confuses.
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("CLINIQUE CHIRURGICA1E DU LAC", "CLINIQUE CHIRURGICALE DU LAC"),
        ("centre h0spitalier de Redon", "centre hospitalier de Redon"),
        ("ORD0NNANCE BIZ0NE", "ORDONNANCE BIZONE"),
        ("fracture du p0uce droit", "fracture du pouce droit"),  # a zero: from five letters
    ],
)
def test_ocr_digits_inside_a_word_are_read_as_letters(written: str, read: str) -> None:
    assert run_pass(read_leet_names, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "S3INES MARIE",  # a code's field (S3) glued to a first name: 3 is no scan's confusion
        "HbA1c",
        "L1GNE",  # under six letters
        "CAPS0lE",  # letters in two cases
    ],
)
def test_codes_and_counts_stay_as_typed(text: str) -> None:
    assert run_pass(read_leet_names, text) == text


def test_an_eponym_read_through_a_zero_stays_an_eponym() -> None:
    from egide.detect import Detector

    text = "Dissection prudente du triangle de Cal0t avant les clips."
    assert Detector().detect(text) == []


def test_the_engine_reads_the_establishment_whole() -> None:
    from egide.detect import Detector

    text = "COMPTE RENDU — CENTRE H0SPITALIER DE VIERZON — Dr Lamy"
    found = [text[f.start : f.end] for f in Detector().detect(text) if f.label == "ETABLISSEMENT"]
    assert found == ["CENTRE H0SPITALIER DE VIERZON"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a day and its month with a dot after « le », « du », OCR'd (issue 8, probe17's faxed letter)
        ("a été opéré le 26.ll d'un anévrisme", "a été opéré le 26.11 d'un anévrisme"),
        ("hospitalisée du 2l.ll au 24", "hospitalisée du 21.11 au 24"),
        ("revu le O3.l2 en consultation", "revu le 03.12 en consultation"),
    ],
)
def test_a_dotted_day_and_month_after_a_date_word(written: str, read: str) -> None:
    assert run_pass(read_digit_lookalikes, written) == read


@pytest.mark.parametrize("text", ["facteur 26.ll du lot", "Hb l2.lO g/dL", "le 45.ll", "valeur 2l.ll"])
def test_a_dotted_pair_without_a_date_word_is_left_alone(text: str) -> None:
    assert run_pass(read_digit_lookalikes, text) == text
