"""A hospital named by its short name where a patient left it or came from (issue #8, probe10's residual
misses: an SMS): « elle est sortie de la Timone mardi », « il sort de Bichat demain », « revenu de la
Pitié », « en provenance de Purpan ». Traps: the same words before an eponym or a street."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ma mère est sortie de la Pitié hier soir", ["Pitié"]),
        ("il sort de Purpan demain matin", ["Purpan"]),
        ("revenue de Necker avec son fils", ["Necker"]),
        ("patient en provenance de Lariboisière", ["Lariboisière"]),
        ("elle est sortie de la timone mardi", ["la timone"]),
    ],
)
def test_a_short_name_after_a_stay(text: str, names: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == names


@pytest.mark.parametrize(
    "text",
    ["la boule de Bichat est visible", "signe de Trousseau positif, sortie de crise"],
)
def test_no_hospital_without_the_cue(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
