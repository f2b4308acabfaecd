"""The initial of a given name written right after a surname joins it: « VIGUIER P. » on a result's
banner, « Le Floch A. — » opening a round's line, « Kerbrat J. » in a staff list (issue #8, probe24: a
list or a banner writes the surname first and the given name by its initial).

Some readers keep that initial with the surname they find (« Kelly B. »); a surname found by another
reader (the model, a particle's rule, a surname alone in the lists) ended before it and left it in
clear. The title « M. » and a saint's « S. » before a capitalised word open the next name: they stay.
"""

from __future__ import annotations

from bisect import bisect_left

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.tokens import Token

# « M. Durand », « S. Jean »: a title or a saint's abbreviation when a capitalised word follows.
_TITLES_BEFORE_A_NAME = frozenset({"m", "s"})


def with_initial_after(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each surname widened to the initial and its dot written right after it."""
    if not toks or not found:
        return found
    starts = [t.start for t in toks]
    out = []
    for f in found:
        if f.label is Label.NOM:
            k = bisect_left(starts, f.end)
            if _initial_after(toks, k, f) and not any(
                g is not f and g.start < toks[k].end and toks[k].start < g.end for g in found
            ):
                f = f.shifted(f.start, toks[k].end + 1)
        out.append(f)
    return out


def _initial_after(toks: list[Token], k: int, f: Finding) -> bool:
    """Token ``k`` is a capital alone, one space after the name that ends on the token before it, its dot
    then a blank, a mark or the text's end: no abbreviation (« N.B. ») nor a title before a name."""
    if not 0 < k < len(toks) or toks[k - 1].end != f.end or f.start >= toks[k - 1].end:
        return False
    t = toks[k]
    if t.shape != "I" or t.gap_before != " " or not t.gap_after.startswith("."):
        return False
    after = t.gap_after[1:2]
    if after.isalnum() or after in {".", "-"}:
        return False  # « N.B. », « J.-M. »: an abbreviation or a compound's first initial
    return not (t.key in _TITLES_BEFORE_A_NAME and k + 1 < len(toks) and toks[k + 1].capitalised)
