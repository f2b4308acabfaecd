"""Establishments named by a short name or an acronym that no list holds, told by their context (issue 8):
the acronym of a plural group (« Hôpitaux universitaires de … », « Hospices civils de … ») after a plural
article; an acronym opening a letterhead's line before a dash and a site or its kind written out (in
capitals too); a short name right after a clipped speciality; a pathology or biology practice after
« anapath à », « labo chez ». Traps: a disease's or a test's acronym after « des », a document's kind
before a dash, a word after « anapath à », an eponym without a cue."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patiente de Thonon, actuellement aux HUGE, transfert prévu", ["HUGE"]),
        ("suivi aux HCX depuis 2019 pour sa greffe", ["HCX"]),
        # (the site the dash leads to is part of the name: « GHVB — site de Provins »)
        ("GHVB — site de Provins\nMadame, Monsieur,", ["GHVB — site de Provins"]),
        ("| GHVB — site de Provins |\n| Madame, Monsieur, |", ["GHVB — site de Provins"]),
        ("GHNVS — Groupe hospitalier Nord Val de Seine\nService de gériatrie", ["GHNVS"]),
        ("GHQRT — GROUPE HOSPITALIER DES QUATRE RIVIÈRES ET TERRES\nHôpital Jean Valmont", ["GHQRT"]),
        ("staff : Lemoine → attente avis neurochir Pitié ; Roux → sortie", ["Pitié"]),
        ("biopsie cutanée ce jour, anapath à Dermapat, résultat dans 10 jours", ["Dermapat"]),
        ("prélèvements envoyés, labo chez Biolyra pour le dosage", ["Biolyra"]),
    ],
)
def test_establishments_told_by_their_context(text: str, expected: list[str]) -> None:
    assert [e for e in _establishments(text) if e in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        "dosage des HCG chez la patiente ce matin, puis des HCQ",
        "FAX — Clinique du Val, transmis ce matin",
        "OBJET — Hôpital de jour, planning de la semaine",
        "résultats : anapath à revoir en RCP, labo à jeun demain",
        "signe de Trousseau positif à l'examen",
    ],
)
def test_no_establishment_there(text: str) -> None:
    found = _establishments(text)
    assert not [e for e in found if e in {"HCG", "HCQ", "FAX", "OBJET", "Trousseau"} or e.islower()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("évacuation sanitaire de Papaïchton ; arrivée au CHC le 12/03.", ["CHC"]),
        ("transférée au CHD hier soir pour la suite", ["CHD"]),
    ],
)
def test_an_ambiguous_acronym_after_an_arrival(text: str, expected: list[str]) -> None:
    assert [e for e in _establishments(text) if e in expected] == expected


def test_a_carcinoma_stays_readable() -> None:
    assert _establishments("suivi pour un CHC sur cirrhose, bilan au CHU") == []
