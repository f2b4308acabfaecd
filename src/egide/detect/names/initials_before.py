"""The initials written right before a name found by propagation join it: « H. Castagné, assistante
sociale » after « Mme Hélène Castagné » (issue #8, probe9: the signature of a long letter repeats the
name its header gave in full).

The readers join an initial to the names they find themselves (``_with_initials``); a name found
again by propagation starts on the surname alone, and the initial before it stayed in clear. « M. »
is a title and « S. » the abbreviation of a saint, not initials: they stay beside the mask.
"""

from __future__ import annotations

from egide.detect.finding import Finding
from egide.detect.names.tokens import Token, name_opening

# What may stand before an initial: a space, a bracket, a line's start, a list's punctuation.
_BEFORE_INITIAL = frozenset({" ", "(", "\n", ",", ";", ":", "-"})
_NOT_INITIALS = frozenset({"m", "s"})


def with_initials_before(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name started on the (at most two) initials written right before it."""
    if not toks or not found:
        return found
    starts = [t.start for t in toks]
    out = []
    for f in found:
        k = name_opening(starts, f)
        if k is not None:
            first = k
            while (
                first > 0
                and k - first < 2
                and toks[first - 1].shape == "I"
                and toks[first - 1].key not in _NOT_INITIALS
                and toks[first].gap_before.strip(" ") in {".", ".-"}
                and "\n" not in toks[first].gap_before
                and (first - 1 == 0 or toks[first - 1].gap_before[-1:] in _BEFORE_INITIAL)
            ):
                first -= 1
            if first < k:
                f = f.shifted(toks[first].start, f.end)
        out.append(f)
    return out
