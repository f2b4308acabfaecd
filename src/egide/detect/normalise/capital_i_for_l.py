"""A lower-case « l » a scan read as a capital « I » inside a capitalised word: « MarieIine »,
« GiseIe », « DanieIIe ».

The two letters look alike in most printed fonts. Inside a word whose other letters after its first
are in lower case, a capital « I » is no letter of French: read as « l » where the word then is a
listed first name or surname and was none as written (« McIntyre », « DiIorio » stay as written: no
list holds the reading with « l »).
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit

# A capitalised word with a capital « I » after a lower-case letter (« MarieIine », « DanieIIe »).
_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][a-zà-ÿ]+I[a-zà-ÿI]*(?![^\W\d_])")
# What every such word holds: a lower-case letter then « I ». Most texts hold an « I » (« IRM »,
# « IDE ») but none after a lower-case letter, and this scan is cheaper than the word's.
_GATE = re.compile(r"[a-zà-ÿ]I")


def _listed(word: str) -> bool:
    return is_first_name(word) or is_surname(word)


def read_capital_i_as_l(draft: Draft) -> None:
    """Read the capital « I » inside a capitalised word as the « l » it was, where the word reads then
    as a listed name."""
    text = draft.text
    if "I" not in text or not _GATE.search(text):
        return
    edits: list[Edit] = []
    for m in _WORD.finditer(text):
        word = m.group()
        reading = word[0] + word[1:].replace("I", "l")
        if _listed(word) or not _listed(reading):
            continue
        edits.extend((i, i + 1, "l") for i, c in enumerate(word, m.start()) if i > m.start() and c == "I")
    draft.apply(edits)
