"""Emergency units named by their town (probe45's family: « SMUR : SMUR Lille », « envoi VSAV + SMUR
Doullens », « SMUR de Saint-Valery... non dispo → SMUR Dieppe », « SOS Mains Le Havre »): the unit of that
town's hospital, masked whole. Negatives: a unit's kind or a time after « SMUR » names no town, and the
SAMU keeps its town alone."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Fiche de liaison\nSMUR : SMUR Millau     Date : 07/12/2026", "SMUR Millau"),
        ("Décision : envoi VSAV + SMUR Pithiviers", "SMUR Pithiviers"),
        ("décision MR : SMUR de Saint-Affrique... non dispo → SMUR Figeac", "SMUR de Saint-Affrique"),
        ("décision MR : SMUR de Saint-Affrique... non dispo → SMUR Figeac", "SMUR Figeac"),
        ("contrôle de la plaie à SOS Mains La Rochelle.", "SOS Mains La Rochelle"),
    ],
)
def test_an_emergency_unit_with_its_town_is_masked_whole(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("appel au SMUR Pédiatrique pour transfert", "SMUR Pédiatrique"),
        ("le SMUR de garde est parti, le SMUR de nuit aussi", "SMUR de garde"),
        ("SOS Main La nuit c'est fermé", "La nuit"),
        ("SAMU Montauban régule.", "SAMU"),
    ],
)
def test_no_town_there(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
