"""Dates as Catalan, Spanish, Portuguese, Italian, German and Dutch letters and messages write them, the weekday and the « de »
included: « dilluns 30 de novembre 2026 », « dijous, 3 de desembre de 2026 », « lunes 07/12 », « 4 d'abril »,
« Freitag, 4. Dezember 2026 ».

Patients of the Roussillon, Andorra, the Basque coast, Alsace or Moselle bring letters, reminders and text
messages from across the border (issue 8, forty-fourth batch). Catalan writes several months as French
does (« novembre », « octubre » aside), so the French month recognisers read « novembre 2026 » and left
the weekday and « 30 de » in clear; the foreign months recogniser reads « 7 de mayo » but no weekday
before it, and no weekday made a date of « 07/12 » in Spanish (« lunes 07/12 ») as « lundi » does in French.

Read here: a weekday of these languages, then a day and a month (named, in any of these languages or in
French, or in figures) and maybe a year; or, without the weekday, a day, « de » (« d' ») and a month named,
which French never writes so (« 30 de novembre 2026 »; a French month only with its year: « 3 de mars, 115 25 » is
a ledger's line). A weekday alone, or before a number that is no day
and month (« lunes 3 », the moons), is left to the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTHS, unaccented
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.dates.atoms import DAY, MONTH, MONTH_NAME, YEAR4
from egide.detect.recognisers.fr.dates.base import is_valid_date
from egide.detect.recognisers.fr.dates.foreign_months import FOREIGN_MONTH_NUMBERS

_WEEKDAYS = (
    # Catalan
    "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge",
    # Spanish (with and without accents)
    "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
    # Italian
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì",
    "venerdi", "sabato", "domenica",
    # Portuguese
    "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    # German and Dutch
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)  # fmt: skip
# Month names of these languages and their numbers (``foreign_months``' table: Spanish, Portuguese, Italian,
# German, Catalan, Corsican, Occitan, Breton), then the Dutch ones and the French ones.
_MONTH_NUMBERS = {
    **FOREIGN_MONTH_NUMBERS,
    **dict.fromkeys(("januari",), 1),
    **dict.fromkeys(("marc",), 3),
    **dict.fromkeys(("februari",), 2),
    **dict.fromkeys(("maart",), 3),
    **dict.fromkeys(("augustus",), 8),
    **{name: k for k, name in enumerate(MONTHS, 1)},
    **{unaccented(name): k for k, name in enumerate(MONTHS, 1)},
    **{name: k for k, name in enumerate(MONTH_ABBREVIATIONS, 1)},
}
_MONTHS = tuple(_MONTH_NUMBERS)
_FRENCH_MONTHS = frozenset((*MONTHS, *map(unaccented, MONTHS), *MONTH_ABBREVIATIONS)) - {"abril"}
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_ANY_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + f"|{MONTH_NAME})"
_YEAR_AFTER = rf"(?:[ \t]*,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?P<year>{YEAR4}))?"
_FLAGS = re.VERBOSE | re.IGNORECASE
# A weekday, then a day and a month, named or in figures (« dilluns 30 de novembre 2026 », « lunes 07/12 »,
# « Freitag, 4. Dezember »); the weekday's comma and an article (« el », « il ») may come between.
_WITH_WEEKDAY = re.compile(
    rf"""
    (?<![\w]) (?:{_WEEKDAY}) (?![\w]) [ \t]*,?[ \t]+ (?:(?:el|il|den|der|o)[ \t]+)?
    (?P<day>{DAY})
    (?: \.?[ \t]+ (?:(?:de|del|di)[ \t]+|d['’])? (?P<name>{_ANY_MONTH}) (?![\w]) {_YEAR_AFTER}
      | [/.\-] (?P<month>{MONTH}) (?:[/.\-](?:{YEAR4}|[0-9]{{2}}))? (?![\w/]) (?![.,][0-9]) )
    """,
    _FLAGS,
)
# A day, « de » or « d' », and a month named (« 30 de novembre 2026 », « 4 d'abril », « 7 de mayo de 2008 »).
_WITH_DE = re.compile(
    rf"(?<![\w,.]) (?P<day>{DAY}) [ \t]+ (?:de[ \t]+|d['’]) (?P<name>{_ANY_MONTH}) (?![\w]) {_YEAR_AFTER}",
    _FLAGS,
)
_WEEKDAY_NEEDLES = Needles(_WEEKDAYS)
# « 30 de », « 4 d'a… »: a digit, a space and « d »; looked for before the pattern is.
_DIGIT_THEN_DE = re.compile(r"[0-9][ \t]+d(?:e[ \t]|['’])")


class IberianDateRecogniser:
    """DATE: a Catalan, Spanish, Italian or German weekday and its date, or a day, « de » and a month."""

    name = "fr_date_iberian"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if doc.holds(_WEEKDAY_NEEDLES):
            for m in _WITH_WEEKDAY.finditer(text):
                if _valid(m):
                    yield Finding(m.start(), m.end(), Label.DATE, 0.85, self.name)
        if _DIGIT_THEN_DE.search(text) is not None:
            for m in _WITH_DE.finditer(text):
                # a French month only with its year (« 30 de novembre 2026 », Catalan; « 3 de mars,
                # 115 25 » is a ledger's count)
                if _valid(m) and (m["year"] is not None or m["name"].lower() not in _FRENCH_MONTHS):
                    yield Finding(m.start(), m.end(), Label.DATE, 0.8, self.name)


def _valid(m: re.Match[str]) -> bool:
    """The day is one of the month's (« 31 de febrero » is none); a month the table lacks (an abbreviation
    with its dot) is taken on trust."""
    named = m.groupdict().get("name")
    month = _MONTH_NUMBERS.get(named.lower().rstrip(".")) if named is not None else None
    if month is None and m.groupdict().get("month") is not None:
        month = int(m["month"])
    if month is None:
        return True
    year = m.groupdict().get("year")
    return is_valid_date(int(m["day"]), month, int(year) if year else None)
