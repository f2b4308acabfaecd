"""Record and stay numbers printed with their letters or a whole year (issue 8, probe43–45 misses):

- codes of capitals chained by dashes before a long number (« RDV-GE-0098821 », « CIRS-26-1104877 »): the
  whole reference is masked, not the digits alone (``unexplained.py``);
- three groups of digits between slashes, nine digits or more (« n° d'affiliation : 322/118047/56 »);
- a whole year, a slash and the rank (« PV 2026/004871 », « Facture 2026/118204 ») (``year_serials.py``);
- the register's capitals between a patient's or a stay's label and its value (« IPP ICR 2104 8853 »,
  « n° de dossier ANJ 0558213 ») masked with the value (``hospital_ids.py``).

With traps: doses, ratios, seasons, rates per hundred thousand and the strains of viruses stay readable.
"""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Référence du rendez-vous : RDV-GE-0098821\nLe secrétariat médical", "RDV-GE-0098821"),
        ("Date de l'examen : 1 déc. 2026   Accession : CIRS-26-1104877\nPatient : X", "CIRS-26-1104877"),
        ("Demande d'imagerie n° IRM-CHB-2611048 du service", "IRM-CHB-2611048"),
        ("Réquisition du commissariat n° PV 2026/004871, OPJ : brigadier-chef Dubuis", "2026/004871"),
        ("requisition de l'OPJ (PV 2026/018744)\npersonne examinée", "2026/018744"),
        ("Procès-verbal 2025/7731 transmis au parquet", "2025/7731"),
        ("Relance de la facture 2026/0418 restée impayée", "2026/0418"),
        ("Patiente : Sabrina D., 38 ans – n° de dossier ANJ 0558213\nIntervention", "ANJ 0558213"),
        ("Mme Nora B., 52 ans, IPP ICR 2104 8853\nCancer du sein gauche", "ICR 2104 8853"),
        ("Mutualité : Solidaris – n° d'affiliation : 322/118047/56\nGSM", "322/118047/56"),
    ],
)
def test_the_number_is_masked_with_its_letters(text: str, part: str) -> None:
    assert ENGINE.masks(text, part), ENGINE.detect(text)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("Calcium vitamine D 1000/800 : 2 boîtes", "1000/800"),
        ("Calcium vit D3 1000/800   2 boîtes", "D3 1000/800"),
        ("Incidence de 2000/100000 habitants en Alsace", "2000/100000"),
        ("TA 158/92, FC 84, SpO2 96 %", "158/92"),
        ("Sérologie SARS-CoV-2 négative, COVID-19 en 2021", "SARS-CoV-2"),
        ("Poids 2020/2450 g entre les deux pesées", "2020/2450"),
        ("sous IPP 20 mg/j depuis 2019", "20 mg"),
        ("variant rs1801133 du gène MTHFR", "MTHFR"),
        ("TA 120/80/60 selon la position", "120/80/60"),
        ("incidence 12/100000/30 jours", "12/100000/30"),
    ],
)
def test_doses_ratios_and_years_stay_readable(text: str, readable: str) -> None:
    assert not ENGINE.touches(text, readable), ENGINE.detect(text)
