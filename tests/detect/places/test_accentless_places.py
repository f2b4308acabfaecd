"""Places in French typed without accents (issue #8): « a » stands for « à » before a commune whose
name is also a word (« comptable a Calais », « vit seul a Gueret »), and after a birth or residence
cue (« reside a Hjortvik »). Traps: the verb « a » where the accents are written (« elle a Calais en
tête »)."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_PLAIN = (
    "Patient de 61 ans, HTA traitee, diabete de type 2 sous metformine, suivi regulier en consultation. "
    "{sentence} Pas d'allergie connue. Tabac sevre depuis des annees, alcool occasionnel. Examen "
    "clinique sans particularite ce jour, tension a 13/8, pouls regulier."
)
_WRITTEN = (
    "Patient de 61 ans, HTA traitée, diabète de type 2 sous metformine, suivi régulier en consultation. "
    "{sentence} Pas d'allergie connue. Tabac sevré depuis des années, alcool occasionnel. Examen "
    "clinique sans particularité ce jour, tension à 13/8, pouls régulier."
)


def _cities(text: str) -> list[str]:
    return [text[f.start : f.end] for f in Detector().detect(text) if f.label == "VILLE"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il vit seul a Gueret, sa fille passe le voir.", ["Gueret"]),
        ("Travaille comme comptable a Calais depuis vingt ans.", ["Calais"]),
        ("Le medecin traitant est le Dr Ferrand a Vichy.", ["Vichy"]),
    ],
)
def test_a_without_its_accent_before_a_commune(sentence: str, expected: list[str]) -> None:
    assert _cities(_PLAIN.format(sentence=sentence)) == expected


def test_a_after_a_residence_cue() -> None:
    text = "M. Sigurd Hallvik reside a Hjortvik, en Norvege."
    assert _cities(text) == ["Hjortvik"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle a Calais en tête depuis son enfance.",  # the verb, where accents are written
        "Il a Orange pour projet de vacances.",
    ],
)
def test_the_verb_a_stays(sentence: str) -> None:
    assert _cities(_WRITTEN.format(sentence=sentence)) == []
