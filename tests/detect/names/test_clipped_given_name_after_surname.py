"""A given name clipped to two letters and a dot after a surname in capitals (issue 8, third probe
batch's family: « BRUNEAU Ch. » in a dispensing register), the way registers and lists write it: the
clipped name is part of the name, as a one-letter initial is. Trap: a room's number after the dot."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label in ("NOM", "PRENOM")]


@pytest.mark.parametrize(
    ("text", "clipped"),
    [
        ("Registre | 14/05 | GIRAUD Th. | buprénorphine 8 mg", "Th"),
        ("Délivré à : LEFEBVRE Ph. ; reste 3 flacons", "Ph"),
    ],
)
def test_the_clipped_given_name_is_masked(text: str, clipped: str) -> None:
    assert any(name.endswith(clipped) for name in _names(text)), _names(text)


def test_a_room_after_the_dot_is_not_read_as_a_name() -> None:
    assert "Ch" not in " ".join(_names("GIRAUD Ch. 12 : pansement refait"))
