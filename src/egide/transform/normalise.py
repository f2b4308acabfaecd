"""How two spellings of one value are recognised as the same value: case and spacing do not count."""

from __future__ import annotations

_QUOTES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})


def value_key(value: str) -> str:
    """« M.  Jean DUPONT » and « m. jean dupont » are the same value in one scope."""
    if not value.isascii():  # typographic apostrophes and non-breaking spaces count as plain ones
        value = value.translate(_QUOTES)
    return " ".join(value.casefold().split())
