"""Initials standing alone as a sentence of their own: the press signs a piece with them
(« … huit locataires. G. R. Le calendrier … », « — J. A. Des films … », « 1.000. P. F. A. JEUX »).

Two or three capital letters, each with its dot, after the end of a sentence (or at the start of the
text), before the next sentence, which opens on a word that is no name (an article, a common word,
a heading in capitals) or the end of the text or line. Initials before a name (« G. R. Dupont ») are
read by the lists. Small ads give initials too, after « Écrire » or « S'adresser », and readers' letters, between
« De » and their town (« De P. T. à Morlaix »). « N. B. », « P. S. » are notes, and « I. A. » numbers an outline, not a person.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Abbreviations written as initials that sign nothing: nota bene, post-scriptum, pièce jointe…
_NOT_SIGNATURES = words("nb ps pps pj cf ss sa sm se sar")
# Letters that number an outline as Roman numerals do (« I. A. », « V. B. »).
_OUTLINE = frozenset({"I", "V", "X"})
_SENTENCE_ENDS = frozenset(".!?»—–\n")
_MAX_INITIALS = 3
# Small ads give initials to write to (« Écrire C. M. au journal »).
_REPLY_TO = words("ecrire ecr adresser repondre")


def _after_sentence(toks: list[Token], i: int) -> bool:
    """Token ``i`` is the first word of the text or follows the end of a sentence."""
    if i == 0:
        return True
    gap = toks[i].gap_before.strip(" ")
    return bool(gap) and any(c in _SENTENCE_ENDS for c in gap) and toks[i - 1].shape != "I"


def _next_sentence(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Token ``k`` (after the initials) opens a sentence on a word that is no name, or there is none."""
    if k >= len(toks):
        return True
    t = toks[k]
    gap = t.gap_before
    if not gap.startswith("."):
        return False
    if "\n" in gap or (t.text.endswith("'") and len(t.text) <= 3):
        return True  # a line's end, or an elided article (« F. E. L'année suivante »)
    if t.shape == "U":
        return len(t.key) >= 3 and not lex.in_lists(t)  # « P. F. A. JEUX »: a heading
    if t.shape != "C":
        return False
    return t.key in cues.FUNCTION_WORDS or (lex.is_common(t) and not lex.in_lists(t))


def _after_reply_to(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows « Écrire », « S'adresser »: a small ad's initials (« Écrire R. G. 10, rue … »)."""
    return i > 0 and toks[i].gap_before == " " and toks[i - 1].key in _REPLY_TO


def _letter_from(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows « De » opening a sentence: a reader's letter, « De P. T. à Morlaix : »."""
    return i > 0 and toks[i].gap_before == " " and toks[i - 1].text == "De" and toks[i - 1].opens


def _from_town(toks: list[Token], k: int) -> bool:
    """« à » and a capitalised word follow the initials ending before token ``k`` (« … T. à Morlaix »)."""
    return (
        k + 1 < len(toks)
        and toks[k].text == "à"
        and toks[k].gap_before.startswith(".")
        and toks[k + 1].shape in "UC"
        and toks[k + 1].gap_before == " "
    )


def signature_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """End (exclusive) of the initials that sign a piece from token ``i``, or ``i`` when there are none."""
    ad = _after_reply_to(toks, i)
    letter = _letter_from(toks, i)
    if toks[i].text in _OUTLINE or not (ad or letter or _after_sentence(toks, i)):
        return i
    k = i
    while (
        k < len(toks)
        and k - i < _MAX_INITIALS
        and toks[k].shape == "I"
        and toks[k].gap_after.startswith(".")
        and (k == i or toks[k].gap_before in {". ", "."})
    ):
        k += 1
    if letter and k > i and _from_town(toks, k):
        return k  # « De A. à La Courneuve », « De B. L. à Calonne-Liévin »: one initial is enough
    if k - i < 2 or "".join(t.key for t in toks[i:k]) in _NOT_SIGNATURES:
        return i
    return k if ad or _next_sentence(toks, k, lex) else i
