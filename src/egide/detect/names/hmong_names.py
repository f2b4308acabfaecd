"""The given name after a Hmong clan name: « Thao Pa Nhia », « VANG Mai Yer », « Xiong Tou ».

Hmong families in France (Guyane, the Cévennes, the Rhône-Alpes) write their names clan name first, then
a given name of one or two syllables, a woman's often opened by « Pa », « Mai », « Nou » or « Ia »
(« Yang Pa Houa », « Lor Nou Kia »). The word lists hold few of these syllables, and some are French words
or months (« Pa », « Mai »): a name read on the clan name stopped before them (« Thao » masked, « Pa Nhia »
left). The clans are few (eighteen, with their spellings): after one of them, ending a name, the next one
or two words, capitalised like it and one space apart, go with the name when the first is a given name's
syllable of the list below, and the second one too, or a word no list holds.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import is_common_word
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: The Hmong clan names, as French and American records spell them (folded).
CLANS: frozenset[str] = words(
    "chang cha chue chu fang hang her heu khang kong kue lee ly lor lo moua pha thao vang vue xiong yang thor"
)
#: Syllables of Hmong given names (folded): the prefixes of women's names and the frequent syllables.
_SYLLABLES: frozenset[str] = words(
    """
    pa mai nou ia kia chia yer xee youa zoua blia dia houa kalia lia mee mao pang sai shoua choua gao
    gaoly nhia tou toua pao xay chue neng vue kou koua teng tong cher fue ger kong lue meng nao seng
    yeng yia yong chong chai bee ka kao pheng sia soua xia cheng yao tong lor vang see nue long ying
    """
)
_MAX_SYLLABLE = 5


def with_hmong_given_name(toks: list[Token], span: Span, named: list[bool]) -> Span:
    """The span with the given name after the Hmong clan name that ends it, if any and if no other name
    holds it (``named``: the words of every name found)."""
    k = span.last
    if k >= len(toks) or k - 1 < span.first or toks[k - 1].key not in CLANS:
        return span
    clan = toks[k - 1]
    end = k
    while end < len(toks) and end - k < 2 and _syllable(toks, end, clan, first=end == k) and not named[end]:
        end += 1
    return Span(span.first, end, span.score, span.source) if end > k else span


def _syllable(toks: list[Token], k: int, clan: Token, *, first: bool) -> bool:
    """Word ``k`` is a syllable of the given name: one space before it, written like the clan name (or
    capitalised after one in capitals), short, no little word, no number after it (« Vang Mai 2026 »)."""
    t = toks[k]
    if t.gap_before != " " or len(t.key) > _MAX_SYLLABLE or t.shape not in "UC":
        return False
    if clan.shape == "C" and t.shape != "C":
        return False
    if t.key in cues.FUNCTION_WORDS or t.key in cues.TITLES or t.gap_after.lstrip(" ")[:1].isdigit():
        return False
    if t.key in _SYLLABLES:
        return True
    # the second word: a syllable no list holds as a word (« Pa Nhia », not « Pa Lit »)
    return not first and not is_common_word(t.text)
