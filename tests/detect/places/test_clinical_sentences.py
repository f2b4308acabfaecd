"""Clinical sentences with the expected places written inline, and clean prose with none."""

from __future__ import annotations

import pytest

from tests.detect.cpu import cpu_seconds
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.places.support import PLACE_LABELS, find_places

SENTENCES = [
    "Adresse : <ADRESSE>182, résidence des Lilas</ADRESSE>, <CODE_POSTAL>10000</CODE_POSTAL> "
    "<VILLE>Troyes</VILLE>",
    "Patiente domiciliée <ADRESSE>12 bis rue de la Paix</ADRESSE>, <CODE_POSTAL>75002</CODE_POSTAL> "
    "<VILLE>Paris</VILLE>, transférée au <ETABLISSEMENT>CHU de Rouen</ETABLISSEMENT> le soir même.",
    "Née à <VILLE>Saint-Étienne</VILLE>, elle vit seule à <VILLE>Quimper</VILLE> depuis son veuvage.",
    "<ETABLISSEMENT>Clinique du Parc</ETABLISSEMENT> — <ADRESSE>BP 123</ADRESSE> — "
    "<CODE_POSTAL>76031</CODE_POSTAL> <VILLE>ROUEN</VILLE> CEDEX 1",
    "<VILLE>Lyon</VILLE>, le 3 mars 2020\nCher confrère, je vous adresse ce patient suivi au "
    "<ETABLISSEMENT>Centre Léon Bérard</ETABLISSEMENT> pour un lymphome.",
    "Résidant en <ETABLISSEMENT>EHPAD Les Tilleuls</ETABLISSEMENT> à <VILLE>Vichy</VILLE>, "
    "hospitalisé à l'hôpital puis en hôpital de jour de gériatrie.",
    "Dr X, <ETABLISSEMENT>Hôpital européen Georges-Pompidou</ETABLISSEMENT>, "
    "<ADRESSE>20 rue Leblanc</ADRESSE>, <CODE_POSTAL>75015</CODE_POSTAL> <VILLE>Paris</VILLE>",
    "Retour à domicile <ADRESSE>7 impasse des Acacias</ADRESSE> à <VILLE>Boulogne-Billancourt</VILLE> "
    "avec passage infirmier.",
]


@pytest.mark.parametrize("marked", SENTENCES)
def test_clinical_sentences(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(find_places(text), marked, labels=PLACE_LABELS)


CLEAN_PROSE = """\
EXAMEN CLINIQUE D'ENTRÉE :
Vue le patient ce matin au lit. Plan de soins infirmiers réévalué. Sens de la marche conservé.
Au total, maladie de Parkinson évoluée, signe de Babinski bilatéral, syndrome de Guillain-Barré ancien,
maladie de Horton traitée, thyroïdite de Hashimoto. Mise en place d'une sonde urinaire, 2 cours de
chimiothérapie, 3 voies veineuses. Au cours de la journée, passage en hôpital de jour puis retour
dans le service de cardiologie ; la clinique est pauvre. Avis du Centre de Référence Maladies Rares.
Héparine 25000 UI/j, plaquettes 150000/mm3, vitamine D 10000 UI. Examen clinique : RAS. Tableau
clinique Typique. Chemin clinique standard. Bonne tolérance. De bonne qualité. À tours de rôle.
SERVICE DE CARDIOLOGIE - UNITÉ DE SOINS INTENSIFS
Le patient est en route vers le bloc. La place du patient dans la décision est centrale.
"""


def test_clean_clinical_prose_has_no_place() -> None:
    found = find_places(CLEAN_PROSE)
    assert [(f.label, CLEAN_PROSE[f.start : f.end]) for f in found] == []


@pytest.mark.parametrize(
    "unit", ["12 rue de la ", "Saint-Martin-de-", "L'", "au Havre ", "CHU de ", "75013 ", "à Paris ", "Rue "]
)
def test_hostile_repetitions_stay_linear(unit: str) -> None:
    text = (unit * (20_000 // len(unit) + 1))[:20_000]
    # A generous bound (50 µs of CPU per character, so that a busy machine does not matter): a
    # quadratic pattern takes seconds here.
    assert cpu_seconds(lambda: find_places(text)) < 50e-6 * len(text)
