"""The cells of a record screen a paste glued are read apart (issue 8, probe16's family: « YannickNé le »,
« MèreKEMAYOU », « Adresse19 rue… »), and mixed-case words of clinical text stay whole."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise.glued_fields import read_glued_fields
from tests.detect.normalise.support import original_of, run_pass


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Patient :MOREAU JulienNé le :03/05/1961", "Patient :MOREAU Julien\tNé le :03/05/1961"),
        ("PèreBRUNEAU Olivier", "Père\tBRUNEAU Olivier"),
        ("PatienteFAURE Odile", "Patiente\tFAURE Odile"),
        ("Domicile7 allée des Pins", "Domicile\t7 allée des Pins"),
        ("DossierA55102 PatientLOISEAU Rémi", "Dossier\tA55102 Patient\tLOISEAU Rémi"),
        ("N° 4471028Patient VIDAL Anne", "N° 4471028\tPatient VIDAL Anne"),
        ("Fiche de liaisonPERRIN Gaston", "Fiche de liaison\tPERRIN Gaston"),
        ("ROUSSEL MaëlleF02/09/1987(39a)", "ROUSSEL Maëlle\tF\t02/09/1987(39a)"),
        ("GAUTIER LucM14/01/1950", "GAUTIER Luc\tM\t14/01/1950"),
        ("BERTIN PaulIPP 4410287", "BERTIN Paul\tIPP 4410287"),
        # the next label's capital glued to a value in capitals, and a capitalised value to its label
        ("NomFAVREPrénomLucieSexe F", "Nom\tFAVRE\tPrénom\tLucie\tSexe F"),
        ("Sexe HDate de naissance21/07/1939", "Sexe H\tDate de naissance\t21/07/1939"),
        ("Nom usuel:BERTRANDPrénom(s):Odette", "Nom usuel:BERTRAND\tPrénom(s):Odette"),
        ("CommuneRiom", "Commune\tRiom"),
        # a title glued to its name is no cell: a space, which keeps it the name's title
        ("Contact:DrPELLETIER poste 4410", "Contact:Dr PELLETIER poste 4410"),
    ],
)
def test_glued_cells_are_read_apart(written: str, read: str) -> None:
    assert run_pass(read_glued_fields, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "IgG 12 g/L, HbA1c 7,2 %, NaCl 0,9 %, proBNP 450, NTproBNP 900, 120 mmHg, eDFG 58, antiTPO",
        "pH 7,32, SpO2 94 %, FiO2 40 %, BiPAP la nuit, McDonald, iPhone",
        "NDA 26H004512, lot A12, CH4, HbS, DeLuca",
        "HLA-DR4 positif, DR4, anti-HER2",  # a code's part after a hyphen, a title before a digit
        "ADNPolymérase, ARNMessager, IRMCérébrale",  # capitals before a capitalised word that is no label
    ],
)
def test_words_of_clinical_text_stay_whole(text: str) -> None:
    assert run_pass(read_glued_fields, text) == text


def test_the_inserted_border_stands_for_no_character() -> None:
    assert original_of("Patient :MOREAU JulienNé le :03/05/1961", "Julien") == "Julien"


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Patient :MOREAU JulienNé le :03/05/1961IPP:0077415", ["MOREAU", "Julien", "03/05/1961", "0077415"]),
        ("MèreBRUNEAU Solène\t14/06/1990\tIPP66014522", ["BRUNEAU", "Solène", "14/06/1990", "66014522"]),
        ("Adresse27 rue des Tilleuls\t21000\tDijon", ["27 rue des Tilleuls", "21000", "Dijon"]),
        ("DemandeC2610040552PatientANDRIAMASY TianaNé(e)1969-11-02", ["ANDRIAMASY", "Tiana", "1969-11-02"]),
        ("Fiche de soinsVERNIER MartheF12/12/1940(85a)", ["VERNIER", "Marthe", "12/12/1940"]),
        (
            "NomCASTAINGPrénomRogerSexe MDate de naissance09/01/1944Poids 71 kg",
            ["CASTAING", "Roger", "09/01/1944"],
        ),
        ("Nom de naissance:LAFFONTNom utilisé:DUPUY-LAFFONTPrénom(s):Hélène", ["LAFFONT", "DUPUY-LAFFONT"]),
        ("CommuneMontluçon\nIPP 0041852", ["Montluçon", "0041852"]),
    ],
)
def test_the_cells_of_a_glued_banner_are_masked(text: str, secrets: list[str]) -> None:
    found = engine().detect(text)
    for secret in secrets:
        start = text.index(secret)
        covered = {k for f in found for k in range(f.start, f.end)}
        assert all(k in covered for k in range(start, start + len(secret)) if text[k].isalnum()), (
            secret,
            [(f.label, text[f.start : f.end]) for f in found],
        )


@pytest.mark.parametrize(
    "text",
    [
        "PatientName: ROCHE^ALAIN   PatientID: XH0042   PatientBirthDate: 19700101   StudyDate: 20260101",
        "Pour : GuiLLoT ReNé le 2l/O3/2O25",  # an OCR's mixed case, not a cell
    ],
)
def test_an_exports_keys_and_an_ocrs_case_are_no_cells(text: str) -> None:
    assert run_pass(read_glued_fields, text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an acronym that is also a label (« UF », « IPP », « NDA ») opening a code of letters and digits
        ("Pièce présentée : CNI n° UF4L42KLL", "UF4L42KLL"),
        ("Passeport n° IPP7K31MZ8 délivré en préfecture", "IPP7K31MZ8"),
        ("Titre de séjour NDA4B22XQ9, valable", "NDA4B22XQ9"),
    ],
)
def test_a_code_that_opens_on_a_label_stays_whole(text: str, code: str) -> None:
    assert run_pass(read_glued_fields, text) == text
    assert code in text


def test_an_identity_card_number_opening_on_uf_is_masked_whole() -> None:
    # the synthetic corpus's case: « UF » read as a unit's label glued to its number left « UF » visible
    text = "Pièce présentée : CNI n° UF4L42KLL\nN° de sécurité sociale : 178071433269053"
    found = [text[f.start : f.end] for f in engine().detect(text)]
    assert "UF4L42KLL" in found, found
