"""A commune that is also a given name, after a weak link and before a surname, is the person's given
name (issue #8, press: « l'entourage de François Bayrou »; « François » is a commune's name): no
town is read there, and the name is read whole. A common word after it leaves the town (« la gare de
Nancy Ville »), and a strong cue keeps it (« originaire de Nancy »). All text is invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], str(f.label)) for f in _DETECTOR.detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contacté, l'entourage de François Bayrouzet n'a pas souhaité commenter.", "François Bayrouzet"),
        ("Le règne de François Ier fut long.", "François Ier"),
    ],
)
def test_given_name_before_a_surname_is_no_town(text: str, name: str) -> None:
    found = _found(text)
    assert (name, "NOM") in found
    assert not [f for f in found if f[1] == "VILLE"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le train de Nancy Ville part à 8 h.", "Nancy"),
        ("Elle est originaire de Nancy depuis toujours.", "Nancy"),
    ],
)
def test_town_stays(text: str, town: str) -> None:
    assert (town, "VILLE") in _found(text)
