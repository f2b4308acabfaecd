"""A four-digit postcode abroad vouched for by the numbered street before it (synthetic addresses)."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label

ENGINE = Detector()


def codes(text: str) -> set[str]:
    return {text[f.start : f.end] for f in ENGINE.detect(text) if f.label == Label.CODE_POSTAL}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("chez sa fille (3 rue du Stand, 1204), Genève", "1204"),
        ("Domicile : 5 rue de Rome, 1000 Tunis", "1000"),
        ("adresse 21 avenue de France, 4000 Sousse", "4000"),
        ("vit au 9 bd Carl-Vogt, 1205) depuis mars", "1205"),
    ],
)
def test_four_digits_after_a_street_are_its_postcode(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vu au 12 rue Pasteur, 2019 Hospitalisation pour chute",
        "12 rue Pasteur, 2000 mg de paracétamol",
        "Opéré le 3 rue Pasteur, en 2018 Lyon",
    ],
)
def test_a_year_or_a_dose_after_a_street_is_no_postcode(text: str) -> None:
    assert not codes(text)
