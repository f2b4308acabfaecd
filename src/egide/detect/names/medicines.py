"""Medicines, substances and laboratories: words the lists and the model must not take for people.

« sous Tysabri depuis 2019 », « relais par Eliquis », « Eli Lilly Nederland B.V. »: a word that the
public medicine database names as a medicine, an active substance or a laboratory is never a person
found by the word lists or the model. A title or another person cue still makes it one (« M.
Doliprane », « Dr Lasilix »): those rules (:mod:`context`) run before and are not vetoed.

The words are built by ``scripts/build_medicine_lists.py`` from the ANSM's « base de données publique
des médicaments » (Licence Ouverte, Etalab) and shipped in ``data/medicines.txt.gz``.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token

_DATA = "egide.detect.names.data"
_FILE = "medicines.txt.gz"
# The longest laboratory phrase looked for, in words (« bristol myers squibb »).
_MAX_PHRASE = 4


@cache
def medicine_lists() -> tuple[frozenset[str], frozenset[str]]:
    """``(words, phrases)``: folded words of medicines, substances and one-word laboratories, and
    laboratory names of several words (« pierre fabre », « eli lilly »)."""
    single: set[str] = set()
    phrases: set[str] = set()
    with (
        resources.files(_DATA).joinpath(_FILE).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as fh,
    ):
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            _, _, entry = line.rstrip("\n").partition("\t")
            (phrases if " " in entry else single).add(entry)
    return frozenset(single), frozenset(phrases)


class MedicineVeto:
    """Marks the words of a text that name a medicine, a substance or a laboratory."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.words, self.phrases = medicine_lists()
        self.heads = frozenset(p.split(" ", 1)[0] for p in self.phrases)
        self._either = self.words | self.heads  # one lookup per word of the text

    def mark(self, toks: list[Token], taken: list[bool]) -> None:
        """Set ``taken`` on the medicine and laboratory words of ``toks`` (the lists and the model
        skip taken words)."""
        words, heads, either = self.words, self.heads, self._either
        for k in [k for k, t in enumerate(toks) if t.key in either]:
            if taken[k]:
                continue
            t = toks[k]
            if t.key in heads:
                end = self._phrase_end(toks, k)
                if end > k:
                    for m in range(k, end):
                        taken[m] = True
                    continue
            if t.key in words and not self.lex.in_lists(t):
                taken[k] = True

    def _phrase_end(self, toks: list[Token], k: int) -> int:
        """End (exclusive) of the longest laboratory phrase starting at token ``k``, or ``k``."""
        found = k
        parts = [toks[k].key]
        for m in range(k + 1, min(k + _MAX_PHRASE, len(toks))):
            if toks[m].gap_before.strip(" -") != "":
                break
            parts.append(toks[m].key)
            if " ".join(parts).replace("-", " ") in self.phrases:
                found = m + 1
        return found
