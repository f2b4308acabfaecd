"""A finding both readings of a text in one case make keeps the score of the surer one.

In a note typed in lower case, the names reader gives a name after a title a lower score as written
(« dr hadj-ahmed »: 0.85) than on the re-cased reading (« Dr Hadj-Ahmed »: 0.95), where its capital
is evidence too. :meth:`egide.detect.recase.Recased.merged` used to keep the first reading's finding
and drop the second's as a duplicate: the name then lost an overlap with a longer finding the place
tagger made around it (« cabinet de cardiologie — dr hadj-ahmed — fax », 0.92), which the same text in
usual case does not lose. The same place, the same label: the higher score is kept.
"""

from __future__ import annotations

from egide.detect.finding import Finding
from egide.detect.labels import Label

_PLACES = frozenset({Label.ADRESSE, Label.VILLE})


def surer(found: list[Finding], again: list[Finding]) -> list[Finding]:
    """``found`` with each finding that ``again`` also makes (same start, end and label) with a higher
    score replaced by that one; ``found`` itself when none is. Not a name that a longer street or
    commune holds, in either reading (« au douze bis rue du docteur roux »: a street named after a
    person is the street's; a doctor's practice named after the doctor, « cabinet … — dr hadj-ahmed »,
    is the doctor's, as the same text in usual case reads it)."""
    best: dict[tuple[int, int, object], Finding] = {}
    for f in again:
        key = (f.start, f.end, f.label)
        if key not in best or f.score > best[key].score:
            best[key] = f
    if not best:
        return found
    out = []
    changed = False
    for f in found:
        other = best.get((f.start, f.end, f.label))
        if other is not None and other.score > f.score and not _held(f, found, again):
            out.append(other)
            changed = True
        else:
            out.append(f)
    return out if changed else found


def _held(finding: Finding, *readings: list[Finding]) -> bool:
    """A street or a commune spans ``finding`` and more, in one of ``readings``."""
    return any(
        g.label in _PLACES
        and g.label != finding.label
        and g.start <= finding.start
        and finding.end <= g.end
        and g.end - g.start > finding.end - finding.start
        for reading in readings
        for g in reading
    )
