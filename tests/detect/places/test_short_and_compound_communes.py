"""Communes as prompts typed into a chatbot name them (issue 8, probe16's family): a compound whose link
is « à » or a link word before an elided article (« de Morne-à-l'Eau », « né à Saint-Georges-de-
l'Oyapock »); a town called by the first word of its name (« vit à Ivry », « de Vitry », « à Brive »);
a town after a dash that closes a laboratory's or a practice's header (« Laboratoire Biogroup —
Besançon »). Traps: a word after a dash (« Dr Martin — Cardiologie »), the first word of a compound
that is a French word (« très Fort »), a commune that is a word after a dash (« — Sens »)."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Mme Alexis, 79 ans, de Morne-à-l'Eau, chute", "Morne-à-l'Eau"),
        ("originaire de Morne-à-l'Eau", "Morne-à-l'Eau"),
        ("né à Saint-Georges-de-l'Oyapock le 3 mai", "Saint-Georges-de-l'Oyapock"),
        ("habite Saint-Martin-de-l'Arçon depuis 2010", "Saint-Martin-de-l'Arçon"),
        ("vit au 8 rue Danton à Ivry. Diabète", "Ivry"),
        ("habite à Vitry avec sa fille", "Vitry"),
        ("rentre chez lui à Brive demain", "Brive"),
        ("domiciliée à Noisy, sans famille", "Noisy"),
        ("Laboratoire Biogroup — Besançon\nN° demande : 7710", "Besançon"),
        ("Cabinet du Dr Hamon - Lannion\nOrdonnance", "Lannion"),
        ("Pharmacie des Halles — Quimperlé\nDélivré le 3/4", "Quimperlé"),
    ],
)
def test_the_commune_is_found(text: str, city: str) -> None:
    assert city in values(text, "VILLE")


@pytest.mark.parametrize(
    "text",
    [
        "Dr Martin — Cardiologie\nRAS",
        "Laboratoire Cerballiance — Sens\nRAS",
        "un souffle très Fort à l'auscultation",
        "le patient est passé par Noisy",  # no residence's or origin's cue
    ],
)
def test_no_commune_is_made_up(text: str) -> None:
    assert values(text, "VILLE") == []
