"""Fail closed on long numbers (issue 8 §3), read with their row and their label words.

Positives: identifiers without a label in banners and table rows, alphanumeric stay numbers, label
words inside a sentence, NIRs without key or with a wrong key, numbers glued to their label.
Traps: what a long number in clinical or reference text usually is (a measurement with its unit, a
dose, a list of lab values, a quantity, a money amount, a date, a year or page range, a medicine,
act or lab code, a bibliographic or genetic reference, a chemical formula, a URL).
All values are synthetic.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import CATEGORY, Label
from egide.detect.recognisers.fr import unexplained
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, masked_share, nir, spaced_nir

R = unexplained.build()
ENGINE = Detector()
# The labels this family is about; names, dates and places in the same lines are other tests' business.
IDENTIFIERS = (Label.IPP, Label.NDA, Label.NIR, Label.TELEPHONE, Label.IDENTIFIANT)


def _check(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(ENGINE.detect(text), marked, labels=IDENTIFIERS)


@pytest.mark.parametrize(
    "marked",
    [
        # Banners and table rows: the number is identifying because of its neighbours.
        "DUPONT Jean | M | 12/03/1950 | <IPP>80012345</IPP> | <NDA>2301234567</NDA>",
        "Patient : BERNARD Luc, H, 03/02/1948, <IPP>0045678912</IPP>",
        "MARTIN Claire F 04/05/1962 <IPP>800123456</IPP>",
        "LEMAIRE Josiane F 1944-02-11 <IPP>0004512387</IPP> <NDA>2400123456</NDA>",  # a date is no first number
        "LEMAIRE Josiane F 11.02.1944 <IPP>0004512387</IPP>",
        "Mme LEROY Anne née le 02/02/1971 — <IPP>12345678901</IPP>",
        "| DUPONT | Jean | <NIR>1850578006084</NIR> |",
        "GARNIER Paul\tM\t<IPP>70012345</IPP>\t<NDA>31KT0045</NDA>",
        # A table header names the column: short values under it count too.
        "IPP | NDA | Nom\n<IPP>123456</IPP> | <NDA>4567</NDA> | Dupont\n<IPP>123457</IPP> | <NDA>4568</NDA> | Durand",
        "Nom;Prénom;NIR\nDUPONT;Jean;<NIR>1 85 05 78 006 084</NIR>",
        # a CSV export with semicolons: the header names each column, short values too
        "NOM;PRENOM;DDN;SEXE;IPP;NDA\nLEMAIRE;Josiane;1944-02-11;F;<IPP>0004512387</IPP>;<NDA>2400123456</NDA>",
        "IPP;NDA;Nom\n<IPP>123456</IPP>;<NDA>4567</NDA>;Dupont",
        # Alphanumeric stay numbers, and a label glued to its number.
        "Séjour <NDA>31KT0045</NDA> du 12/03/2024",
        "Référence <IDENTIFIANT>2301AB123</IDENTIFIANT> à rappeler",
        "code <IDENTIFIANT>A1234567</IDENTIFIANT> sur l'étiquette",
        "Étiquette IPP<IPP>80012345</IPP>",
        # Label words inside a sentence rather than before a colon, any length, any key.
        "son IPP est le <IPP>80012345</IPP> et son NDA le <NDA>230045678</NDA>",
        "enregistré sous le numéro <IPP>123456789</IPP>",
        "identifiant national de santé <NIR>1 85 05 78 006 084</NIR>",
        "numéro d'assuré <NIR>2850578006084</NIR>",
        "matricule <NIR>123456789</NIR>",
        "Son NIP est <IPP>80012345</IPP>.",
        # Nothing around it: fail closed under its own label.
        "Merci de rappeler le dossier <NDA>80012345</NDA> demain.",
        "à classer : <IDENTIFIANT>80012345</IDENTIFIANT>",
        "reçu <IDENTIFIANT>800 123 45 06</IDENTIFIANT> ce jour",
        "pièce jointe n° <IDENTIFIANT>2023-001234</IDENTIFIANT>",
    ],
)
def test_identifiers_without_a_label_before_a_colon_are_found(marked: str) -> None:
    _check(marked)


def _wrong_key(value: str) -> str:
    """The same NIR with another key between 01 and 97: a typo, not an impossible key."""
    return value[:13] + f"{int(value[13:]) % 97 + 1:02d}"


@pytest.mark.parametrize(
    "value",
    [
        nir()[:13],  # without its key
        _wrong_key(nir()),
        _wrong_key(nir(sex=2, year=80, month=30, dept="99", commune=352, order=5)),  # month 30, abroad
        _wrong_key(nir(sex=1, year=70, month=6, dept="97", commune=411, order=12)),  # overseas
        _wrong_key(nir(sex=2, year=99, month=1, dept="2B", commune=33, order=999)),  # Corsica
        _wrong_key(nir(sex=8, year=91, month=4, dept="13", commune=55, order=321)),  # temporary
        _wrong_key(nir(sex=3, year=44, month=2, dept="75", commune=101, order=7)),  # legacy sex 3
        _wrong_key(nir(sex=1, year=62, month=55, dept="64", commune=445, order=120)),  # month 50-99
    ],
)
@pytest.mark.parametrize("form", ["compact", "spaced", "dotted", "dashed"])
def test_an_unlabelled_nir_is_read_from_its_structure(value: str, form: str) -> None:
    written = {
        "compact": value,
        "spaced": spaced_nir(value) if len(value) == 15 else spaced_nir(value + "00")[:-3],
        "dotted": spaced_nir(value, ".") if len(value) == 15 else spaced_nir(value + "00", ".")[:-3],
        "dashed": spaced_nir(value, "-") if len(value) == 15 else spaced_nir(value + "00", "-")[:-3],
    }[form]
    _check(f"Reçu ce jour : <NIR>{written}</NIR>, à classer.")


@pytest.mark.parametrize(
    "value",
    [
        "1851578006084",  # month 15: no INSEE month
        "5850578006084",  # sex 5
        "1850500006084",  # département 00
    ],
)
def test_a_thirteen_digit_number_without_the_structure_stays_unexplained(value: str) -> None:
    _check(f"Reçu ce jour : <IDENTIFIANT>{value}</IDENTIFIANT>, à classer.")


@pytest.mark.parametrize(
    "text",
    [
        # Measurements, doses and lab values.
        "Plaquettes 250 000 /mm3, charge virale 1 200 000 copies/ml.",
        "Héparine 25000 UI/j puis vitamine D 1000000 UI en dose unique ; 500000UI per os.",
        "Hb 12.5 13.1 12.8 11.9 g/dL sur les quatre derniers bilans.",
        "TA 120 80 FC 72 SpO2 98 : constantes 120 80 72 98 stables.",
        "EVA 0 1 2 3 4 5 6 7 8 9 10 ; scores 3 4 5 puis 1 2 3 4 ; posologie 1 0 1 0 1 0 1.",
        "Leucocytes 12500/mm3, CRP 245 mg/L, glycémie 1,05 g/L.",
        "Dose cumulée 1 250 000 UI, soit 3 500 000 unités au total.",
        # Quantities and money.
        "La France compte 68 000 000 d'habitants et 1 200 000 naissances par an.",
        "Coût du séjour : 1 234 567 € ; budget de 2500000 euros ; 1234567,50 €.",
        "Rapport de 12345678 patients inclus dans la cohorte.",
        # Dates, years and ranges (the date recognisers' business).
        "Suivi 1987-2019, puis 2019-2023 ; ISO 15189:2012 ; version 2.1.12345.",
        "Évolution 2019 2020 2021 2022 : stable.",
        # Medicine, act and lab codes in their shape or after their name.
        "Doliprane code CIP 3400930000000, CIS 60234100, UCD 9000123 ; CIP13 3400935926286.",
        "Lot n° 12345678 ; code LOINC 14682-9 ; CCAM HBQK002 ; ATC A10BA02 ; CIM-10 E11.9.",
        # Devices and services of the national lists, pharmacy products, lab acts.
        "Code LPP 1188617 (lit médicalisé) ; LPPR 1136304 ; code ACL 1234567 ; NABM 1104.",
        # Bibliographic and genetic references.
        "Martin A et al. Presse Med 2019;48(3):1234-1240. PMID 31234567. doi:10.1016/j.lpm.2019.01.001",
        "Variant rs12345678 du gène ; NM_005228.5:c.2573T>G ; essai NCT01234567.",
        "Saccharose C12H22O11 et glucose C6H12O6.",
        "Voir https://www.exemple.fr/doc/20231234567 ou le dépôt 10.5281/zenodo.1234567.",
        # Addresses abroad: a street number and a postcode.
        "Industriestrasse 32 - 36 23843 Bad Oldesloe, Allemagne.",
        # Short numbers in prose.
        "Hospitalisé 12 jours en 2019, 3 cures, 45 mg, J15, score 12/15.",
    ],
)
def test_numbers_that_something_explains_stay(text: str) -> None:
    assert kept(R, text) == [], [text[f.start : f.end] for f in kept(R, text)]


def test_a_spaced_nir_without_leading_zeros_is_not_a_list_of_values() -> None:
    # « 2 71 12 13 123 456 »: groups of one to three digits, none starting with 0, as in a list of
    # values; the structure says NIR.
    _check("Reçu : <NIR>2 71 12 13 123 456</NIR>, à classer.")
    assert kept(R, "Valeurs 2 71 12 13 123 456 789 relevées.") == []  # 16 digits: no NIR


def test_a_number_wrapped_by_a_narrow_column_is_one_number() -> None:
    _check("Reçu : <NIR>1 85 05 78\n006 084</NIR>, à classer.")
    _check("à classer : <TELEPHONE>01 45 67\n89 01</TELEPHONE> puis")
    # Values one per line stay values; two long numbers one per line are two numbers.
    assert kept(R, "Scores :\n12\n15\n18\n20") == []
    _check("Liste :\n<IDENTIFIANT>80012345</IDENTIFIANT>\n<IDENTIFIANT>80012346</IDENTIFIANT>")


def test_a_quantity_in_thousands_in_a_banner_is_a_number() -> None:
    # The grouping « 800 123 456 » is that of a quantity, but next to a name and a birth date it is not one.
    _check("DUPONT Jean 12/03/1950 <IPP>800 123 456</IPP>")
    assert kept(R, "Budget annuel de 800 123 456 pour le groupe.") == []


def test_an_ipp_read_by_an_ocr_as_lpp_is_no_list_of_products() -> None:
    # « lPP »: the capital I of « IPP » read as an l; « LPP », « code Lpp » name the list.
    assert [(f.start, f.end) for f in kept(R, "N° lPP : 00412877")] == [(9, 17)]
    assert kept(R, "code Lpp 1188617 ; LPP 1136304") == []


def test_a_number_glued_to_a_phone_cue_is_a_phone() -> None:
    _check("tel<TELEPHONE>0612345678</TELEPHONE>, fax <TELEPHONE>+32 2 123 45 67</TELEPHONE>")


def test_clean_prose_with_numbers_stays_readable() -> None:
    prose = (
        "Patient de 67 ans, suivi depuis 2012 pour une cardiopathie ischémique. Plaquettes à 250 000/mm3, "
        "leucocytes 8 500/mm3, CRP 12 mg/L. Charge virale VIH 1 250 000 copies/mL puis indétectable. "
        "Héparine 25 000 UI/24 h. Étude de 1 234 567 patients (Lancet 2019;393:1234-1245, PMID 30912345). "
        "Code CIP 3400930000000, lot 2301234. Coût 2 345 678 €. Séries 2015-2019 et 2019-2023."
    )
    assert masked_share(kept(R, prose), prose) == 0.0


def test_the_new_label_has_a_category() -> None:
    assert CATEGORY[Label.IDENTIFIANT] == "identifiant non reconnu"


def test_the_unexplained_score_loses_to_any_better_reading() -> None:
    # A compact date is first a date: the fail-closed finding sits just above the threshold, under
    # the date recogniser's score, so that the date keeps its label (and its date shift).
    text = "Vu le 08032016 en consultation."
    (finding,) = kept(R, text)
    assert finding.label == Label.IDENTIFIANT and finding.score == unexplained.SCORE_UNEXPLAINED
    assert [(f.start, f.end, f.label) for f in ENGINE.detect(text)] == [(6, 14, Label.DATE)]
