"""A rank or a household's word that the OCR misread, right before a name (issue #8, OCR'd press):
« le généra! Gamelin » (« l » read « ! »), « la lemme Saugé » (« f » read « l »), « le capitainc
Dreyfus » (« e » read « c »).

Old print confuses a few letters in a known way: « l » with « ! », « 1 », « i », « t » and « f » (the
long « ſ »), « e » with « c », « m » with « rn », « n » with « u ». A word one such slip away from a rank
(:data:`naming.ROLE_TITLES`) or a household's word (:data:`naming.HOUSEHOLD`) is read as that word, so
that the rank goes with the name as it would written right. The readings are made once, when the
module loads: reading a word is one dictionary lookup, and only the word right before a name already
found is read. A word that is itself a French word (« conte », « lemme » stays a lemma elsewhere) is
read so only in that place, after an article and before a found name.
"""

from __future__ import annotations

from egide.detect.names.lexicon import fold
from egide.detect.names.naming import HOUSEHOLD, ROLE_TITLES

#: The OCR's usual slips: what is printed, for each letter as written.
_SLIPS: dict[str, tuple[str, ...]] = {
    "l": ("1", "i", "t", "f"),
    "f": ("l", "t"),
    "t": ("l", "f"),
    "e": ("c",),
    "c": ("e",),
    "m": ("rn", "in"),
    "n": ("u",),
    "u": ("n",),
}
#: The words misreadings are made of: the ranks as written, and the household's words (folded).
_TARGETS: frozenset[str] = ROLE_TITLES | HOUSEHOLD


def _misreadings(word: str) -> set[str]:
    """``word`` with one letter slipped as the OCR slips it."""
    out = set()
    for i, c in enumerate(word):
        for slip in _SLIPS.get(c, ()):
            out.add(word[:i] + slip + word[i + 1 :])
    return out - {word}


#: Each misreading, lower case, with the word it stands for (a misreading two words share is left out).
_READINGS: dict[str, str] = {}
_SHARED: set[str] = set()
for _word in sorted(_TARGETS):
    for _m in _misreadings(_word):
        if _m in _READINGS and _READINGS[_m] != _word:
            _SHARED.add(_m)
        _READINGS[_m] = _word
for _m in _SHARED | _TARGETS | {fold(w) for w in _TARGETS}:
    _READINGS.pop(_m, None)
# « généra! », « généra1 »: the last « l » read as a sign that ends the word; the sign is in the gap
_LAST_L = frozenset({"!", "1", "|", "I"})


def ocr_rank(word: str, gap_after: str) -> str | None:
    """The rank or household's word ``word`` stands for when the OCR misread one letter of it
    (``gap_after``: the characters between it and the name), else ``None``."""
    low = word.lower()
    if gap_after == " ":
        return _READINGS.get(low)
    if gap_after[:1] in _LAST_L and gap_after[1:] == " ":
        whole = low + "l"
        if whole in _TARGETS:
            return whole
    return None
