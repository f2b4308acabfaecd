"""Establishments no list holds, named by their type and a proper name (issue 8, eleventh probe batch):
a rehabilitation or convalescence centre typed in lower case inside a sentence, a pathology practice or
laboratory, a home named after a place with its article (« … de la Vallée »), one site of an
establishment with several (« GHxx site de … », « CHU de … – site … »). Traps: the type without a
name, the hospital's own unit named by « du CHU », a capital alone on the next line, the word « site »
in prose."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sortie prévue vers le centre de rééducation de Kerbreizh la semaine prochaine.",
         "centre de rééducation de Kerbreizh"),
        ("admis au centre de réadaptation fonctionnelle Les Trois Chênes", "centre de réadaptation fonctionnelle Les Trois Chênes"),
        ("trois semaines en maison de convalescence du Val Fleuri", "maison de convalescence du Val Fleuri"),
        ("Biopsie adressée au cabinet d'anatomie et de cytologie pathologiques des Marronniers.",
         "cabinet d'anatomie et de cytologie pathologiques des Marronniers"),
        ("Pièce envoyée au Laboratoire d'anatomopathologie Saint-Vérand", "Laboratoire d'anatomopathologie Saint-Vérand"),
        ("vit à l'EHPAD Le Clos de la Roseraie depuis 2021", "EHPAD Le Clos de la Roseraie"),
        ("Résidence : Clinique Les Terrasses de l'Ardèche, chambre 12", "Clinique Les Terrasses de l'Ardèche"),
        ("Bilan — Pneumologie — GHBS site de Quimperlé", "GHBS site de Quimperlé"),
        ("transférée au CHU de Lille – site Salengro ce matin", "CHU de Lille – site Salengro"),
        ("hospitalisé à la Clinique du Val, site de Privas", "Clinique du Val, site de Privas"),
    ],
)  # fmt: skip
def test_an_establishment_by_its_type_and_name(text: str, expected: str) -> None:
    assert _establishments(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a hospital: the hospital is the place, the unit's type stays readable
        ("Lame relue au laboratoire d'anatomopathologie du CHU de Nantes.", ["CHU de Nantes"]),
        ("CENTRE DE RÉÉDUCATION — CHRU de Tours", ["CHRU de Tours"]),
        # a letterhead's items: two establishments, not one
        (
            "CHU de Caen — Hôpital de la Côte de Nacre — Neurologie",
            ["CHU de Caen", "Hôpital de la Côte de Nacre"],
        ),
    ],
)
def test_the_establishment_stops_where_it_should(text: str, expected: list[str]) -> None:
    assert _establishments(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Une prise en charge en centre de rééducation est à discuter.",
        "Pièce envoyée au laboratoire d'anatomie pathologique du CHU.",
        "LABORATOIRE D'ANATOMIE ET DE CYTOLOGIE PATHOLOGIQUES\nN° d'examen : 25-00412",
        "Entrée en EHPAD de M. puis retour à domicile.",
        "sur le site de ponction, hématome minime",
    ],
)
def test_no_establishment_there(text: str) -> None:
    assert _establishments(text) == []
