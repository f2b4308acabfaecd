"""A particle inside a name: « Rose de Roquefer », « Ernest la Jeunesse », « Anna de Noailles »; the
« y » of a Spanish compound surname (« Ortega y Gasset »).

The lists or the model find the given name and the surname as two names, or the given name alone
when the surname after « de » is known to no list; the particle between them, part of the name, was
left in the text beside two masks (« [Rose] de [Roquefer] »). Two names with only « de », « d' »,
« du », « la », « le », « de la » or « de La » between them, on one line and with no comma, are one
name (no French sentence writes a name, a bare « de » and another name but as one name: « la fille
de Martin » has no name before « de »). A given name of the lists followed by « de » and a
capitalised word that no list, model or recogniser took is read the same way when that word is a
surname or no French word, and no place, eponym, month, care unit or medical word (« Anna de
Noailles », not « Pierre de Cardiologie » nor « Marie de Paris », which a place recogniser took).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.medical_words import CALENDAR, MEDICAL_WORDS
from egide.detect.names.reader import care_unit
from egide.detect.names.rules import Lexicon, Rules, Span
from egide.detect.names.tokens import Token, name_opening

# Lower-case particles between a given name and a surname, one or two of them.
_FIRST = frozenset({"de", "d'", "du", "la", "le"})
_SECOND = frozenset({"la", "l'"})


def _between(toks: list[Token], a: int, b: int) -> bool:
    """The words ``toks[a:b]`` are one or two particles of one name, written on one line: « de »,
    « d' », « du », « la », « le », then « la » or « l' » (« de la », « de La »), with only spaces
    between them and the words around them (nothing after « d' »)."""
    if not 1 <= b - a <= 2:
        return False
    first = toks[a]
    if first.shape != "L" or first.key not in _FIRST:
        return False
    if b - a == 2:
        second = toks[a + 1]
        if first.key not in {"de"} or second.key not in _SECOND or second.shape not in "LC":
            return False
    for k in range(a, b + 1):
        gap = toks[k].gap_before
        if gap != " " and not (gap == "" and toks[k - 1].key.endswith("'")):
            return False
    return True


def _iberian_y(toks: list[Token], a: int, b: int) -> bool:
    """``toks[a]`` alone between two names is the « y » of a Spanish compound surname (« Ortega y
    Gasset », « Villars y Valancio ») or the « i » of a Catalan one (« Vilanova i Roca », « Puig i
    Cadafalch »), in lower case, spaces around it, the two names in one case; in capitals between two
    names in capitals, as a form or a header types them (« VILANOVA I ROCA », « ORTEGA Y GASSET »). In
    French « y » is a pronoun, which a verb follows (« Martin y est allé »), never a second name; « i »
    alone is no French word."""
    if b - a != 1 or a < 1 or b >= len(toks):
        return False
    y, before, after = toks[a], toks[a - 1], toks[b]
    return (
        (y.text in {"y", "i"} or (y.text in {"Y", "I"} and before.shape == "U"))
        and y.gap_before == " "
        and after.gap_before == " "
        and before.shape in "UC"
        and after.shape == before.shape
    )


def _no_surname(t: Token) -> bool:
    """A word after « de » that names no one: a small word, a month, a medical word, a unit."""
    return t.key in cues.FUNCTION_WORDS or t.key in CALENDAR or t.key in MEDICAL_WORDS or care_unit(t.key)


def joined_by_particles(toks: list[Token], spans: list[Span], taken: list[bool], rules: Rules) -> list[Span]:
    """``spans`` with the names that a particle splits made one, and the given names followed by a
    particle and a surname no one took extended over both."""
    if not spans:
        return spans
    ordered = sorted(spans, key=lambda s: (s.first, s.last))
    out: list[Span] = []
    for s in ordered:
        if out:
            p = out[-1]
            if (
                p.last < s.first
                and toks[p.last - 1].capitalised
                and toks[s.first].capitalised
                and (_between(toks, p.last, s.first) or _iberian_y(toks, p.last, s.first))
                and not _no_surname(toks[s.first])
            ):
                out[-1] = Span(p.first, s.last, max(p.score, s.score), p.source)
                continue
        out.append(s)
    lex = rules.lex
    result: list[Span] = []
    for n, s in enumerate(out):
        nxt_first = out[n + 1].first if n + 1 < len(out) else len(toks)
        result.append(_extended(toks, s, nxt_first, taken, lex, rules))
    return result


def _extended(toks: list[Token], s: Span, limit: int, taken: list[bool], lex: Lexicon, rules: Rules) -> Span:
    """``s`` over « de X » when it ends on a given name and X is a surname no one took."""
    last = toks[s.last - 1]
    if last.shape != "C" or not lex.is_first(last):
        return s
    for width in (1, 2):
        k = s.last + width
        if k >= limit or k >= len(toks) or not _between(toks, s.last, k) or toks[s.last].key == "la":
            continue
        t = toks[k]
        if t.shape != "C" or taken[k] or len(t.key) < 3:
            continue
        if _no_surname(t):
            continue
        if lex.is_common(t) and not lex.is_surname(t):
            continue
        if rules.excluded(toks, k):
            continue
        return Span(s.first, k + 1, s.score, s.source)
    return s


_LOWER_PARTICLES = frozenset({"de", "d'", "du"})


def with_particles_seen(toks: Sequence[list[Token]], found: list[list[Finding]]) -> list[list[Finding]]:
    """``found`` with « de », « d' » or « du » taken into each name found right after it, when the text
    or conversation holds that name with its particle inside a name found (« le général de Gaulle »,
    then « protégé de [Gaulle] » becomes « protégé [de Gaulle] »). Without such a finding, « de » in
    lower case before a name stays a preposition (« la fille de Martin »)."""
    seen: set[str] = set()
    for words, findings in zip(toks, found, strict=True):
        starts = [t.start for t in words]
        for f in findings:
            if f.label is not Label.NOM:
                continue
            k = bisect_left(starts, f.start)
            while k + 1 < len(words) and words[k + 1].end <= f.end:
                t = words[k]
                if t.shape == "L" and t.key in _LOWER_PARTICLES and words[k + 1].capitalised:
                    seen.add(words[k + 1].key)
                k += 1
    if not seen:
        return found
    out: list[list[Finding]] = []
    for words, findings in zip(toks, found, strict=True):
        starts = [t.start for t in words]
        extended = []
        for f in findings:
            at = name_opening(starts, f)
            if (
                at is not None
                and words[at].key in seen
                and words[at].capitalised
                and words[at - 1].shape == "L"
                and words[at - 1].key in _LOWER_PARTICLES
                and (
                    words[at].gap_before == " " or (words[at].gap_before == "" and words[at - 1].key == "d'")
                )
            ):
                f = f.shifted(words[at - 1].start, f.end)
            extended.append(f)
        out.append(extended)
    return out
