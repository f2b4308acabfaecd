"""Whole-text changes of letters: all capitals, all lower case, accents stripped.

Typed in a hurry, exported by old software, or read back by OCR: « JEAN DUPONT NE LE 14/03/1950 A
EVREUX », « jean dupont ». One edit per character that changes (``str.upper`` can lengthen one:
« ß » → « SS »), so gold spans move exactly.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence

from bench.perturb.edits import Edit, GoldSpan


def _per_character(
    change: Callable[[str], str],
) -> Callable[[str, Sequence[GoldSpan], random.Random], list[Edit]]:
    def transform(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
        return [Edit(i, i + 1, new) for i, c in enumerate(text) if (new := change(c)) != c]

    return transform


def strip_accents(c: str) -> str:
    """« é » → « e », « Ç » → « C »; letters without a decomposition (« œ », « ß ») stay."""
    return "".join(part for part in unicodedata.normalize("NFD", c) if not unicodedata.combining(part))


upper = _per_character(str.upper)
lower = _per_character(str.lower)
accents = _per_character(strip_accents)
