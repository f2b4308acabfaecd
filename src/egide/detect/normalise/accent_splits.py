"""A name an OCR cut at its accented letters read whole: « Gis è le » → « Gisèle », « J ér ôme » →
« Jérôme », « Val ér ie » → « Valérie », « Fr éd éric » → « Frédéric ».

An OCR reads an accented letter as a glyph of its own and often sets a space on either side of it; a
name then falls into fragments that no list knows, and the recognisers read the first fragment alone.
Only the stretches where a space stands before an accented letter (« Mich è le », « J ér ôme ») are
read: a name cut only after its accent (« Valér ie ») is left.
The fragments are joined when every space between them touches an accented letter (on the letter
before or after it, or one further), the first fragment opens on a capital and the others are in
lower case, and the word joined is a first name or a surname of the lists, four letters or more, that
is no French word. A fragment that is a little word of French (« a », « le », « est ») ends the name,
unless it follows an accented letter alone (« Gis è le »): « André a dit » stays as it is.
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.normalise.split_words import LITTLE_WORDS

_ACCENTED = "àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ"
# A capitalised fragment, then one to three fragments in lower case, one space apart; led by the
# capital, so that the scan skips ahead in C. Cheap test first: an accented letter next to a space.
_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?: [a-zß-öø-ÿ]+){1,3}(?![\w'’-])")
# Where a cut may be: a space after a letter, before an accented letter that opens no usual word of
# French (« à », « où » and « ô » open them; « été », « état » do, and are read, and let go, below).
# Led by the space, which ``re`` skips to in C; only the few stretches around one are read.
_CUT = re.compile(r" (?<=[^\W\d_] )(?=[éèêëîïûüç])")
# How far before a cut the name's first fragment may open, and after it the run may end.
_BEFORE_CUT = 24
_AFTER_CUT = 40
_MIN_NAME = 4


def _touches_accent(text: str, space: int) -> bool:
    return any(c in _ACCENTED for c in text[max(0, space - 2) : space] + text[space + 1 : space + 3])


def _name(word: str) -> bool:
    return len(word) >= _MIN_NAME and (is_first_name(word) or is_surname(word)) and not is_common_word(word)


def join_accent_splits(draft: Draft) -> None:
    """Delete the spaces an OCR set around the accented letters of a name."""
    text = draft.text
    edits: list[Edit] = []
    done = 0
    for cut in _CUT.finditer(text):
        if cut.start() < done:
            continue
        m = next(
            (
                r
                for r in _RUN.finditer(text, max(done, cut.start() - _BEFORE_CUT), cut.start() + _AFTER_CUT)
                if r.start() < cut.start() < r.end()
                and (r.end() < cut.start() + _AFTER_CUT or r.end() == len(text))
            ),
            None,
        )
        if m is None:
            continue
        done = m.end()
        parts = m.group().split(" ")
        best = 0
        for n in range(2, len(parts) + 1):
            fragment, previous = parts[n - 1], parts[n - 2]
            lone_accent = len(previous) == 1 and previous in _ACCENTED
            if fragment in LITTLE_WORDS and not lone_accent:
                break
            space = m.start() + len(" ".join(parts[: n - 1]))
            if not _touches_accent(text, space):
                break
            if _name("".join(parts[:n])):
                best = n
        space = m.start()
        for k in range(1, best):
            space += len(parts[k - 1])
            edits.append((space, space + 1, ""))
            space += 1
    if edits:
        draft.apply(edits)
