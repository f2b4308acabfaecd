"""A hospital's laboratory or pharmacy named with it: « Laboratoire du CH de Vesoul », « Pharmacie du CHU
de Caen », « LABORATOIRE DE L'HÔPITAL NORD », « SAU du CH de Vire » (ETABLISSEMENT, the whole).

A specimen's label and a dispensing slip are headed by the service that prints them, which is a place
of its own (a laboratory's accreditation, a pharmacy's); the establishment's name after it is read by
the establishments' patterns, and the service's words before it are its name's: the name is stretched
back over them (capitalised or in capitals, « du », « de l' », « de la » between).
"""

from __future__ import annotations

import re

from egide.detect.finding import Finding

# (``\Z``: read on the characters before the establishment only)
_SERVICE_BEFORE = re.compile(
    # (or its emergency department by its acronym, « SAU du CH de Vire », as a certificate's signatory
    # writes where she works)
    r"(?<![\w\-])(?:Laboratoire|LABORATOIRE|Pharmacie|PHARMACIE|SAU)[ \t]+"
    r"(?:du|DU|de[ \t]+l['’]|DE[ \t]+L['’]|de[ \t]+la|DE[ \t]+LA)[ \t]*\Z"
)


def with_service_before(text: str, f: Finding) -> Finding:
    """``f``, an establishment, stretched back over a laboratory's or a pharmacy's words before it."""
    m = _SERVICE_BEFORE.search(text, max(0, f.start - 24), f.start)
    return f if m is None else Finding(m.start(), f.end, f.label, f.score, f.source)
