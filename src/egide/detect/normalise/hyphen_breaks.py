"""A word cut at the end of a line with a hyphen read whole: « le 12 no-⏎vembre » → « le 12 novembre »,
« le Dr Ca-⏎rassou » → « le Dr Carassou », « Charleville-Mé-⏎zières » → « Charleville-Mézières »,
« 1050 Ixel-⏎les » → « 1050 Ixelles ».

A letter typeset, scanned or copied from a PDF cuts a word where the line ends and marks the cut with a
hyphen; the reader joins the two parts without a thought, the recognisers read two fragments that are
no month, no town and no name. The hyphen and the line break are deleted when the second part opens
the next line in lower case (the parts of a compound both carry their capital: « Marie-⏎Claude »,
« Saint-⏎Malo » keep their hyphen) and the word joined reads as a word of its kind:

- a month's name, or a common word of six letters or more (« décem-⏎bre », « consul-⏎tation »);
- after a capitalised part, a listed surname, first name or commune (with the parts of its compound
  name written before the cut: « Charleville-Mé-⏎zières »), or a word whose second part is no French
  word, nor the first unless it is a syllable of three letters at most (« Ca-⏎rassou »: a name no list
  holds).

A compound word that the lists also know joined (« porte-⏎monnaie ») is read joined, and nothing is
found in it either way; the text handed on is always the original.
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTHS, unaccented
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

# The hyphen and the line break (led by the hyphen, which ``re`` skips to in C), then what stands
# before them: the letters before the cut, with the compound's parts before them (« Charleville-Mé »),
# and after them: the rest in lower case.
_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*(?=[a-zß-öø-ÿ])")
_HEAD = re.compile(r"(?<![\w'’-])((?:[^\W\d_]+-)*)([^\W\d_]{2,})\Z")
_REST = re.compile(r"[a-zß-öø-ÿ]{2,}(?![\w'’-])")
_REACH = 60
_MONTHS = frozenset(unaccented(m) for m in MONTHS)
_MIN_WORD = 6


def join_hyphen_breaks(draft: Draft) -> None:
    """Delete the hyphen and the line break inside a word cut at the end of a line."""
    text = draft.text
    if "-\n" not in text and "- \n" not in text and "-\r\n" not in text:
        return
    edits: list[Edit] = []
    for cut in _BREAK.finditer(text):
        head = _HEAD.search(text, max(0, cut.start() - _REACH), cut.start())
        rest = _REST.match(text, cut.end())
        if head is not None and rest is not None and _joins(head.group(1), head.group(2), rest.group()):
            edits.append((cut.start(), cut.end(), ""))
    if edits:
        draft.apply(edits)


def _joins(compound: str, first: str, second: str) -> bool:
    """The word joined across the cut is one of its kind (see the module's docstring)."""
    whole = first + second
    low = whole.lower()
    if unaccented(low) in _MONTHS:
        return True
    if first[:1].isupper():
        commune = load_lexicon().commune(compound + whole)
        if commune is not None and (not compound or not commune.is_word):
            return True
        if is_surname(whole) or is_first_name(whole):
            return True
        # (a part of two or three letters says little: « Ca », « Le » are words and a name's syllable alike)
        return not is_common_word(second) and (len(first) <= 3 or not is_common_word(first.lower()))
    return len(whole) >= _MIN_WORD and is_common_word(low)
