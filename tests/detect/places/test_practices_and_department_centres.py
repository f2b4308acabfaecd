"""Establishments as everyday hospital documents name them (issue 8, probe17's families): a practice
named by its speciality or profession and its place (« Cabinet de Rhumatologie des Acacias »), a
blood-service establishment by its region (« EFS Occitanie »), a department's public centre by its
number (« CLAT 93 »), a hospital's acronym typed with its dots (« C.H. de Guéret »), a territory's
acronym with a compound town or a compass point (« GHEF Bourg-la-Reine », « GHR Colmar Nord-Alsace »),
an HL7 assigning authority glued to its town (« CHU-NANTES »), a laboratory's brand in a letterhead,
an establishment after a heading on the line before (« … DE SITUATION ⏎ Hôpital privé de Meudon »), a
place of care named with its article after a stay (« hospitalisation à La Verdaudière »). Traps: a
practice named after a person or a town, a form's section after a dash, a number that is no
department, a medicine maker after « Laboratoire », a town or a region after a stay."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "establishment"),
    [
        ("Cabinet de Rhumatologie des Acacias – Dr Lemarchal", "Cabinet de Rhumatologie des Acacias"),
        ("par Mme Ravel, kinésithérapeute, Cabinet Kinés du Bocage, Bressuire", "Cabinet Kinés du Bocage"),
        ("passage du cabinet infirmier des Mimosas demain", "cabinet infirmier des Mimosas"),
        ("EFS Occitanie\nImmuno-hématologie", "EFS Occitanie"),
        ("Suivi au CLAT 93.", "CLAT 93"),
        ("adressée au CeGIDD 13 pour dépistage", "CeGIDD 13"),
        ("Lettre de sortie | C.H. de Guéret\nMme", "C.H. de Guéret"),
        ("opéré au C.H.U. de Poitiers en 2019", "C.H.U. de Poitiers"),
        ("Revoir au GHR Colmar Nord-Alsace.", "GHR Colmar Nord-Alsace"),
        ("Lit 4   GHEF Bourg-la-Reine   Dr Sorel", "GHEF Bourg-la-Reine"),
        ("Laboratoire Vexalis Genomia — Analyses spécialisées\nPatient : X", "Laboratoire Vexalis Genomia"),
        ("ATTESTATION DE SITUATION\nHôpital privé de Meudon certifie que :", "Hôpital privé de Meudon"),
        ("Une hospitalisation à La Verdaudière a eu lieu en 2024.", "La Verdaudière"),
    ],
)
def test_the_establishment_is_found(text: str, establishment: str) -> None:
    assert establishment in values(text, "ETABLISSEMENT")


def test_an_hl7_assigning_authority_glued_to_its_town_is_masked() -> None:
    text = "PID|1||0330017722^^^CHU-NANTES^PI||TANGUY^ROZENN^^^^^L||19880203|F"
    found = Detector().detect(text)
    start = text.index("CHU-NANTES")
    assert any(f.start <= start and start + len("CHU-NANTES") <= f.end for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "cabinet médical Dupont",
        "passage IDE (cabinet infirmier , 04 70 31 88 19)",
        "DEMANDE D'ADMISSION EN EHPAD — Volet administratif (cerfa 14732*03)",
        "CLAT 75,5 mg",
        "Laboratoire Pfizer Holding\nNotice",
        "Cabinet infirmier de Rostrenen, 22110",
        "hospitalisée à La Rochelle en mai",
        "séjour à La Réunion chez sa sœur",
    ],
)
def test_no_establishment_is_found(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
