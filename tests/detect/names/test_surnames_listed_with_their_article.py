"""A surname that the lists hold only with its article (« Le Goff », « LE GOFF »: « Goff » alone is in no
list), after a room's number in brackets or as a row's value (issue 8, first probe batch's family:
« ch 8 (LE GOFF) »). Traps: an article before a common word that is also such a surname stays prose."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label in ("NOM", "PRENOM")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lit 12 (LE GOFF) : dextro 1,8 g/l, resucrage", "LE GOFF"),
        ("Relève de nuit — Le Goff : dort, pas d'appel.", "Le Goff"),
    ],
)
def test_the_surname_is_found_with_its_article(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


def test_an_article_before_a_word_stays_prose() -> None:
    assert _names("Le Breton parlé à la maison, traduction par la fille.") == []
