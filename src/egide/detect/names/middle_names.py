"""The given name after a Vietnamese middle name: « NGUYEN Thi Mai », « TRAN VAN LONG », « Thi Hoa ».

A Vietnamese name is written surname, middle name, given name, and the middle name is one of a few
(« Thị » for most women, « Văn » for many men, « Đức », « Ngọc », « Hữu », « Xuân »…). The given name
after it is often a French word or a month (« Mai », « Hoa », « Lan », « Long », « Nam »): the word
lists and the rules stop before it (« Mai » is never a name in a run of names), and the name was cut
in half (« NGUYEN THI » masked, « MAI » left). The middle name says a given name follows: the next word,
in the same case, one space after it, goes with the name.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Vietnamese middle names (folded, without their tones), which a given name always follows.
MIDDLE_NAMES: frozenset[str] = words("thi van duc ngoc huu xuan dinh cong quang thanh kim bao")


#: The Vietnamese surnames most borne, which a middle name follows when the name is written in full.
VIETNAMESE_SURNAMES: frozenset[str] = words(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong truong dinh lam trinh"
)


def with_given_name(toks: list[Token], span: Span, named: list[bool]) -> Span:
    """The span with the given name after the Vietnamese middle name that ends it, if any and if no
    other name holds it (``named``: the words of every name found); a span of a Vietnamese surname
    alone takes the middle name after it first (« NGUYEN » found, « THI HOA » after it: a reader that
    stopped at the surname)."""
    k = span.last
    if (
        k + 1 < len(toks)
        and toks[k - 1].key in VIETNAMESE_SURNAMES
        and toks[k].key in MIDDLE_NAMES
        and toks[k].shape == toks[k - 1].shape
        and toks[k].shape in "UC"
        and toks[k].gap_before == " "
        and not named[k]
    ):
        span = Span(span.first, k + 1, span.score, span.source)
        k += 1
    if k >= len(toks) or k - 1 < span.first or named[k]:
        return span
    middle, given = toks[k - 1], toks[k]
    if middle.key not in MIDDLE_NAMES or middle.shape not in "UC" or given.shape != middle.shape:
        return span
    if given.gap_before != " " or given.key in cues.FUNCTION_WORDS or given.key in cues.TITLES:
        return span
    return Span(span.first, k + 1, span.score, span.source)
