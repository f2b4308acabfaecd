"""A name found once is found everywhere: in the same text, later messages, any case.

Each name finding gives the words it is made of. Every word of three letters or more that is not a
function word, a title or a particle is then looked for in all the texts of the conversation or
document. Words that are also common French words (« Blanc », « Claire ») are only looked for with
their capital, so that « urine claire » stays; the others are found in any case (« vu avec
dupont »). Occurrences after an eponym context (« maladie de Parkinson ») are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.eponyms import EPONYM_CONTEXT
from egide.detect.names.lexicon import fold
from egide.detect.names.rules import Lexicon
from egide.detect.names.tokens import tokenise

SCORE = 0.85
_MIN_LEN = 3
_WORD_CHAR = r"[^\W_]"
_BEFORE = re.compile(r"([^\W\d_]+)['\s]+(?:(?:de|du|des|d|la|le|l)['\s]+)?$", re.IGNORECASE)


def name_words(
    texts: Sequence[str], findings: Sequence[Sequence[Finding]], lexicon: Lexicon
) -> tuple[set[str], set[str]]:
    """Words to look for: ``(any_case, capitalised_only)``, as they were written."""
    any_case: set[str] = set()
    capitalised: set[str] = set()
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.label != Label.NOM:
                continue
            for t in tokenise(text[f.start : f.end]):
                key = t.key
                if len(key) < _MIN_LEN or key in cues.FUNCTION_WORDS or key in cues.TITLES:
                    continue
                if key in cues.PARTICLES or t.shape == "I":
                    continue
                if lexicon.is_common(t):
                    if t.shape != "L":
                        capitalised.add(t.text[0].upper() + t.text[1:].lower())
                        capitalised.add(t.text.upper())
                else:
                    any_case.add(key)
    return any_case, capitalised


def _pattern(any_case: set[str], capitalised: set[str]) -> re.Pattern[str] | None:
    parts: list[str] = []
    if any_case:
        # Accents are folded in the keys: match either spelling of every letter that had one.
        folded = sorted(any_case, key=len, reverse=True)
        parts.append("(?i:" + "|".join(_accent_insensitive(w) for w in folded) + ")")
    if capitalised:
        parts.append("|".join(re.escape(w) for w in sorted(capitalised, key=len, reverse=True)))
    if not parts:
        return None
    return re.compile(rf"(?<!{_WORD_CHAR})(?:{'|'.join(parts)})(?![^\W_])(?!-[^\W\d_])")


_ACCENTS = {
    "a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç", "y": "yÿ", "n": "nñ",
    "'": "'’",
}  # fmt: skip


def _accent_insensitive(word: str) -> str:
    out = []
    for c in word:
        variants = _ACCENTS.get(c)
        out.append(f"[{variants}]" if variants else re.escape(c))
    return "".join(out)


def propagate(texts: Sequence[str], findings: list[list[Finding]], lexicon: Lexicon) -> list[list[Finding]]:
    """``findings`` with every other occurrence of the name words added."""
    any_case, capitalised = name_words(texts, findings, lexicon)
    pattern = _pattern(any_case, capitalised)
    if pattern is None:
        return findings
    result: list[list[Finding]] = []
    for text, found in zip(texts, findings, strict=True):
        covered = [(f.start, f.end) for f in found if f.label == Label.NOM]
        added: list[Finding] = []
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s <= start and end <= e for s, e in covered):
                continue
            before = _BEFORE.search(text, max(0, start - 40), start)
            if before is not None and fold(before.group(1)) in EPONYM_CONTEXT:
                continue
            added.append(Finding(start, end, Label.NOM, SCORE, "propagation"))
        result.append([*found, *added] if added else found)
    return result
