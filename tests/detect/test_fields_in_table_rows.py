"""Fields in the rows of a table (issue 8's perturbations « lignes de tableau »): a row's border
« | » stands where a line started or ended, a cell separator (« | », a tab) where a colon or a comma
stood. An address block, a date of birth and its commune, a history list, a bip and a file
reference read as they do in prose. Traps: the same rows with counts, doses and lab values."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

ROWS = [
    # the postcode alone on its row after the street's row, bracketed on the row after its commune
    "| Adresse | <ADRESSE>7 allée des Tilleuls</ADRESSE> |\n| <CODE_POSTAL>44300</CODE_POSTAL> |\n| <VILLE>NANTES</VILLE> |",
    "| M. <NOM>Besnard</NOM> vit à <VILLE>Saint-Malo</VILLE> |\n| (<CODE_POSTAL>35400</CODE_POSTAL>) | marié | 2 enfants. |",
    # the commune alone on its row after the street's row, or in the cell after the street's cell
    "| pris en charge <ADRESSE>18 rue Pasteur</ADRESSE> |\n| <VILLE>VILLEURBANNE</VILLE> |\n| contact fille <TELEPHONE>06 40 21 76 54</TELEPHONE> |",
    "| Hébergé chez son frère | <ADRESSE>11 rue de la Gare</ADRESSE> | <VILLE>Vierzon</VILLE>. |",
    "| Domicile | <ADRESSE>Ferme des Combes</ADRESSE> | <VILLE>Perrigny</VILLE> |\n| Obstacle médico-légal | NON |",
    # the commune in the cell after the date of birth
    "| Lieu de naissance | <DATE>05/01/1950</DATE> | <VILLE>Limoges</VILLE> |\n| Médecin traitant | Dr <NOM>Pons</NOM> |",
    "Date et lieu de naissance\t<DATE_NAISSANCE>05/01/1950</DATE_NAISSANCE>\t<VILLE>Limoges</VILLE>",
    # the years of a history list, each item on its row
    "| ATCD : |\n| - <DATE>1987</DATE> cholécystectomie |\n| - <DATE>2003</DATE> IDM inférieur stenté |\n| - PTH droite <DATE>2003</DATE> |",
    # a bip and a file's reference in the cell after their label
    "| Bip de l'interne | <TELEPHONE>51 23</TELEPHONE> | bip du senior (Dr <NOM>Arnaud</NOM>) | <TELEPHONE>51 07</TELEPHONE>. |",
    "Bip de l'interne\t<TELEPHONE>51 23</TELEPHONE>\tbip du senior (Dr <NOM>Arnaud</NOM>)\t<TELEPHONE>51 07</TELEPHONE>.",
    "| Référence dossier | <NDA>2024/PSY/00418</NDA> | patient | <NOM>Renaud Cyril</NOM>. |",
]

TRAPS = [
    "| Poste de soins | 12 patients |",
    "| Séjour | 3 jours |\n| Dossier | 12 pages |",
    "| Plaquettes | 1950 |\n| Leucocytes | 7200 |",
    "| - 2000 mg de paracétamol |\n| - 1000 mg de vitamine C |",
    "| Taille | 172 cm | Poids | 68 kg |\n| Bip | à demander | Poste | 4 lits |",
]


@pytest.mark.parametrize("marked", ROWS)
def test_a_field_in_a_table_row(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_counts_and_values_in_table_rows_stay_readable(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in _DETECTOR.detect(text)] == []
