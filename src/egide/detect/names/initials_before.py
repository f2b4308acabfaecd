"""The initials written right before a name found by propagation join it: « H. Castagné, assistante
sociale » after « Mme Hélène Castagné » (issue #8, probe9: the signature of a long letter repeats the
name its header gave in full).

The readers join an initial to the names they find themselves (``_with_initials``); a name found
again by propagation starts on the surname alone, and the initial before it stayed in clear. « M. »
is a title and « S. » the abbreviation of a saint, not initials: they stay beside the mask. A given
name of two words joined by a particle gives two initials and the particle (« M. do C. Lopes »).
"""

from __future__ import annotations

from egide.detect.finding import Finding
from egide.detect.names.tokens import Token, name_opening

# What may stand before an initial: a space, a bracket, a line's start, a list's punctuation.
_BEFORE_INITIAL = frozenset({" ", "(", "\n", ",", ";", ":", "-"})
_NOT_INITIALS = frozenset({"m", "s"})
# The particles that join the two words of a given name (« Maria do Céu », « José de la Cruz »).
_GIVEN_NAME_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "del", "du"})


def with_initials_before(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name started on the (at most two) initials written right before it."""
    if not toks or not found:
        return found
    starts = [t.start for t in toks]
    out = []
    rosters: set[tuple[int, str]] | None = None  # read once, when a roster is asked about
    columns: list[int] = []
    for f in found:
        k = name_opening(starts, f)
        if k is not None:
            first = k
            while (
                first > 0
                and k - first < 2
                and toks[first - 1].shape == "I"
                and (toks[first - 1].key not in _NOT_INITIALS or _second_of_a_compound(toks, first - 1))
                and toks[first].gap_before.strip(" ") in {".", ".-"}
                and "\n" not in toks[first].gap_before
                and (first - 1 == 0 or toks[first - 1].gap_before[-1:] in _BEFORE_INITIAL)
            ):
                first -= 1
            first = _initial_and_particle_before(toks, first)
            if first == k and k > 0 and toks[k - 1].text == "M" and toks[k].gap_before == ". ":
                if rosters is None:
                    rosters, columns = _roster_places(toks, found)
                if rosters and _place(toks[k - 1], columns[k - 1]) in rosters:
                    first = k - 1
            if first < k:
                f = f.shifted(toks[first].start, f.end)
        out.append(f)
    return out


def _second_of_a_compound(toks: list[Token], k: int) -> bool:
    """The initial at ``k`` is hyphenated to an initial before it (« J.-M. », « A.-S. »): the second
    initial of a compound given name, not the title « M. » or a saint's « S. »."""
    return k > 0 and toks[k - 1].shape == "I" and toks[k].gap_before == ".-"


def _initial_and_particle_before(toks: list[Token], first: int) -> int:
    """Where a name starting on the initial at ``first`` starts with the initial and the particle written
    before it (« M. do C. Lopes », « A. de L. Sousa »: a Portuguese or a Spanish given name of two words
    joined by a particle, signed by their initials); ``first`` when there are none. « M. » before a
    particle and an initial is one too: a title is followed by the surname, not by another initial."""
    if first < 2 or toks[first].shape != "I" or toks[first].gap_before != " ":
        return first
    particle, initial = toks[first - 1], toks[first - 2]
    if (
        particle.shape != "L"
        or particle.key not in _GIVEN_NAME_PARTICLES
        or particle.gap_before != ". "
        or initial.shape != "I"
        or (first - 2 > 0 and initial.gap_before[-1:] not in _BEFORE_INITIAL)
    ):
        return first
    return first - 2


def _punctuation_before(t: Token) -> str:
    """The marks and spaces right before a word, after any number or line break (« 13 : » → « : »)."""
    gap = t.gap_before
    k = len(gap)
    while k > 0 and not gap[k - 1].isalnum() and gap[k - 1] != "\n":
        k -= 1
    return gap[k:]


def _place(t: Token, column: int) -> tuple[int, str]:
    return column, _punctuation_before(t)


# The titles that may stand where a roster's initials do: a list that writes them is a list of titles.
_ROSTER_TITLES = frozenset({"mme", "mlle", "mr", "monsieur", "madame", "dr", "pr"})


def _roster_places(toks: list[Token], found: list[Finding]) -> tuple[set[tuple[int, str]], list[int]]:
    """The places of a line (a word's rank, the punctuation before it) where some row of a list writes an
    initial other than « M. » before a name, and no row a title: there « M. » is a first name's initial
    too, not the title (« sam 5 : C. Roche », then « sam 12 : M. Belkacem »). Read in one pass. A place
    inside a line needs a mark before it (« : », « – »): a space alone is prose (« Vu C. Roche.⏎Vu M. … »).
    With them, each word's place on its line (0 for a line's first word)."""
    name_starts = {f.start for f in found}
    initials: set[tuple[int, str]] = set()
    titles: set[tuple[int, str]] = set()
    columns = []
    column = 0
    for k, t in enumerate(toks):
        column = 0 if k == 0 or "\n" in t.gap_before else column + 1
        columns.append(column)
        if t.key in _ROSTER_TITLES:
            titles.add(_place(t, column))
        elif t.shape == "I" and t.key not in _NOT_INITIALS and t.start in name_starts:
            place = _place(t, column)
            if column == 0 or place[1].strip():
                initials.add(place)
    return initials - titles, columns
