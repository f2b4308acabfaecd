"""A range of weekdays by their abbreviations is a roster's days, nobody and nowhere: « Lun–Mar : A.
FERRAND », « Mer–Jeu : P. Blanchard », « sam/dim ».

An on-call roster or a consultation's timetable writes its days short and joined by a dash or a slash.
Several abbreviations are also names in the lists (« Mer » a commune, « Mar », « Jeu » surnames, « Sam »
a first name): alone they may be anyone's, but two of them joined so are a span of days.
:func:`drop_weekday_ranges` drops a name or a place found on such a range (or on one of its two days)
from a reading's findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

_DAY = r"(?i:lun|mar|mer|jeu|ven|sam|dim)\.?"
# A day's abbreviation and its dash, on the lower-cased text: a literal alternation ``re`` skips to fast.
_LOWER_DAY_DASH = re.compile(r"(?:lun|mar|mer|jeu|ven|sam|dim)\.?[ \t]*[–—\-/]")
_RANGE = re.compile(rf"(?<![\w\-]){_DAY}[ \t]*[–—\-/][ \t]*{_DAY}(?![\w\-])")
_LABELS = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT})


def drop_weekday_ranges(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the names and places that lie inside a range of weekdays."""
    text = doc.text
    if not found or _LOWER_DAY_DASH.search(doc.lower) is None:
        return list(found)
    ranges = [(m.start(), m.end()) for m in _RANGE.finditer(text)]
    if not ranges:
        return list(found)
    return [
        f for f in found if not (f.label in _LABELS and any(s <= f.start and f.end <= e for s, e in ranges))
    ]
