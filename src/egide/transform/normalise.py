"""How two spellings of one value are recognised as the same value: case and spacing do not count.

For surrogates the accents do not count either (:func:`fold`): a model writes « Anais » for « Anaïs ».
"""

from __future__ import annotations

import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})


def value_key(value: str) -> str:
    """« M.  Jean DUPONT » and « m. jean dupont » are the same value in one scope."""
    if not value.isascii():  # typographic apostrophes and non-breaking spaces count as plain ones
        value = value.translate(_QUOTES)
    return " ".join(value.casefold().split())


def fold(text: str) -> str:
    """``text`` case folded and without accents: « Anaïs » and « ANAIS » are the same surrogate."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
