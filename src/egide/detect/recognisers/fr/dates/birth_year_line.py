"""The year of birth alone closing a patient's line, after the name and a comma (« Patient(e) : OBERLÉ
Cécile, 1969⏎ », « Résident : KLEIN Paul, 1931 »): a laboratory's or a nursing home's banner gives the
year only. ``years.py`` reads the apposition when a comma, a bracket or a full stop closes it; at the
line's end the line must open on the patient's label, so that a list's last item (« Plaquettes, 1950 »)
is no birth.
"""

from __future__ import annotations

import re

# The label that opens the line: the patient, the resident, the child, the newborn, in any case, with a
# gender's mark (« Patient(e) », « Patient·e »), then a colon.
_PATIENT_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?i:patient(?:\(e\)|·e|e)?|résident(?:\(e\)|e)?|enfant|nom[ \t]+(?:et|/)[ \t]+prénom)"
    r"[ \t]*:[^\n]*\Z"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def closes_a_patient_line(text: str, start: int, end: int) -> bool:
    """The year at ``[start, end)`` ends the line, which opens on a patient's label."""
    return (
        _LINE_END.match(text, end) is not None
        and _PATIENT_LINE.search(text, max(0, start - 120), start) is not None
    )
