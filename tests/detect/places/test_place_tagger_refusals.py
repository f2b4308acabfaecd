"""What the place tagger must not mark, now that it is on: what the rules refuse on purpose.

Synthetic text only. Each family is a veto of the town or establishment recognisers
(:mod:`egide.detect.places.not_a_place`), or one of the tagger's own families on text without
identifiers (QUAERO's leaflets and MEDLINE titles): with the tagger on, these stay readable; and the
places only the tagger reads (after « a » in a note typed without accents, a town abroad someone was
held in, a small commune in a nurse's round) are still masked.
"""

from __future__ import annotations

import pytest

from egide.detect import DetectConfig, Detector


@pytest.fixture(scope="module")
def with_tagger() -> Detector:
    return Detector(DetectConfig(use_place_tagger=True))


@pytest.fixture(scope="module")
def without_tagger() -> Detector:
    return Detector(DetectConfig(use_place_tagger=False))


REFUSED = [
    # the verb « a » after its subject, where « à » would have its accent
    "Il a Vichy comme projet de cure cet été.",
    "Il a Orange pour projet de vacances.",
    # a commune that is also a word, written as the word
    "Rappel en consultation, 62300, Ordre, Sens unique.",
    # a city abroad that no person is in: a paper's title, a history of medicine
    "Épidémie de rougeole observée en 2011 à Bamako chez le nourrisson.",
    "Les hôpitaux militaires à Istanbul au XIXe siècle.",
    "La médecine arabe à Cordoue au Moyen Âge.",
    # a region after « en »
    "Elle vit en Beauce, il travaille en Sologne.",
    # a paper's affiliation, a meeting's place
    "Résultats du Service du Pr Martin, Hôpital Nord, 13 - Marseille .",
    "Rapports du Ve Congrès de la Société Française de Médecine Vasculaire , Versailles , France , 21 - 23 septembre 2006 .",
    # the address of a company in a leaflet
    "Norgine Healthcare Limited Regional Service Centre Falcon Lane Harlow Essex CM19 5TJ Royaume-Uni",
    "Orion Pharma Limited Nordic Distribution Centre Kestrel Way Sheffield S9 2RP Royaume-Uni",
    # an establishment's kind and speciality, no name
    "CENTRE DE RÉADAPTATION — CHU de Brest",
    # the maker in a medicine's whole name
    "Relais par Gliclazide Eg Labo Laboratoires Eurogenerics le soir.",
    # the coded fields of a message
    "MSH|^~\\&|DXCARE|CH_VICHY|LAB|CH_VICHY|20261203101522||ORU^R01|4481207|P|2.5",
    # a French word glued by an underscore: a part of a variable's or a column's name
    "x = CH_TOTAL + 1",
    "si CHU_MOYENNE > 2 alors alerte",
    "export : CH_SORTIE;CH_ENTREE;DUREE",
]

KEPT = [
    ("Il déclare avoir été détenu à Kandahar en 2018, puis libéré.", "Kandahar"),
    ("atcd : appendicectomie 1998 a quimperle, fracture poignet", "quimperle"),
    ("Tournée IDE — Kerlouan, Plouider : pansement jambe G", "Plouider"),
]


@pytest.mark.parametrize("text", REFUSED)
def test_the_tagger_marks_nothing_the_rules_refuse(
    with_tagger: Detector, without_tagger: Detector, text: str
) -> None:
    added = set(with_tagger.detect(text)) - set(without_tagger.detect(text))
    assert not added, [(f.label, text[f.start : f.end], f.source) for f in added]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_the_places_only_the_tagger_reads_are_still_masked(
    with_tagger: Detector, text: str, place: str
) -> None:
    start = text.index(place)
    end = start + len(place)
    found = with_tagger.detect(text)
    assert any(f.start <= start and end <= f.end and f.label in {"VILLE", "ETABLISSEMENT"} for f in found)


def test_an_anatomist_after_an_anatomical_head_is_no_hospital(with_tagger: Detector) -> None:
    # « boule de Bichat »: the body of fat, not the Paris hospital named after the same anatomist
    text = "Échographie jugale : boule de Bichat hypertrophiée, sans collection."
    assert not with_tagger.detect(text)


@pytest.mark.parametrize(
    "text",
    [
        # an administration's title, French words capitalised; a company's name before its form
        "Dossier envoyé à la Maison Départementale des Personnes Âgées la semaine passée.",
        "Correspondant local : Centre Produits Pharmaceutiques.",
    ],
)
def test_titles_of_administrations_and_companies_stay_readable(
    with_tagger: Detector, without_tagger: Detector, text: str
) -> None:
    added = set(with_tagger.detect(text)) - set(without_tagger.detect(text))
    assert not added, [(f.label, text[f.start : f.end], f.source) for f in added]
