"""Names alone in brackets after the items of a list, once two such brackets hold a name: « The sounds
of peace (Blon) ; Thrills (Ancliffe) ; My Lady Dainty (Hesse) », « Le Baptême (Lugné-Poë) », a
programme's works and their authors or players; « Cardiologie (Kerbrat) ; Pneumologie (Le Goff) »,
the services of a ward and who answers for each.

Why: a text that writes two people as « something (Name) » writes the others the same way, and the
word in the bracket is then read like its neighbours even where no list knows it and the model
doubts it (a composer's or a player's name of a foreign tongue). Alone, a bracket says nothing:
« Cardiologie (HTA) », « traitement (Kardegic) », « (Paris) » stay, and so do the words the lists,
the medicine lists, the medical words, the places and the acronyms hold (the same item test as the
lists of names, :meth:`coordination.ListOfNames._item`).

Only after the names are found, one pass over them to count the brackets, one over the tokens for
the others: no regular expression over the text.
"""

from __future__ import annotations

from egide.detect.names.coordination import ListOfNames
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

#: How many names alone in brackets make a text that writes people that way.
MIN_BRACKETED = 2
#: The longest name read in brackets, in words (« (R. Jalewicz) », « (Aric Coates) »).
_MAX_WORDS = 3


def _opens_bracket(t: Token) -> bool:
    return t.gap_before.rstrip(" ")[-1:] == "("


def _closes_bracket(t: Token) -> bool:
    return t.gap_after.lstrip(" ")[:1] == ")"


def _bracketed(toks: list[Token], s: Span) -> bool:
    """The span is the whole content of a bracket, but for the initials that open it (« (E.
    Dieudonné) »: the initial joins the name later)."""
    k = s.first
    while k > 0 and s.first - k < 2 and toks[k - 1].shape == "I" and not _opens_bracket(toks[k]):
        k -= 1
    return _opens_bracket(toks[k]) and _closes_bracket(toks[s.last - 1])


def credited_in_brackets(
    toks: list[Token], spans: list[Span], taken: list[bool], rules: ListOfNames
) -> list[Span]:
    """The capitalised words alone in a bracket, in a text where ``spans`` hold at least
    :data:`MIN_BRACKETED` names alone in brackets; ``taken`` marks the words already resolved."""
    if sum(1 for s in spans if _bracketed(toks, s)) < MIN_BRACKETED:
        return []
    added: list[Span] = []
    n = len(toks)
    for a in range(n):
        if taken[a] or not _opens_bracket(toks[a]):
            continue
        b = a
        while b < n and b - a < _MAX_WORDS and not _closes_bracket(toks[b]):
            b += 1
        if b == n or b - a >= _MAX_WORDS:
            continue
        # « (R. Jalewicz) », « (Aric Coates) »: initials or capitalised words, then the surname
        inner = toks[a:b]
        if any(t.shape not in "CI" or taken[a + i] for i, t in enumerate(inner)):
            continue
        if any(t.gap_before.strip(" ") not in {"", ".", "-"} for t in toks[a + 1 : b + 1]):
            continue
        # capitalised, not in capitals: « (HTA) », « (IDE) », « (SAMU) » are acronyms
        if toks[b].shape != "C" or not rules._item(toks[b], taken[b]) or rules.excluded(toks, b):
            continue
        added.append(Span(a, b + 1, 0.7, "list"))
        taken[a : b + 1] = [True] * (b + 1 - a)
    return added
