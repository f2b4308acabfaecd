"""The words of a name typed in lower case right before a birth's cue: « Bandeau DPI : rouchaud kevin — né le
06/08/1995 », « Objet : mme castagné odile, ddn 09/04/1961 », « groupage : iturralde maite née arrieta, ddn
2/3/94 » (issue #8, probe36 and probe41: banners copied out of a record system, letters and requests typed
in a hurry, the name in lower case).

A banner or a field gives the person, then the birth (« né(e) le », « ddn », « DDN »): what stands between
the field's start and the cue is who is born. The name readers want a capital or a listed name to read a
name in lower case; the cue after it says it is one whatever the case. The words are read back from the cue
to the field's start: a colon, a title of address (« mme », « mr », « m. », « madame »), a dash or a bullet
opening the line, or the line's start; one to five words of letters (a maiden name after « née » or « ép. »
among them, words only: a tab parts a table's cells), none of them a field's label, a medical word or a
medicine, one at least no common French word (« enceinte,
née le … » names nobody).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.cues import HEADER_LABELS
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.medicines import medicine_names
from egide.detect.names.wordlist import words

# The birth's cue after the name: a comma, a dash or a bracket maybe, then « né(e) le », « ddn », « DDN ».
_CUE = re.compile(
    r"[ \t]*(?:[,—–(]|[ \t]-)?[ \t]*(?:(?i:n[ée]e?(?:\(e\))?)[ \t]+le(?![\w])|(?i:ddn|d\.d\.n\.?)(?![\w]))"
)
# (the flag as an argument, not « (?i) » in the pattern: :func:`~egide.detect.first_characters.finditer`
# can then try it where a cue can begin only)
_CUE_START = re.compile(r"(?<![\w])(?:n[ée]e?(?:\(e\))?[ \t]+le|ddn|d\.d\.n)(?![\w])", re.IGNORECASE)
_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# The field's start before the name: a colon, a title of address, a dash or a bullet opening the line, the
# line's start.
_FIELD = re.compile(
    rf"(?:(?:^|\n)[ \t]*(?:[-–—•*][ \t]*)?|:[ \t]*|(?<![\w])(?i:mme|mlle|mr|m\.|madame|monsieur|mademoiselle)[ \t]+)"
    rf"(?P<name>{_WORD}(?:[ ]+{_WORD}){{0,4}})\Z"
)
_TITLE = re.compile(r"(?i:mme|mlle|mr|m\.|madame|monsieur|mademoiselle)[ \t]+")
_MAIDEN = frozenset({"nee", "ep", "epouse", "ép", "née", "épouse"})
# A field's label or a pronoun where the name would be (« Nom PASQUIER Prénom Claire », « Sexe : M »,
# « Bénéficiaire : lui-même »): no name is read there.
_NOT_NAMES = HEADER_LABELS | words(
    "ipp nda sexe sex ddn dn date lui-meme elle-meme lui elle idem inconnu inconnue"
)
SCORE = 0.8


def names_before_birth_cues(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the words of a name right before a birth's cue (see the module's docstring)."""
    low = text.lower()
    if (
        "ddn" not in low
        and "né" not in low
        and "ne le" not in low
        and "nee" not in low
        and "d.d.n" not in low
    ):
        return list(found)
    added: list[Finding] = []
    for cue in finditer(_CUE_START, text):
        line = text.rfind("\n", 0, cue.start()) + 1
        head = text[line : cue.start()]
        punct = re.search(r"[ \t]*(?:[,—–(]|[ \t]-)?[ \t]*\Z", head)
        end = line + (punct.start() if punct is not None else len(head))
        m = _FIELD.search(text, line if line == 0 else line - 1, end)
        if m is None:
            continue
        s, e = m.span("name")
        title = _TITLE.match(text, s, e)
        if title is not None:
            s = title.end()  # « Objet : mme castagné odile »: the title stays beside the mask
        words = re.findall(_WORD, text[s:e])
        keys = [fold(w) for w in words]
        names = [w for w, k in zip(words, keys, strict=True) if k not in _MAIDEN]
        if not names or any(
            len(w) < 2 or fold(w) in _NOT_NAMES or fold(w) in MEDICAL_WORDS or fold(w) in medicine_names()
            for w in names
        ):
            continue
        if all(is_common_word(w.lower()) for w in names):
            continue
        if any(g.start <= s and e <= g.end for g in found):
            continue
        added.append(Finding(s, e, Label.NOM, SCORE, "before_birth_cue"))
    return [*found, *added] if added else list(found)
