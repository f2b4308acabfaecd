"""IPP and NDA after their label words; proton-pump inhibitors (« IPP 20 mg ») are not identifiers."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import hospital_ids
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = hospital_ids.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Patient IPP <IPP>80012345</IPP> admis aux urgences.",
        "IPP : <IPP>800 123 45</IPP>, NDA : <NDA>2023-001234</NDA>.",
        "NIP <IPP>123456789</IPP> - Mme X",
        "N° patient : <IPP>A1234567</IPP>",
        "Identifiant patient <IPP>0045678912</IPP>",
        "N° de séjour <NDA>123456789</NDA> du 3 mars",
        "Numéro de séjour : <NDA>S2301234</NDA>",
        "N° dossier <NDA>2023/45678</NDA>",
        "numéro de venue <NDA>9876543</NDA>",
        "NUM SEJ <NDA>230045678</NDA> UF 4521",
        "Num. dossier : <NDA>D-123456</NDA>",
        "n° d'hospitalisation <NDA>2024 000123</NDA>",
        "N° de l'épisode <NDA>E123456</NDA>",
        "Dossier n° <NDA>456789</NDA> ouvert",
        "Séjour : <NDA>2301234567</NDA>",
        "N° IPP <IPP>123456</IPP>",
        "N°IPP:<IPP>80012345</IPP>",
        "Identifiant (IPP) : <IPP>80012345</IPP>",
        "IPP (<IPP>80012345</IPP>)",
        "N° de passage <NDA>U2300456</NDA>",
        "IEP : <NDA>230045678</NDA>",
        "Patient n° <IPP>80012345</IPP>",
        "Patient : <IPP>0012345678</IPP>",
        # a code of letters between spaced groups (issue 8, probe9's residual misses: a letterhead's
        # « N° venue »)
        "N° venue <NDA>24 HDJ 001877</NDA> — Dr Castel",
        "N° de séjour : <NDA>2025 SE 00412</NDA>",
    ],
)
def test_labelled_identifiers_are_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(kept(R, text), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Mise sous IPP 20 mg/j.",
        "IPP : oméprazole 20 mg le soir.",
        "Arrêt des IPP 40 mg x 2/j.",
        "IPP 1000 mg",  # a dose, however unlikely
        "Sous IPP depuis 2019.",  # a year: too few digits for an IPP
        "N° de dossier : 12/03/2021",  # a date
        "Dossier patient complet, séjour de 5 jours.",
        "Le NIP est en cours de création.",
        "Hospitalisation n° 2 pour le même motif.",
        "Dossier 2019 revu, séjour 2020 sans particularité.",
        "Patient : 45 ans, patient n° 3 de la série, patient : 12/03/1950.",
    ],
)
def test_doses_dates_and_prose_are_not_identifiers(text: str) -> None:
    assert kept(R, text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("NDA 123456 et 654321 pour les deux séjours", ["123456", "654321"]),
        ("N° séjour 778899 au service de cardiologie", ["778899"]),
        ("N° dossier 4451233 du 12 mars", ["4451233"]),
        # a label between two numbers: a stay, then a unit
        ("N° séjour 230045678 UF 4521", ["230045678"]),
    ],
)
def test_a_word_between_two_numbers_is_no_code(text: str, values: list[str]) -> None:
    assert [text[f.start : f.end] for f in kept(R, text)] == values


def test_offsets_survive_characters_whose_lower_case_is_longer() -> None:
    text = "İstanbul : IPP 80012345"  # « İ ».lower() is two characters
    assert [text[f.start : f.end] for f in kept(R, text)] == ["80012345"]
