"""Organisations that place a patient but are no hospital are establishments (issue 8, probe20/21's
families): ambulance and approved-taxi companies, home-help, guardianship and coordination bodies with
their territory, mutual insurers, a pharmacy or a laboratory named in a note or a table's cell, a place
of rehabilitation by its own name after a stay, a hospital named in English before « hospital », an
establishment's acronym before its site or its town. Traps: the same words as words (« ambulance »,
« l'aide à domicile », « mutuelle », « pharmacie », a maker « Laboratoires X » in a leaflet).
All names are invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import parse_inline

_MINE = {
    "fr_care_service",
    "fr_transport_company",
    "fr_mutual_insurer",
    "fr_pharmacy_lab_in_notes",
    "fr_acronym_with_site",
    "fr_stay_by_name",
}


@cache
def _detector() -> Detector:
    return Detector()


def _covered(marked: str) -> None:
    """Every ETABLISSEMENT span written inline is masked, wholly, by findings of any label."""
    text, spans = parse_inline(marked)
    findings = _detector().detect(text)
    for start, end, label in spans:
        covered = {k for f in findings for k in range(f.start, f.end)}
        missing = [k for k in range(start, end) if text[k].isalnum() and k not in covered]
        assert not missing, f"{label} {text[start:end]!r} not masked in {text!r}"
        if label == "ETABLISSEMENT":
            assert any(f.label == "ETABLISSEMENT" and f.start <= start < f.end for f in findings), text


@pytest.mark.parametrize(
    "marked",
    [
        # ambulance and approved-taxi companies
        "<ETABLISSEMENT>Ambulances de l'Odet</ETABLISSEMENT> — bon de transport n° 2231",
        "Retour à domicile assuré par les <ETABLISSEMENT>Ambulances Vertes</ETABLISSEMENT> vers 17h.",
        "Prise en charge par <ETABLISSEMENT>AMBULANCES SAINT-CHRISTOPHE</ETABLISSEMENT> à 8 h 15.",
        "Séances de dialyse : <ETABLISSEMENT>Taxi Brocéliande</ETABLISSEMENT> conventionné, aller-retour.",
        "Transport par taxi conventionné <ETABLISSEMENT>Allo Kerlouan</ETABLISSEMENT> le mardi.",
        # home help, guardianship, coordination with their territory
        "Ménage et courses deux fois par semaine par l'<ETABLISSEMENT>ADMR du Haut-Léon</ETABLISSEMENT>.",
        "Curateur : <ETABLISSEMENT>UDAF 29</ETABLISSEMENT>, joignable en semaine.",
        "Mesure de tutelle exercée par l'<ETABLISSEMENT>ATMP de la Sarthe</ETABLISSEMENT> depuis 2019.",
        "Toilette par le <ETABLISSEMENT>SPASAD Les Hortensias</ETABLISSEMENT> le matin.",
        "Aide au lever par le <ETABLISSEMENT>SAAD du Pays Bigouden</ETABLISSEMENT>.",
        "Dossier présenté au <ETABLISSEMENT>DAC Centre Bretagne</ETABLISSEMENT> pour coordination.",
        "Coordination assurée par le <ETABLISSEMENT>DAC 973 Ouest</ETABLISSEMENT>.",
        "Aide sociale instruite par le <ETABLISSEMENT>CCAS de Vierzon</ETABLISSEMENT>.",
        "Curatelle confiée à l'<ETABLISSEMENT>Association tutélaire de l'Aude</ETABLISSEMENT> en mars.",
        "<ETABLISSEMENT>Service d'aide à domicile Les Bleuets</ETABLISSEMENT> : passage à 9 h.",
        # mutual insurers
        "<ETABLISSEMENT>Mutuelle des Trois Rivières</ETABLISSEMENT> — Service adhérents",
        "Elle est couverte par <ETABLISSEMENT>Klesia</ETABLISSEMENT> et par la <ETABLISSEMENT>MGEN</ETABLISSEMENT>.",
        "Devis transmis à <ETABLISSEMENT>Solimut Mutuelle</ETABLISSEMENT> pour accord.",
        "Complémentaire : <ETABLISSEMENT>Mutuelle Azur Santé</ETABLISSEMENT>, contrat famille.",
        # a pharmacy or a laboratory in a note or a cell
        "renouvellement fait, dispensé à la <ETABLISSEMENT>pharmacie des Quatre Vents</ETABLISSEMENT> ce matin",
        "ordo faxée à la <ETABLISSEMENT>pharmacie Moderne</ETABLISSEMENT> de Landerneau",
        "bilan : le labo <ETABLISSEMENT>Biolam</ETABLISSEMENT> passe jeudi à 8h",
        "prélèvement fait par <ETABLISSEMENT>Biogroup</ETABLISSEMENT> à domicile",
        "LEROUX\t12/11/2026\t7,2\t<ETABLISSEMENT>Synlab Quimper</ETABLISSEMENT>",
        "GUEGAN\t14/11/2026\t3,1\t<ETABLISSEMENT>Laboratoire Arc Santé Morlaix</ETABLISSEMENT>",
        # a place of rehabilitation by its own name, a hospital in English, an acronym with its site
        "Rééducation prévue à <ETABLISSEMENT>Les Ormeaux</ETABLISSEMENT> (Tournefeuille) dès lundi.",
        "Transfert en SSR vers <ETABLISSEMENT>Le Clos Fleuri</ETABLISSEMENT> (Bayonne) le 12.",
        "She was transferred to <ETABLISSEMENT>Fontaine 3</ETABLISSEMENT> hospital last week.",
        "Brought by ambulance to <ETABLISSEMENT>Saint-Roch</ETABLISSEMENT> Hospital.",
        "Cordialement, Anne Roux, <ETABLISSEMENT>GHPN</ETABLISSEMENT> – site de Nevers",
        "Please send the file to the <ETABLISSEMENT>CHUV</ETABLISSEMENT> (Lausanne) before Friday.",
    ],
)
def test_an_organisation_that_places_a_patient_is_masked(marked: str) -> None:
    _covered(marked)


@pytest.mark.parametrize(
    "text",
    [
        "Transport en ambulance demandé. Ambulance commandée pour 14h. AMBULANCE : oui.",
        "Transport assis professionnalisé (VSL ou taxi conventionné), aller et retour.",
        "Aide à domicile 2 h/j ; l'aide à domicile passe le matin. Dossier ADMR en cours. Orientation DAC.",
        "Mesure confiée à l'UDAF. Le mandataire judiciaire perçoit les ressources.",
        "Mutuelle : oui. Sa mutuelle rembourse. Carte de mutuelle à jour. Mutuelle complémentaire santé.",
        "La pharmacie de garde est fermée. Pharmacie hospitalière. pharmacie du CHU. Allez en pharmacie.",
        "Titulaire : Laboratoires Servier. Fabricant : Laboratoire Pfizer. Exploitant : Laboratoire Biogaran.",
        "Contactez le laboratoire Pfizer ou le laboratoire Biogaran pour toute information.",
        "Résultats du laboratoire de biologie médicale, labo OK, laboratoire Central fermé.",
        "IRM – site de Rennes ; EHPAD – site de Gap ; SAMU (Brest).",
        "Patient admitted to the University hospital, then to General Hospital.",
        "Séjour en rééducation à Lyon (Rhône) puis à Vannes (Morbihan).",
        "DAC 2 fois par jour si besoin ; ADMR : 3 passages par semaine.",
        "Service d'aide à domicile : oui. Une association tutélaire sera désignée par le juge.",
        # a heading in capitals above a form's field: two lines' words, no insurer's name
        "DEMANDE DE PRISE EN CHARGE HOSPITALIÈRE\nMutuelle : oui, tiers payant.",
        # the town's pharmacy: its town is a VILLE (``city``), not an establishment
        "Appel de la pharmacie de Quimperlé pour une rupture de stock.",
        # a hospital's own pharmacy: the hospital is ``establishment``'s, « pharmacie de l' » stays in clear
        "Retour de la pharmacie de l'Hôpital Saint-Yves avec les poches.",
    ],
)
def test_the_same_words_as_words_stay_in_clear(text: str) -> None:
    found = [f for f in _detector().detect(text) if f.source in _MINE]
    assert not found, [text[f.start : f.end] for f in found]
