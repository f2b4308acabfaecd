"""The period of a study is nobody's: « l'étude menée entre 2019 et 2023 dans 14 CHU ».

A paper's abstract, a translation for a congress or a protocol gives the years a study, a cohort or
a trial ran; they date research, not a patient's event. The years recogniser reads « entre 2019 et
2023 » as a period, as it must in a patient's history (« suivie entre 2019 et 2023 pour … »).

Dates are the core of de-identification, so the exemption is narrow: two years only (no day, no
month), written « entre YYYY et YYYY » or « de YYYY à YYYY », in a sentence that names a study
(« étude », « cohorte », « essai », « registre », « enquête ») and no person (no title, no singular
patient, no personal pronoun), in a reading where no person's name was found at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

_PERIOD = re.compile(
    r"(?<![^\W\d_])(?i:entre|de)[ \t]+((?:19|20)[0-9]{2})[ \t]+(?i:et|à|a)[ \t]+((?:19|20)[0-9]{2})(?![\w/.,\-]?[0-9])"
)
_STUDY = re.compile(
    r"(?<![^\W\d_])(?i:[ée]tudes?|cohortes?|essais?|registres?|enqu[êe]tes?|m[ée]ta-?analyses?)(?![^\W\d_])"
)
# Somebody in the sentence: a title, a singular patient, a personal pronoun, a birth.
PERSON_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?i:patiente?|malade|enfant|b[ée]b[ée]|il|elle|lui|son|sa|ses|n[ée]e?"
    r"|opér[ée]e?|hospitalis[ée]e?|monsieur|madame|mademoiselle)|Mme|Mlle|M\.|Mr|Dr|Pr)(?![^\W\d_])"
)
_PERSON_LABELS = frozenset({Label.NOM, Label.DATE_NAISSANCE, Label.AGE})
_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) holding ``text[start:end]``."""
    low = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    after = _SENTENCE_END.search(text, end)
    return low, len(text) if after is None else after.start()


def drop_study_periods(doc: Document, found: Sequence[Finding], min_score: float) -> list[Finding]:
    """``found`` without the years of a study's period (see the module's docstring)."""
    years = [f for f in found if f.label == Label.DATE and f.end - f.start == 4]
    if not years:
        return list(found)
    if any(f.label in _PERSON_LABELS and f.score >= min_score for f in found):
        return list(found)  # somebody is named: the years may be theirs
    text = doc.text
    spans: list[tuple[int, int]] = []
    for f in years:
        # the first year of a period: « entre » or « de » a few characters before it
        m = _PERIOD.search(text, max(0, f.start - 7), min(len(text), f.end + 16))
        if m is None or m.start(1) != f.start:
            continue
        low, high = sentence_bounds(text, m.start(), m.end())
        if _STUDY.search(text, low, high) is None or PERSON_WORDS.search(text, low, high) is not None:
            continue
        spans.extend((m.span(1), m.span(2)))
    if not spans:
        return list(found)
    return [f for f in found if not (f.label == Label.DATE and (f.start, f.end) in spans)]
