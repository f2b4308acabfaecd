"""Establishments of the nineteenth batches' families (issue 8), with invented names: a laboratory after
« LBM »/« LABM » whose first word is also a maker's (« LABM Bio Pôle … »), « LABO » before a name made on
« Bio- », a network's region joined by hyphens (« … Hauts-de-France »), a practice named after a sending
verb (« envoi à Cypex »), a network's brand of the shipped list alone (« Résultat — Biogroup Nancy »), a
regional centre's acronym and its region (« CRA Aquitaine »), a facility glued to its town in an HL7
message (« CHU_RENNES »). Traps: a maker after « Laboratoire », a person, a town, a medicine or an
authority after a sending verb, a word in capitals before a region, a variable glued by an underscore."""

from __future__ import annotations

from importlib import resources

import pytest

from egide.detect.names.lexicon import fold
from egide.detect.names.medicines import laboratory_names, medicine_lists
from tests.detect.inline import ENGINE


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in ENGINE.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after « LBM », « LABM » no maker is written: « Bio » there opens a laboratory's name
        ("LABM Bio Océan Indien – 97400 Saint-Denis\nTél 02 62 11 22 33", "LABM Bio Océan Indien"),
        ("LBM Bio Santé Vallée : résultats validés", "LBM Bio Santé Vallée"),
        # « LABO » in capitals before a name made on « Bio- »
        ("LABO BIOMERIX GASCOGNE | 05.62.00.11.22\nNom : X", "LABO BIOMERIX GASCOGNE"),
        ("prélevé au labo Biosud Garonne ce matin", "labo Biosud Garonne"),
        # a region's compound after the network
        (
            "LABORATOIRE DE BIOLOGIE MÉDICALE Labexia Provence-Alpes-Côte d'Azur — site de Gap",
            "LABORATOIRE DE BIOLOGIE MÉDICALE Labexia Provence-Alpes-Côte d'Azur",
        ),
        # after a sending verb, a name that no list holds
        ("Biopsie cutanée le 03/11, envoi à Histolys.\nSuite", "Histolys"),
        ("Lames adressées à Pathonord pour relecture.", "Pathonord"),
        ("Pièce opératoire transmise à Anapix-Sud hier.", "Anapix-Sud"),
        # a network of the shipped list, alone, with its region
        ("Résultat — Synlab Lorraine — 4 rue des Lilas", "Synlab Lorraine"),
        ("Compte rendu Cerballiance du 12/10 joint.", "Cerballiance"),
        ("RÉSULTATS UNILABS\nPatient : X", "UNILABS"),
        # a regional centre's acronym and its region
        ("diagnostic posé au CRA Bretagne en mars 2019.", "CRA Bretagne"),
        ("Deuxième lecture — CRCDC Occitanie (site de Nîmes)", "CRCDC Occitanie"),
        ("bilan fait au CRMR PACA l'an dernier", "CRMR PACA"),
    ],
)
def test_a_laboratory_or_a_regional_centre(text: str, name: str) -> None:
    # (masked, whatever the label: « Anapix-Sud » after « transmise à » is read as a name too)
    assert name in _places(text) or ENGINE.masks(text, name)


def test_the_town_of_the_site_after_a_dash() -> None:
    text = "LBM Synlab Provence — Draguignan\nNOM X"
    assert ("VILLE", "Draguignan") in [(f.label.value, text[f.start : f.end]) for f in ENGINE.detect(text)]
    # a word after the dash is no town
    assert _places("LBM Biolab — Urgent\nX") == ["LBM Biolab"]


def test_a_facility_glued_to_its_town_in_an_hl7_message() -> None:
    text = (
        "MSH|^~\\&|DXCARE|CHU_NANTES|LAB|CHU_NANTES|20261203101522||ADT^A01|4481207|P|2.5\n"
        "PID|1||350661092^^^CHU_NANTES^PI||DURAND^Paul^^^M.||19830411|M|||"
    )
    assert _places(text) == ["CHU_NANTES"] * 3
    assert _places("PID|1||12345^^^CH_VICHY^PI||") == ["CH_VICHY"]


@pytest.mark.parametrize(
    "text",
    [
        # makers of medicines
        "Relais par amlodipine du Laboratoire Biogaran.",
        "Titulaire : Laboratoire Pfizer, puis Laboratoires Thissen.",
        # a person, a town, a medicine, an authority, a title after a sending verb
        "Patiente adressée à Dupont pour avis.",
        "Dossier transmis à Lyon pour la RCP.",
        "Traitement envoyé à Doliprane.",
        "Déclaration transmise à ANSM le jour même.",
        "Lettre adressée à Madame la directrice.",
        # a letter between persons, no specimen sent
        "Le maire a envoyé à Valtori une lettre de protestation.",
        # a word in capitals or a small word before a region, a train
        "LE PLUS BEAU PAYSAGE DE NORMANDIE",
        "il est venu EN Normandie avec ses enfants",
        "trajet en TER Normandie",
        # a trade, an insurer before a region (the same in a form's « Employeur » field is the employer's
        # name, masked since the fifteenth session: tests/detect/places/test_organisations_of_a_person.py)
        "Secteur : BTP Bretagne, ZI des Lilas.",
        "MSA Bourgogne — service social",
        # a variable glued by an underscore
        "x = CH_TOTAL + 1",
    ],
)
def test_no_laboratory_nor_centre(text: str) -> None:
    assert _places(text) == []


def test_the_shipped_networks_are_no_makers_nor_medicines() -> None:
    text = (resources.files("egide.detect.places") / "data" / "laboratory_networks.txt").read_text("utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    makers, medicines = laboratory_names(), medicine_lists()[0]
    assert names and not [n for n in names if fold(n) in makers or fold(n) in medicines]
