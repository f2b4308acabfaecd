"""The user a record screen's footer names when it is printed or pasted (issue 8, probe16's family:
« CHU Besançon — Utilisateur : MOUGIN C — Page 2 / 4 »): a header label like « Patient », its name
masked with its initial, the label and the establishment before it kept apart; and a care role's
abbreviation alone as who entered or validated a note (« Saisi par : SF — Maternité »), no person."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("CHU Besançon — Utilisateur : MOUGIN C — Page 2 / 4", ["MOUGIN", " C "]),
        ("Clinique du Parc — Utilisatrice : Claire VERNET — Page 1/2", ["Claire", "VERNET"]),
    ],
)
def test_the_user_a_screens_footer_names_is_masked(text: str, secrets: list[str]) -> None:
    covered = {k for f in engine().detect(text) for k in range(f.start, f.end)}
    for secret in secrets:
        start = text.index(secret)
        assert all(k in covered for k in range(start, start + len(secret)) if text[k].isalnum()), secret
    assert "Utilisat" not in "".join(text[k] for k in sorted(covered))  # the label stays


@pytest.mark.parametrize(
    "text", ["Saisi par : SF — Maternité du Parc", "Validé par : IDE\nLe 12/03", "Rédigé par : AS"]
)
def test_a_care_roles_abbreviation_after_par_is_no_person(text: str) -> None:
    assert engine().detect(text) == [] or all(f.label.value != "NOM" for f in engine().detect(text))


@pytest.mark.parametrize(
    ("text", "name"), [("Saisi par : IDE Martin", "Martin"), ("Saisi par : MARTIN", "MARTIN")]
)
def test_a_name_after_par_is_still_found(text: str, name: str) -> None:
    assert any(text[f.start : f.end].endswith(name) for f in engine().detect(text))
