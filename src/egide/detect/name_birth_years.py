"""A year of birth alone right after a patient's name, where a banner or a label gives the year only:
« Mme LOPES Fernanda, 1940⏎ » (the name, a comma, the year closing the line), « NGUYEN T.H. F 1947  citrate »
(the name, the sex's letter, the year: a tube's label) (issue #8, probe41 and probe42).

A laboratory's label, a nursing home's list or a discharge note written in a hurry names the patient by the
name and the year of birth, as a banner does with « né(e) le ». Two shapes only, so that the years of a
history keep their DATE label (« Dr Martin, 2019 », « IDM 2011 »):

- the name, a comma and the year, which closes the line (or the phrase: a full stop, a semicolon); the name
  is a patient's, after a title of address (« Mme », « M. », « Mr », « Monsieur », « Madame »), not a
  doctor's (a doctor's name and a year are a reference or a date of care);
- the name, then « F », « M » or « H » alone (the sex), then the year, then a gap, a separator or the line's
  end.

The year is a plausible birth: 1900 up to this year.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

_LAST_BIRTH_YEAR = datetime.date.today().year
# After the name: a comma and the year closing the line or the phrase.
_COMMA_YEAR = re.compile(r",[ \t]*(?P<year>(?:19|20)[0-9]{2})(?=[ \t]*(?:[.;]?[ \t]*(?:\n|\Z)))")
# After the name (an initial's dot maybe): the sex's letter alone, then the year, then a gap, a separator
# or the line's end.
_SEX_YEAR = re.compile(r"\.?[ \t]+[FMH][ \t]+(?P<year>(?:19|20)[0-9]{2})(?=[ \t]{2,}|[ \t]*(?:[|;\t]|\n|\Z))")
# A patient's title right before the name (a doctor's is no patient's).
_PATIENT_TITLE = re.compile(r"(?<![\w])(?:Mme|Mlle|M\.|Mr\.?|MME|MR|Monsieur|Madame|MONSIEUR|MADAME)[ \t]+\Z")
SCORE = 0.8


def birth_years_after_names(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the year after a patient's name read as the year of birth (see the module's
    docstring): a DATE there relabelled, a year no recogniser read added."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    for f in found:
        if f.label != Label.NOM or not any(c.isdigit() for c in text[f.end : f.end + 8]):
            continue
        m = _SEX_YEAR.match(text, f.end)
        if m is None:
            m = _COMMA_YEAR.match(text, f.end)
            if m is None or _PATIENT_TITLE.search(text, max(0, f.start - 12), f.start) is None:
                continue
        if 1900 <= int(m["year"]) <= _LAST_BIRTH_YEAR:
            spans.append(m.span("year"))
    if not spans:
        return list(found)
    out = []
    for f in found:
        if f.label == Label.DATE and (f.start, f.end) in spans:
            f = Finding(f.start, f.end, Label.DATE_NAISSANCE, max(f.score, SCORE), f.source)
        out.append(f)
    for start, end in spans:
        if not any(g.start < end and start < g.end for g in found):
            out.append(Finding(start, end, Label.DATE_NAISSANCE, SCORE, "name_birth_year"))
    return out
