"""A boxed product's month of expiry in a named patient's dispensation: nobody's date.

Where a patient is named, a product's expiry is read as a date (``numeric.py``: a dispensation made out
to the person, « Mme X — CEFTRIAXONE 1 g — lot 25B771 — Exp. 10/2027 »), and always for a preparation
made for the patient (« AMOXICILLINE 1 g PDR INJ — Lot 24K118 — Exp. 11/2026 — Préparé le 14/03/2025 »).
A box handed over as sold, its count of boxes or tablets on the line (« Délivré le 02/12/26 : Biktarvy 1
bte (30 cp) — Lot 4HG221 — exp 08/2028 »), carries the month printed on every box of its batch: it
stays readable.
"""

from __future__ import annotations

import re

# A box or a count of tablets handed over, on the expiry's line.
_BOXED = re.compile(
    r"(?<![^\W\d_])(?i:btes?|bo[îi]tes?|cp|cps|comprim[ée]s?|g[ée]lules?|sachets?|stylos?)(?![^\W\d_])"
)
# The words of a preparation made for one patient, on the expiry's line.
_PREPARATION = re.compile(
    r"(?i:pr[ée]par[ée]e?s?|pr[ée]paration|reconstitu\w*|dilu[ée]e?|[àa][ \t]+administrer|poche|seringue)"
    r"(?![^\W\d_])"
)


def boxed_on_line(text: str, start: int) -> bool:
    """Whether the line around ``start`` hands over a box or tablets, and prepares nothing for the
    patient."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    stop = len(text) if end < 0 else end
    return _BOXED.search(text, begin, stop) is not None and _PREPARATION.search(text, begin, stop) is None
