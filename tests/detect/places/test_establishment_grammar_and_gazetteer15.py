"""Establishments the gazetteer knows, in the grammar that real notes and headers wrap them in (issue 8): a
listed acronym where a place is said (« orientation GHER », « le néphrologue de l'AURAL », « (CHOG) » after
its hospital written out, « — HUS » as a heading's item); a site hyphenated to its town
(« Strasbourg-Hautepierre »); the hospital's acronym before a listed site (« CHC Andrée Rosemon »); a second
town after a slash (« / ABYMES »); a laboratory's site after a dash (« - Site d'Aix-les-Bains »); the town
after a dialysis association (« AURAR Saint-Paul »); an arrondissement and its quarter after a CMP; the
kinds the types did not know (MSP, radiotherapy centres, 3C, occupational health services as brands, a
German Klinikum with its operator); a town typed in lower case after a unit in a hurried note; and the
names added to the lists (overseas, dialysis, rehabilitation, psychiatry, hospitals across the borders).
Traps: the same words where no place is said. All text synthetic."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


def _masked(text: str, part: str) -> bool:
    """Every letter and digit of ``part`` is masked, whatever the label."""
    start = text.index(part)
    covered = [False] * len(text)
    for f in _DETECTOR.detect(text):
        for k in range(f.start, f.end):
            covered[k] = True
    return all(covered[k] for k in range(start, start + len(part)) if text[k].isalnum())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed acronym where a place is said
        ("Décision : SMUR + VSAV, orientation GHER. ARM : K. Martin", "GHER"),
        ("Régulé vers CHOR, arrivée prévue 14h", "CHOR"),
        ("Suivi alterné avec le néphrologue de l'AURAL à Épinal.", "AURAL"),
        ("la PASS du CHOG a revu l'enfant", "CHOG"),
        ("CH de Saint-Laurent-du-Maroni (CHOG) – Pédiatrie\nOrdonnance", "CHOG"),
        ("Courrier de la Direction des usagers — HUS\nRéf. : 12", "HUS"),
        ("greffe rénale faite aux HUG en 2019", "HUG"),
        # a site hyphenated to its town
        ("sa fille infirmière à Strasbourg-Hautepierre a appelé", "Strasbourg-Hautepierre"),
        ("suivi à Lyon-Croix-Rousse depuis 2020", "Lyon-Croix-Rousse"),
        # the acronym before a listed site, a second town after a slash, a site after a dash
        ("sortie du service de pédiatrie du CHC Andrée Rosemon après 6 jours", "CHC Andrée Rosemon"),
        ("CHU DE POINTE-A-PITRE / ABYMES -- CHU de la Guadeloupe\nService", "CHU DE POINTE-A-PITRE / ABYMES"),
        (
            "LABORATOIRE BIOLAB SAVOIE - Site d'Aix-les-Bains\n36 boulevard Wilson",
            "LABORATOIRE BIOLAB SAVOIE - Site d'Aix-les-Bains",
        ),
        (
            "CERBALLIANCE Réunion - site Saint-Paul Centre\nNOM : X",
            "CERBALLIANCE Réunion - site Saint-Paul Centre",
        ),
        ("Contrôle iono à J7 au laboratoire Bioaccess Quimper.", "laboratoire Bioaccess Quimper"),
        # a dialysis association (its centre's town is the city recogniser's)
        ("VSL domicile → AURAR Saint-Paul pour hémodialyse", "AURAR"),
        ("dialyse 3 fois par semaine à l'ALURAD Limoges", "ALURAD"),
        # a CMP with its arrondissement and its quarter, the sentence going on
        ("Un premier rendez-vous au CMP Paris 13 Tolbiac est fixé le 9/12.", "CMP Paris 13 Tolbiac"),
        # the kinds written with their name
        ("Médecin requérant : Dr Sarah Cohen, MSP des Quatre-Routes.", "MSP des Quatre-Routes"),
        ("suivi par la CPTS Sud Gironde", "CPTS Sud Gironde"),
        (
            "Dr Mouchet (radiothérapie, Centre de radiothérapie de Belfort)",
            "Centre de radiothérapie de Belfort",
        ),
        ("séances au centre de radiothérapie du Parc à Rouen", "centre de radiothérapie du Parc"),
        (
            "RCP - ONCOLOGIE DIGESTIVE - 3C Territoire Nord Franche-Comté\nSéance",
            "3C Territoire Nord Franche-Comté",
        ),
        ("dossier présenté au 3C du CHU de Rennes le 2/12", "3C du CHU de Rennes"),
        (
            "SERVICE DE SANTÉ AU TRAVAIL - Santé au Travail Côte Basque\nCONVOCATION",
            "Santé au Travail Côte Basque",
        ),
        ("suivi au Ortenau Klinikum Offenburg jusqu'en 2011", "Ortenau Klinikum Offenburg"),
        ("dialyse de vacances au Helios Klinikum Berlin-Buch", "Helios Klinikum Berlin-Buch"),
        # a hurried note: the town in lower case after a unit
        ("cadre de garde : lit dispo en gériatrie à st omer ? famille prévenue", "st omer"),
        ("hospitalisé au CMP Lyon 8 pour décompensation", "CMP Lyon 8"),
        ("opéré aux Cliniques universitaires Saint-Luc à Bruxelles", "Cliniques universitaires Saint-Luc"),
        ("dialysé à Diaverum depuis mai", "Diaverum"),
        ("Résultat — Eurofins Biomnis site de Lyon Gerland", "Eurofins Biomnis site de Lyon Gerland"),
        ("pat remonté de la timone cette nuit", "la timone"),
        ("rentrée de Purpan hier soir", "Purpan"),
        ("opérée à Claude-Galien en 2019", "Claude-Galien"),
        # names of the lists
        (
            "Suite : transfert en SMR neurologique à l'Institut régional de réadaptation, Nancy.",
            "Institut régional de réadaptation",
        ),
        ("rééducation à Kerpape pendant 3 mois", "Kerpape"),
        ("opéré à Sart-Tilman en 2018", "Sart-Tilman"),
        ("hospitalisée à Henri-Guérin en 2015", "Henri-Guérin"),
    ],
)
def test_listed_establishments_in_their_grammar(text: str, expected: str) -> None:
    assert expected in _establishments(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the town after a listed site is masked with it, as a place
        ("urgences de l'HNFC Trévenans cette nuit", "HNFC"),
        ("aller-retour domicile ↔ AURAR Saint-Paul pour hémodialyse", "AURAR Saint-Paul"),
        ("dialysé chez Diaverum Montpellier depuis mai", "Diaverum Montpellier"),
        ("Contrôle iono à J7 au laboratoire Bioaccess Pont-l'Abbé.", "laboratoire Bioaccess Pont-l'Abbé"),
    ],
)
def test_listed_establishments_masked(text: str, part: str) -> None:
    assert _masked(text, part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after a town is no arrondissement, the next line's first word no site's
        ("vu au CMP Rennes 2 fois par mois", "CMP Rennes"),
        ("GHVB — site de Provins\nMadame, Monsieur,", "GHVB — site de Provins"),
        ("CERBALLIANCE Réunion - site Saint-Paul\nCentre NOM : X", "CERBALLIANCE Réunion - site Saint-Paul"),
    ],
)
def test_the_name_stops_where_it_ends(text: str, expected: str) -> None:
    assert expected in _establishments(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same acronyms and words where no place is said
        "SHU typique (HUS des anglo-saxons) avec insuffisance rénale",
        "cancer du col stade 3C sans métastase",
        "transfert en unité 3C Sud ce soir",
        "corticoïdes pour la prise en charge de l'ICANS de grade 2",
        "la santé au travail a été prévenue par l'employeur",
        "le MSP est un score de gravité",
        "la radiothérapie au centre de radiothérapie de la clinique était prévue",
        "en cardio à vire il fait froid",
        "Le Klinikum a répondu",
        "elle est en médecine à paris depuis 2010",
        "le retour de la fièvre",
        "la rive gauche de la Seine",
    ],
)
def test_no_establishment_where_no_place_is_said(text: str) -> None:
    assert _establishments(text) == []
