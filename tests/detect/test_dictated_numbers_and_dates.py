"""Dictated notes as they are pasted into a chatbot (issue 8, probe16's family): a record's number read
digit by digit after its label, shorter than the eight digits a bare run needs (« numéro de dossier
quatre cinq zéro un deux trois »), a date in figures read as its numbers (« le vingt-cinq onze deux mille
vingt-six »), and the clipped words of an imaging request, no name (« écho abdo »). Traps: doses and
counts in words, a quantity of « deux mille »."""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise
from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "patient traoré numéro de dossier quatre cinq zéro un deux trois foie normal",
            "quatre cinq zéro un deux trois",
        ),
        ("ipp sept huit deux zéro un quatre", "sept huit deux zéro un quatre"),
        ("dossier patient : un deux trois quatre cinq, vu ce jour", "un deux trois quatre cinq"),
        ("NDA : neuf neuf zéro deux un sept", "neuf neuf zéro deux un sept"),
    ],
)
def test_a_record_number_dictated_after_its_label_is_masked(text: str, number: str) -> None:
    assert ENGINE.masks(text, number)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("écho abdo du vingt-cinq onze deux mille vingt-six patient", "vingt-cinq onze deux mille vingt-six"),
        (
            "née le premier trois mille neuf cent cinquante-deux",
            "premier trois mille neuf cent cinquante-deux",
        ),
        ("vu le quatorze sept deux mille vingt-cinq aux urgences", "quatorze sept deux mille vingt-cinq"),
    ],
)
def test_a_date_dictated_as_its_numbers_is_masked(text: str, date: str) -> None:
    assert ENGINE.masks(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "prendre deux comprimés trois fois par jour pendant dix jours",
        "il a reçu deux mille unités d'héparine",
        "écho abdo ce jour : foie normal, radio pulm sans anomalie",
        "chambre douze lit deux, trois perfusions",
    ],
)
def test_counts_and_clipped_words_stay(text: str) -> None:
    assert ENGINE.detect(text) == []


def test_a_short_run_without_a_label_is_left_in_words() -> None:
    text = "quatre cinq zéro un deux trois"
    assert normalise(text).text == text
