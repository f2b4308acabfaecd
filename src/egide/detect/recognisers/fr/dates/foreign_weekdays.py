"""A weekday named in Spanish, Catalan, Italian, Portuguese, German or Dutch, with the day and month after it:
« lunes 07/12 », « dilluns 30 de novembre 2026 », « Montag 07.12. », « segunda-feira 7 de dezembro ».

A cross-border patient's reminder, a translated letter or a letterhead of Roussillon dates the day with its
weekday in its own language, as a French note writes « lundi 7/12 »; the weekday is the date's, and left in
clear it says which day the date was once the date is masked (``weekday_day`` reads the French weekdays). Read
only with the day and its month right after it, in figures or in words (French or of the
:mod:`foreign_months` languages): a weekday alone, or a word that is also a name (« Domingo ») without a
date, is left alone. The finding runs from the weekday through the month; the year, when written, is the
other date readers' (their findings overlap this one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.calendar import MONTHS, unaccented
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.foreign_months import FOREIGN_MONTHS

SCORE = 0.8

_WEEKDAYS = (
    # Spanish
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    # Catalan
    "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge",
    # Italian
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì",
    "venerdi", "sabato",
    # Portuguese
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    # German and Dutch
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)  # fmt: skip
_MONTH_WORDS = frozenset(FOREIGN_MONTHS) | frozenset(MONTHS) | frozenset(unaccented(m) for m in MONTHS)

# The weekday, maybe a comma and an article, the day, then its month in figures or a word (checked in code).
_FOREIGN_WEEKDAY_DATE = re.compile(
    rf"(?<![^\W\d_])(?i:{'|'.join(sorted(_WEEKDAYS, key=len, reverse=True))})"
    r"[ \t]*,?[ \t]+(?:(?i:el|den|der|il|o)[ \t]+)?(?:0?[1-9]|[12][0-9]|3[01])\.?"
    r"(?:[ \t]*[/.][ \t]*(?:0?[1-9]|1[0-2])(?![0-9])\.?"
    r"|[ \t]+(?:(?i:de|di|del|do|da)[ \t]+|(?i:d['’])[ \t]*)?(?P<month>[^\W\d_]{3,12})(?![^\W\d_]))"
)
# (a text names none of these weekdays most of the time: substring tests, before a pattern tried everywhere)
_NEEDLES = tuple(sorted({day.lower() for day in _WEEKDAYS}))


class ForeignWeekdayDateRecogniser:
    """DATE: a foreign weekday, its day and its month."""

    name = "fr_date_foreign_weekday"

    def find(self, doc: Document) -> Iterator[Finding]:
        lowered = doc.lower
        if not any(needle in lowered for needle in _NEEDLES):
            return
        text = doc.text
        for m in _FOREIGN_WEEKDAY_DATE.finditer(text):
            month = m["month"]
            if month is not None and month.lower() not in _MONTH_WORDS:
                continue
            yield Finding(m.start(), m.end(), Label.DATE, SCORE, self.name)
