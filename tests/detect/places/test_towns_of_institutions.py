"""Towns named by what a note puts around them (issue 8, tenth probe batch): the town of an
institution (« TRIBUNAL JUDICIAIRE DE COLMAR », « le JLD de Créteil », « sous-préfecture de
Sarrebourg »), a commune given with its postcode in brackets (« Schiltigheim (67300) »), the town after
a home's or a hospital's name (« EHPAD Le Clos Saint-Joseph, Sélestat — »), a bracket giving where and
when (« (Nouméa, 18/03/2025) »), and the communes of the overseas collectivities that INSEE's list leaves
out (French Polynesia, New Caledonia, Wallis and Futuna). Traps: headings of a service, numbers in
brackets, words that are communes without these contexts."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRIBUNAL JUDICIAIRE DE COLMAR — Juge des libertés et de la détention", "COLMAR"),
        ("audience devant le JLD de Bobigny mardi", "Bobigny"),
        ("transmis à la sous-préfecture de Sarrebourg ce jour", "Sarrebourg"),
        ("convocation au commissariat de Lunéville", "Lunéville"),
        ("commune de décès : Schiltigheim (67300) ; date : hier", "Schiltigheim"),
        ("revenu chez lui à la campagne, Tours (37000), depuis", "Tours"),
        ("EHPAD Le Clos Saint-Joseph, Sélestat — jeudi", "Sélestat"),
        ("réunion de synthèse (Nouméa, 18/03/2025) avec la famille", "Nouméa"),
        ("la mainlevée prononcée par le JLD de Papeete", "Papeete"),
        ("évacuée de Lifou par hélicoptère", "Lifou"),
        ("né à Faaa, vit à Punaauia", "Faaa"),
        ("copie au médecin traitant, Dr Ropars (Landerneau).", "Landerneau"),
        ("Mme Wahetra, tribu de Drueulu, accompagnée", "Drueulu"),
    ],
)
def test_the_town_is_found(text: str, expected: str) -> None:
    assert expected in values(text, "VILLE")


@pytest.mark.parametrize(
    "text",
    [
        "SERVICE DE CARDIOLOGIE — CONSULTATION DE SUIVI",
        "le tribunal de la conscience",
        "résultat du dosage (12345) à contrôler",
        "Ceci (75000 unités) est une dose",
        "la gendarmerie est venue",
        "un cas (Vue, 12/03/2025) mal classé",
        "la tribu de la famille",
        "traitement (Vue) à revoir",
    ],
)
def test_no_town_without_it(text: str) -> None:
    assert values(text, "VILLE") == []
