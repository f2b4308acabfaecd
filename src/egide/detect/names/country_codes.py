"""A name before a sports country code in brackets: « 1. Pogacar (SLO) ; 2. Vingegaard (DEN) »,
« Evenepoel (BEL) à 6' », the way results and rankings in the press give each athlete's country.

The code is one of the three-letter codes of the Olympic committees (« FRA », « SLO », « KEN »), in
capitals, alone in its brackets, right after the word. The word before it, capitalised, of three
letters or more, no French word (unless a listed surname), medical word or acronym, and nothing else
took, is a surname; a given name right before it (capitalised, one space) goes with it.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.rules import Lexicon, Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

COUNTRY_CODES = words(
    """
    fra bel ned den dan nor swe fin esp ita por sui aut ger gbr irl usa can mex bra arg col ecu chi per
    ven uru slo svk cze pol hun rou bul srb cro bih alb gre tur rus ukr blr ltu lat est kaz uzb chn jpn
    kor aus nzl rsa ken eth eri uga mar alg tun egy sen civ cmr nga gha jam cub dom pur lux isr irn ind
    """
)


def _athlete(t: Token, lex: Lexicon) -> bool:
    return (
        t.shape in "CU"
        and len(t.key) >= 3
        and not t.loud
        and t.key not in cues.FUNCTION_WORDS
        and t.key not in cues.TITLES
        and t.key not in MEDICAL_WORDS
        and (not lex.is_common(t) or lex.is_surname(t))
    )


def before_country_codes(toks: list[Token], taken: list[bool], lex: Lexicon) -> list[Span]:
    """The athletes' names right before a country code in brackets."""
    spans: list[Span] = []
    for k in range(1, len(toks)):
        code = toks[k]
        if (
            code.shape != "U"
            or len(code.key) != 3
            or code.key not in COUNTRY_CODES
            or code.gap_before.strip(" ") != "("
            or not code.gap_after.lstrip(" ").startswith(")")
        ):
            continue
        i = k - 1
        if taken[i] or not _athlete(toks[i], lex):
            continue
        first = i
        if i > 0 and not taken[i - 1] and toks[i].gap_before == " " and toks[i - 1].shape == "C":
            before = toks[i - 1]
            if lex.is_first(before) or (_athlete(before, lex) and not before.opens):
                first = i - 1  # « Tadej Pogacar (SLO) »
        spans.append(Span(first, k, 0.75, "country code"))
    return spans
