"""Symbols for letters inside a name read as the letters: « Fr@nçoise » → « Françoise », « Jo$é » → « José »,
« Hél€ne » → « Hélène » (issue 8, probe19: an OCR or someone slipping past a filter writes « @ » for an
« a », « $ » for an « s », « € » for an « e »).

Only inside a word (a letter on each side of the symbol), and only where the word then reads as a first
name or a surname of the lists: an e-mail address (a dot after the « @ » in the same chunk) and a price
(« 12 € ») are left as written.
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit

_AS_LETTER = {"@": "a", "$": "s", "€": "e"}
# A symbol between two letters (the scan is led by the symbol: « re » skips to it in C).
_SYMBOL = re.compile(r"[@$€](?<=[^\W\d_][@$€])(?=[^\W\d_])")
# The rest of an e-mail's address after its « @ »: a dot then a letter before the next space.
_DOMAIN = re.compile(r"[^\s@]{0,80}\.[^\W\d_]")
_MAX_SYMBOLS = 2
_MIN_LETTERS = 3


def read_symbol_letters(draft: Draft) -> None:
    """Read « @ », « $ », « € » inside a word as the letters they stand for, when it then is a name."""
    text = draft.text
    if "@" not in text and "$" not in text and "€" not in text:
        return
    edits: list[Edit] = []
    done = 0
    for hit in _SYMBOL.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _AS_LETTER):
            start -= 1
        end = hit.end()
        while end < len(text) and (text[end].isalpha() or text[end] in _AS_LETTER):
            end += 1
        done = end
        if text[hit.start()] == "@" and _DOMAIN.match(text, hit.end()):
            continue  # « marie@chu-nancy.fr »: an e-mail's address
        token = text[start:end]
        symbols = [i for i, c in enumerate(token) if c in _AS_LETTER]
        if len(symbols) > _MAX_SYMBOLS or len(token) - len(symbols) < _MIN_LETTERS:
            continue
        upper = token.replace("@", "").replace("$", "").replace("€", "").isupper()
        reading = "".join(
            (_AS_LETTER[c].upper() if upper else _AS_LETTER[c]) if c in _AS_LETTER else c for c in token
        )
        if is_first_name(reading) or is_surname(reading):
            edits.extend((start + i, start + i + 1, reading[i]) for i in symbols)
    if edits:
        draft.apply(edits)
