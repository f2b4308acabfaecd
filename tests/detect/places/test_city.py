"""Communes from the official list, in a place context only."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("75013 Paris", "Paris"),
        ("76000 Rouen", "Rouen"),
        ("20000 Ajaccio", "Ajaccio"),
        ("76260 EU", "EU"),  # two letters, but after a postcode
        ("76031 ROUEN CEDEX", "ROUEN"),
        ("domiciliée à Lyon", "Lyon"),
        ("né à Saint-Étienne", "Saint-Étienne"),
        ("originaire de Quimper", "Quimper"),
        ("habite Vue depuis 2010", "Vue"),  # a common word, but a strong cue
        ("vit à Sens avec sa fille", "Sens"),
        ("enseignante à Tulle", "Tulle"),
        ("il a vécu au Havre", "Havre"),
        ("transféré du Mans", "Mans"),
        ("en vacances à La Rochelle", "La Rochelle"),
        ("hospitalisée aux Sables-d'Olonne", "Sables-d'Olonne"),
        ("vit à SAINT ETIENNE", "SAINT ETIENNE"),
        ("installée à St-Malo", "St-Malo"),
        ("famille à Boulogne-Billancourt", "Boulogne-Billancourt"),
        ("Boulogne-Billancourt", "Boulogne-Billancourt"),  # a multi-word name needs no cue
        ("Rouen, le 3 mars 2020", "Rouen"),  # dateline of a letter
        ("Mulhouse, le vingt-deux mai", "Mulhouse"),
        ("GHU de Pointe-à-Pitre", "Pointe-à-Pitre"),
        ("12 rue des lilas 69003 lyon", "lyon"),  # lower case, after a postcode in use
        ("76000 rouen cedex", "rouen"),
        ("75013 paris", "paris"),  # « paris » is a word too, but a large city
        ("né à Alger en 1950", "Alger"),  # places of birth abroad: not in the list, but after « né à »
        ("originaire de Bamako", "Bamako"),
        ("née à Casablanca (Maroc)", "Casablanca"),
        ("domiciliée à Genève", "Genève"),
        ("réside à Grödinge, en Suède", "Grödinge"),
        ("né(e) à Oran", "Oran"),
        ("NÉ À ORAN", "ORAN"),
        # where a patient came from
        ("est arrivé de Hanoï en 2016", "Hanoï"),
        ("rapatriée de Dakar par avion sanitaire", "Dakar"),
        ("émigré de Tunis avec sa famille", "Tunis"),
    ],
)
def test_cities_are_found(text: str, expected: str) -> None:
    assert values(text, "VILLE") == [expected] or expected in values(text, "ETABLISSEMENT")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Vue le patient ce matin.",
        "Plan de soins infirmiers.",
        "Sens de la marche conservé.",
        "à tours de rôle",
        "de bonne qualité",
        "maladie de Parkinson, signe de Babinski, syndrome de Guillain-Barré",
        "SERVICE DE CARDIOLOGIE",
        "Dr Laval",
        "Au total, pas de complication.",
        "L'examen retrouve un souffle.",
        "D'abord, la douleur.",
        "à Y",  # too short without a postcode
        "décision de Marche",
        "maladie de Still de l'adulte",  # Still is a commune, and an eponym here
        "respiration de Biot",
        "syndrome de Legg-Perthes-Calvé",
        "10000 vue",  # lower case after five digits: only communes that are not words
        "né à terme",
        "adressé à Mme X",  # not a cue of birth or residence
        "réside en EHPAD depuis 2019",
        "vit en Foyer logement",
        "réside en USLD",
        "arrivée aux Urgences à 3h, arrivé en Réanimation, arrive de Chirurgie",
        "vit en MAS",
    ],
)
def test_common_words_and_eponyms_are_not_cities(text: str) -> None:
    assert values(text, "VILLE") == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Hospitalisée à la clinique du Parc (Lyon 6e) en mai", "Lyon 6e"),
        ("Courrier du Dr Martin (Villeurbanne) reçu", "Villeurbanne"),
        ("Suivi en libéral (Annecy, 74)", "Annecy"),
    ],
)
def test_a_commune_alone_in_brackets_says_where(text: str, city: str) -> None:
    assert values(text, "VILLE") == [city]


@pytest.mark.parametrize(
    "text",
    [
        "traitement (Tours de garde) réparti",  # a word of the commune's name, then more words
        "réponse (Vue normale) à l'examen",  # a commune that is a French word first
    ],
)
def test_words_in_brackets_that_are_no_commune(text: str) -> None:
    assert values(text, "VILLE") == []
