"""A given name whose first letter the OCR lost: the drop cap that opens a press article (« AUL
LANGEVIN n'est plus », « OHN DOS PASSOS est né en 1896 »), printed large and apart, is often not read.

The word left (« AUL », « OHN ») opens a sentence or a line in capitals, is no French word, title,
acronym or name of the lists, and one letter before it makes a given name of the lists (« PAUL »,
« JOHN »); when a name in capitals found right after it, the given name is that name's.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.medical_words import MEDICAL_WORDS, ORGANISATION_ACRONYMS
from egide.detect.names.rules import Lexicon, Span
from egide.detect.names.tokens import Token


def _lost_initial(t: Token, lex: Lexicon) -> bool:
    """``t`` is a given name in capitals without its first letter."""
    key = t.key
    if t.shape != "U" or not 3 <= len(key) <= 8 or not key.isalpha() or not t.opens:
        return False
    # one letter before it makes a listed given name: the rarest condition, asked first (one lookup
    # where the letters a-z tried one by one cost 26 on every word in capitals opening a line)
    if key not in lex.first_tails:
        return False
    if lex.is_common(t) or lex.in_lists(t) or key in MEDICAL_WORDS or key in ORGANISATION_ACRONYMS:
        return False
    return not (key in cues.TITLES or key in cues.HEADER_LABELS or key in cues.FUNCTION_WORDS)


def with_lost_drop_caps(toks: list[Token], spans: list[Span], lex: Lexicon) -> list[Span]:
    """``spans`` with the given name cut of its drop cap written right before a name in capitals."""
    out = []
    for s in spans:
        k = s.first
        if k > 1 and toks[k - 1].shape == "U" and toks[k - 1].key in cues.PARTICLES:
            k -= 1  # « OHN DOS [PASSOS] »: the particle, then the given name
        if (
            k > 0
            and toks[k].shape == "U"
            and toks[k].gap_before == " "
            and toks[s.first].gap_before == " "
            and _lost_initial(toks[k - 1], lex)
        ):
            s = Span(k - 1, s.last, s.score, s.source)
        out.append(s)
    return out


def drop_cap_names(toks: list[Token], taken: list[bool], lex: Lexicon) -> list[Span]:
    """« AUL LANGEVAL n'est plus », « OHN DOS PASSAGOS est né »: a given name cut of its drop cap, then
    a surname in capitals (its particle in capitals before it) that nothing else found, in running text:
    a word in lower case follows. The surname is no French word, title or acronym of the lists."""
    out: list[Span] = []
    n = len(toks)
    for i in range(n - 2):
        if taken[i] or not _lost_initial(toks[i], lex):
            continue
        j = i + 1
        if toks[j].shape == "U" and toks[j].key in cues.PARTICLES and j + 1 < n:
            j += 1  # « OHN DOS [PASSOS] »
        last = toks[j]
        if (
            any(taken[i + 1 : j + 1])
            or any(toks[k].gap_before != " " for k in range(i + 1, j + 1))
            or last.shape != "U"
            or len(last.key) < 3
            or not last.key.isalpha()
            or lex.is_common(last)
            or last.key in MEDICAL_WORDS
            or last.key in ORGANISATION_ACRONYMS
            or last.key in cues.TITLES
            or last.key in cues.FUNCTION_WORDS
            or j + 1 >= n
            or toks[j + 1].shape != "L"
            or toks[j + 1].gap_before != " "
        ):
            continue
        out.append(Span(i, j + 1, 0.7, "drop cap"))
    return out
