"""A listed site of two words typed in lower case after « urgences de » (probe43's family: « aux urgences
de bel air »): the site whatever its case. Other listed sites here; negatives: words after the same cue."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("elle a attendu 9h aux urgences de beau soleil le 4 decembre", "beau soleil"),
        ("puis transfert à la maternité de bon secours", "bon secours"),
    ],
)
def test_a_listed_site_in_lower_case_after_an_emergency_unit(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("aux urgences de nuit il fait froid", "nuit"),
        ("urgences de beau temps, de bel homme", "beau temps"),
        ("un beau soleil ce matin", "beau soleil"),
    ],
)
def test_words_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="ETABLISSEMENT")
