"""Structured identifiers as exports, forms and dictation set them apart (probe7's families).

- a NIR's key in its own cell, after a space and before more fields, or after « clé » further on in
  the sentence, taken when it is the key of the thirteen characters before it;
- a NIR's key dictated in words after « clé »;
- values listed after one label word (« doublon IPP 88412 / 88977 »);
- comma-separated rows: a long number before the next cell is no decimal number, a full date in a cell
  is a date whatever the cell before or after it holds;
- a request number and its tube or sample (« 2503140417-02 ») is no page range.

Traps: two digits after thirteen that are not their key, a decimal number, a page range, prose lists.
Every number is synthetic (keys computed by ``support.nir``).
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise.number_words import read_number_words
from tests.detect.normalise.support import run_pass
from tests.detect.recognisers.support import nir

ENGINE = Detector()
BODY = nir(2, 87, 5, "92", 50, 118)[:13]
KEY = nir(2, 87, 5, "92", 50, 118)[13:]
WRONG = f"{(int(KEY) + 11) % 97 or 5:02d}"


def masked(text: str) -> str:
    """The characters of ``text`` the engine masks, others as « · »."""
    covered = {k for f in ENGINE.detect(text) for k in range(f.start, f.end)}
    return "".join(c if k in covered else "·" for k, c in enumerate(text))


def labels_over(text: str, value: str) -> set[str]:
    start = text.index(value)
    return {f.label for f in ENGINE.detect(text) if f.start <= start and start + len(value) <= f.end}


@pytest.mark.parametrize(
    "text",
    [
        f"IPP;NOM;NIR;CLE;CP\n0051234987;BRISSET;{BODY};{KEY};37400",
        f"| {BODY} | {KEY} | F |",
        f"VID-HOSP : {BODY} {KEY} 01 372 0000 21051987 1 2 525003402",
        f"NIR saisi {BODY} {WRONG} (clé invalide, la bonne clé est {KEY}) pour la facture",
        f"Le numéro {BODY} figure sur l'attestation ; la clé ({KEY}) a été ajoutée à la main.",
        f"NIR {BODY} ({KEY})",
        f"N° SS\tClé\tNom\n{BODY}\t{KEY}\tN'DIAYE",
    ],
)
def test_a_key_set_apart_is_masked_when_it_is_the_key_of_the_thirteen(text: str) -> None:
    shown = masked(text)
    at = text.rindex(KEY)
    assert shown[at : at + 2] == KEY, shown
    assert "NIR" in labels_over(text, BODY)


@pytest.mark.parametrize(
    "text",
    [
        f"IPP;NOM;NIR;SERVICE;LIT\n0051234987;BRISSET;{BODY};{WRONG};12",  # not its key: a cell of its own
        f"VID-HOSP : {BODY} {WRONG} 01 372 0000",
        f"NIR {BODY} ; {WRONG} patients vus ce jour",
    ],
)
def test_two_digits_that_are_not_the_key_stay(text: str) -> None:
    shown = masked(text)
    at = text.rindex(WRONG)
    assert shown[at : at + 2] == "··", shown


@pytest.mark.parametrize(
    "text",
    [
        "INS : 2B60159368810lO",  # an OCR's B inside the number, not Corsica's département
        "N° 2B6015936881054 et 1 2A 05 2B 033 012 61",
        "NIR 1 67 02 2B 033 012 61 ; lot 2A2B2A2B2A2B2A",
    ],
)
def test_letters_inside_a_run_never_break_the_key_check(text: str) -> None:
    ENGINE.detect(text)  # no exception: a failure would fail the whole prompt closed


def test_a_dictated_key_after_cle_is_read_with_its_nir() -> None:
    dictated = (
        "deux, quatre-vingt-treize, zéro cinq, quatre-vingt-onze, deux cent vingt-huit, zéro quarante-cinq,"
        " clé quarante-neuf"
    )
    assert run_pass(read_number_words, dictated) == "2930591228045, clé 49"
    text = f"Numéro de sécurité sociale dicté : {dictated}."
    shown = masked(text)
    assert shown.endswith("quarante-neuf·"), shown
    assert "deux, quatre-vingt-treize" in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        "clé quarante-neuf",  # no NIR before it
        "deux cent trois quatre cent cinquante-six cent, clé dix",  # nine digits: no NIR body
    ],
)
def test_other_keys_in_words_stay_words(text: str) -> None:
    assert run_pass(read_number_words, text).endswith(text.split("clé ")[1])


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Doublon IPP 88412 / 88977 : à fusionner", ["88412", "88977"]),
        ("NDA 2501234 et 2501240 à clôturer", ["2501234", "2501240"]),
        ("IPP 30011287, 30014452 ou 30014460 : même patiente", ["30011287", "30014452", "30014460"]),
    ],
)
def test_values_listed_after_one_label_are_all_found(text: str, values: list[str]) -> None:
    shown = masked(text)
    for value in values:
        at = text.index(value)
        assert shown[at : at + len(value)] == value, shown


@pytest.mark.parametrize(
    "text",
    [
        "Sous IPP 20 mg / 40 mg selon la tolérance",
        "Doublon IPP 88412 / 2 patients concernés",
        "IPP 88412 et 12/03/2024",
    ],
)
def test_what_follows_a_label_value_is_not_listed_when_it_is_no_value(text: str) -> None:
    shown = masked(text)
    for kept in ("20 mg", "40 mg", "2 patients", "/ 2"):
        if kept in text:
            at = text.index(kept)
            assert shown[at] == "·", shown


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "id_patient,date_heure_rdv,motif,code_postal\n41007745,2025-04-22T09:30:00,consultation,41000",
            ["41007745", "2025-04-22"],
        ),
        ("DUBOIS,Marcel,03/11/1944,1 67 02 2B 033 012 61,Bastia", ["03/11/1944"]),
        ("0051234987,14/03/1952,M,2503004412", ["0051234987", "14/03/1952", "2503004412"]),
        ("id,nom,prenom,ddn,cp,ville\n123456,DURAND,Julien,30/09/1978,37000,Tours", ["123456", "37000"]),
    ],
)
def test_cells_of_comma_separated_rows_are_read_as_cells(text: str, values: list[str]) -> None:
    shown = masked(text)
    for value in values:
        at = text.index(value)
        assert shown[at : at + len(value)] == value, shown


@pytest.mark.parametrize(
    "text",
    [
        "Montant total 1234567,50 € réglé par la mutuelle",
        "Créatinine 88,5 ; urée 6,2 ; 12/3,5 n'est pas une date",
        "voir pages 1234-56 et 2301-2315 du rapport",
        "fatigue, toux, fièvre, 12/03 : début des signes",
    ],
)
def test_decimals_page_ranges_and_prose_lists_stay(text: str) -> None:
    shown = masked(text)
    for kept in ("1234567,50", "88,5", "12/3,5", "1234-56", "2301-2315"):
        if kept in text:
            at = text.index(kept)
            assert shown[at : at + len(kept)] == "·" * len(kept), shown


def test_a_request_number_and_its_tube_is_no_page_range() -> None:
    text = "OBR|1|CMD77812|2503140417-02^GLIMS|NFS"
    shown = masked(text)
    assert shown[text.index("2503140417") :].startswith("2503140417-02"), shown


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cc CIV : doublon IPP 88412 / 88977 (Mme Pinto Rosa, 1958), le 2e créé cette nuit", "1958"),
        ("N° de passage : URG25-004417 ; IOA : Marine ; orientation UHCD.", "Marine"),
        ("19h52 ARM : Julien ; rappel de l'appelant sans réponse", "Julien"),
    ],
)
def test_a_year_of_birth_in_brackets_and_the_name_after_a_role_are_found(text: str, value: str) -> None:
    shown = masked(text)
    at = text.index(value)
    assert shown[at : at + len(value)] == value, shown


@pytest.mark.parametrize(
    "text",
    [
        "(M. Durand, 1500 patients suivis)",
        "Cohorte de 1958 patients (étude 2019-2021).",
        "IOA : tri 3, orientation UHCD.",
    ],
)
def test_counts_in_brackets_and_roles_without_names_stay(text: str) -> None:
    shown = masked(text)
    for kept in ("1500", "1958", "tri 3", "UHCD"):
        if kept in text:
            at = text.index(kept)
            assert shown[at : at + len(kept)] == "·" * len(kept), shown
