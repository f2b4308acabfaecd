"""A rank, a title of nobility or an office written right before a name is masked with it: « le
général [Campenon] » becomes « le [général Campenon] », « lord Beaconsfield », « comte de la
Guairinière », « citoyen Victor Noir ».

The rank says who the person is nearly as much as the name does (there are few generals, one
president of a republic, one count of a given land), and hand-annotated press (NewsEye) puts it inside
the person's span. Only the ranks of :data:`naming.ROLE_TITLES` (army, nobility, clergy, offices),
written right before the name after one space: the titles of care (« Dr », « docteur », « Pr »,
« Mme ») stay beside the mask, since a clinical reader needs to know that a doctor is meant.
"""

from __future__ import annotations

from bisect import bisect_left

from egide.detect.finding import Finding
from egide.detect.names.naming import role_title
from egide.detect.names.tokens import Token, name_opening


def with_role_titles(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name that follows a rank started on the rank."""
    if not toks or not found:
        return found
    starts = [t.start for t in toks]
    taken = sorted((f.start, f.end) for f in found)
    out = []
    for f in found:
        k = name_opening(starts, f)
        if (
            k is not None
            and toks[k].gap_before == " "
            and role_title(toks[k - 1])
            and not _inside(taken, toks[k - 1].start)
        ):
            f = f.shifted(toks[k - 1].start, f.end)
        out.append(f)
    return out


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    i = bisect_left(spans, (position + 1, 0)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]
