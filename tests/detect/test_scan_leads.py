"""The patterns scanned over a whole text open on a literal or a class, so that ``re`` skips in C to
where a match may begin: a pattern that opens on a look-behind, or an alternation whose branches open
on a class or a group, is tried whole at every character (three to seven times slower on a clinical
note). Each is checked here as ``re`` compiles it, and on texts for what it finds."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from egide.detect.normalise.boxed_dates import _SHORT_PREFILTER
from egide.detect.normalise.broken_names import _BROKEN
from egide.detect.normalise.lookalikes import _L_IN_CAPITALS, _POSTCODE_FIELD
from egide.detect.places.unnumbered_line import _LABELLED_PLACE
from egide.detect.recognisers.fr.dates.birth import _CELL_PREFILTER
from egide.detect.recognisers.fr.dates.misspelt_months import _HIT

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")


def _skips_ahead(regex: re.Pattern[str]) -> bool:
    """Whether ``re`` compiles ``regex`` with a literal prefix or a set of first characters."""
    parsed = _parser.parse(regex.pattern, regex.flags)
    flags = parsed.state.flags
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))


_SCANNED = {
    "birth cell": _CELL_PREFILTER,
    "l in capitals": _L_IN_CAPITALS,
    "broken name": _BROKEN,
    "labelled place": _LABELLED_PLACE,
    "misspelt month": _HIT,
    "boxed date": _SHORT_PREFILTER,
    "postcode field": _POSTCODE_FIELD,
}


@pytest.mark.parametrize("name", sorted(_SCANNED))
def test_scan_skips_ahead(name: str) -> None:
    assert _skips_ahead(_SCANNED[name])


@pytest.mark.parametrize(
    ("regex", "text", "found"),
    [
        (_CELL_PREFILTER, "dupont | m | 14/03/1950", ["| m |"]),
        (_CELL_PREFILTER, "dupont jean  m  140350", ["  m  "]),
        (_CELL_PREFILTER, "dupont_  m  140350", []),
        (_L_IN_CAPITALS, "MlLLAU lRlBARREN KCl l'IRM", ["l", "l", "l", "l"]),
        (_L_IN_CAPITALS, "xlABC", []),
        (_BROKEN, "vu par Dr Ce c c a1 d i hier", ["Dr Ce c c a1 d i"]),
        (_BROKEN, "Professeur Ma r t in", ["Professeur Ma r t in"]),
        (_BROKEN, "XDr Ce c c a d", []),
        (_LABELLED_PLACE, "Domicile : La Grande Borde, Figeac", ["Domicile : La Grande Borde, "]),
        (_LABELLED_PLACE, "adresse : Kerhuel, Huelgoat", ["adresse : Kerhuel, "]),
        (_HIT, "le 12 novambre et le 1er févirer", ["2 novam", "er févir"]),
        (_SHORT_PREFILTER, "né le 1 4/0 2/1953", ["1 4/", "0 2/"]),
        (_POSTCODE_FIELD, "CP : 75OO1, code postal 13 OO2", ["CP : 75OO1", "code postal 13 OO2"]),
        (_POSTCODE_FIELD, "ACP 75001", []),
    ],
)
def test_scan_finds(regex: re.Pattern[str], text: str, found: list[str]) -> None:
    assert [m.group() for m in regex.finditer(text)] == found
