"""The part of a name left beside a name found: a given name right before a surname (« Yannick
[Warlock] » becomes « [Yannick Warlock] »), a surname right after a given name
found alone (« de [Ben] Harrisson et de Manny Gould » becomes « de [Ben Harrisson] »).

Why: a reader that found one word of a name (a list of programmes, a list of people, a word the
model knew) may leave its neighbour for lack of evidence of its own, and the word left in clear then
names the person nearly as well as the whole. Two capitalised words, one space apart on the same
line, one of them a name found, are one name when:

- before the name: the word is a given name of the lists and no French word (« Rose Martin » stays as
  it is, and so does « Taxi [Lemoine] », a firm whose first word a list holds as a given name);
- after a given name found alone: the word is no French word, medical word, medicine, place word,
  title, calendar word or acronym, and starts no eponym or place (« Marie Cardiologie », « Paul
  Lundi », « Pierre HTA » stay).

Only the words right beside the spans found: no scan of the text.
"""

from __future__ import annotations

from egide.detect.names.coordination import ListOfNames, names_something_else
from egide.detect.names.reader import Span, short_acronym
from egide.detect.names.tokens import Token


def _word(t: Token) -> bool:
    """A capitalised word of three letters or more, not on a line in capitals."""
    return t.shape == "C" and not t.loud and len(t.key) >= 3 and t.key.isalpha()


def _no_other_word(t: Token) -> bool:
    return not (names_something_else(t.key) or short_acronym(t))


def with_adjacent_parts(
    toks: list[Token], spans: list[Span], taken: list[bool], rules: ListOfNames
) -> list[Span]:
    """``spans`` with the given name before them, or the surname after a lone given name, joined."""
    lex = rules.lex
    out: list[Span] = []
    for s in spans:
        first, last = s.first, s.last
        k = first - 1
        if (
            k >= 0
            and not taken[k]
            and toks[first].gap_before == " "
            and _word(toks[k])
            and lex.is_first(toks[k])
            # no French word (« Rose », « Claire »), even inside a sentence: « par Taxi [Lemoine] »,
            # « Ambulances [Martin] » are a firm's name, whose first word a list holds as a given name
            and not lex.is_common(toks[k])
            and _no_other_word(toks[k])
            and not rules.excluded(toks, k)
        ):
            first = k
            taken[k] = True
        k = last
        if (
            k < len(toks)
            and last - s.first == 1
            and not taken[k]
            and toks[k].gap_before == " "
            and toks[s.first].shape == "C"
            and lex.is_first(toks[s.first])
            and _word(toks[k])
            and not lex.is_common(toks[k])
            and _no_other_word(toks[k])
            and not rules.excluded(toks, k)
        ):
            last = k + 1
            taken[k] = True
        out.append(s if (first, last) == (s.first, s.last) else Span(first, last, s.score, s.source))
    return out
