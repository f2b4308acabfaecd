"""A commune typed in lower case with spaces where its name has hyphens (issue 8, fourth probe batch's
family: « ccas de vaulx en velin »), as a note typed fast writes it: read as the list of communes writes
it, then found as that commune. Trap: a word after « à » that is no commune stays prose."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rdv pris au ccas de fontenay sous bois pour le dossier apa", "fontenay sous bois"),
        ("il est né à saint pierre des corps, célibataire", "saint pierre des corps"),
    ],
)
def test_the_commune_is_found(text: str, expected: str) -> None:
    assert expected in _found(text, "VILLE")


def test_prose_after_a_stays_prose() -> None:
    assert _found("elle vit à peu près seule depuis le décès", "VILLE") == []
