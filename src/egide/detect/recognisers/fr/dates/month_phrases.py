"""A month without a day in a time phrase: « fin octobre », « début mars », « mi-janvier », « courant mai »,
« en avril », « depuis juin », « de mars à avr », « entre mai et juillet », « novembre 88 », « juil 19 », « en décembre dernier ».

A month alone places an event in a patient's history as well as a full date once the year is known
from the rest of the note. A month name is reported only in a time phrase: after a qualifier
(« fin », « début », « mi- », « courant », « milieu »), after a time preposition (« en », « depuis »,
« dès », « jusqu'en », « avant », « après », « vers », « mois de »), as the start of a range of months
(« de mars à avr »), before a two-digit year (« novembre 88 »), after an examination (« IRM janv »,
« écho de mars ») or alone in a bracket (« HbA1c 7,4 % (décembre) »). « sept » without a dot is also the
number seven: it is read only after a qualifier (« fin sept »). The qualifier is part of the span (« fin
octobre » is the date), the preposition is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import EXAMINATION, UNIT_AFTER, YEAR4
from egide.detect.recognisers.fr.dates.month_names import may_hold_month, month_name_hits

# French month names and their usual abbreviations; « mar » only with its dot (Tuesday's abbreviation).
_MONTH = (
    r"(?:janvier|janv\.?|f[ée]vrier|f[ée]vr\.?|f[ée]v\.?|mars|mar\.|avril|avr\.?|mai|juin|juillet|juill?\.?"
    r"|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)"
)
_MONTH_AT = re.compile(rf"{_MONTH}(?![\w])", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|[^\w'’\-])(?P<q>d[ée]but|fin|mi|courant|milieu)[ \t]*-?[ \t]*(?:d['’]|de[ \t]+)?$",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:en|depuis|dès|jusqu['’]en|jusqu['’]à|avant|apr[èe]s|vers|(?:au[ \t]+)?mois[ \t]+(?:de|d['’]))"
    r"[ \t]*$",
    re.IGNORECASE,
)
_RANGE_CUE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:de|d['’]|du|entre)[ \t]*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(
    rf"[ \t]*(?:à|au|-|–|/|et)[ \t]*(?:(?:début|fin|mi)[ \t]*-?[ \t]*)?{_MONTH}(?![\w])", re.IGNORECASE
)
# « novembre 88 », « juil 19 », « mars '97 », « octobre 2019 » (the full year is read by ``month_names``
# too; the phrase only widens the span to its qualifier).
_YEAR_AFTER = re.compile(
    rf"[ \t]*['’]?(?:{YEAR4}|[0-9]{{2}})(?![0-9])(?!{UNIT_AFTER})"
    r"(?![ \t]*(?:séances?|cures?|cycles?|h[0-9]|:[0-9]))",
    re.IGNORECASE,
)
# « décembre dernier », « mars prochain », « octobre passé »: the word that places the month relative to
# the note goes with it.
_RELATIVE_AFTER = re.compile(r"[ \t]+(?:derni(?:er|ère)|prochain(?:e)?|pass[ée])(?![\w])", re.IGNORECASE)
# « IRM janv : discopathie », « écho de mars », « ETT en décembre »: an examination dated by its month.
_EXAMINATION_BEFORE = re.compile(
    rf"(?:^|[^\w'’]){EXAMINATION}(?:[ \t]+(?:de|du|d['’]|en))?[ \t]*$", re.IGNORECASE
)
# « la consultation de contrôle de mai », « le rendez-vous de suivi d'avril », « RDV de juin »: an
# appointment, maybe of follow-up or of control, dated by its month.
_APPOINTMENT_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:consultation|rendez-vous|rdv|visite|contr[ôo]le|s[ée]ance)"
    r"(?:[ \t]+(?:de|d['’])[ \t]*(?:contr[ôo]le|suivi|r[ée][ée]valuation|surveillance))?"
    r"[ \t]+(?:de|du|d['’])[ \t]*$",
    re.IGNORECASE,
)
_APPOINTMENT_WINDOW = 48
# « revue mars », « contrôle juin », « RDV avril », « reconvoquée octobre »: a note's follow-up written
# short, the month right after the word of the next visit, without « en » (only a full month name, in
# lower case).
_FOLLOW_UP_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:revue?s?|revoir|reconvoqu[ée]e?s?|reconvocation|contr[ôo]les?|rdv|rendez-vous|consult"
    r"|r[ée][ée]valuation|cs|suivi"
    # (« dernière perf 15/10, prochaine avril »: the next one of a series, dated by its month)
    r"|prochaine?s?)[ \t]*:?[ \t]+$",
    re.IGNORECASE,
)
# « la réhabilitation respiratoire de janvier », « depuis la rupture de septembre », « la chute d'août »:
# an event named by a noun, then « de » and the month written out in lower case, dates the event as well
# as a full date once the year is known. Not an abbreviation (« de mar. », « de sept » is seven), not a
# capital (« maladie de Mars »): the full name in lower case after a word in lower case.
_EVENT_OF_BEFORE = re.compile(r"(?:^|[^\w'’\-])[a-zà-ÿ][a-zà-ÿ\-]{2,}[ \t]+(?:de|d['’])[ \t]*$")
_FULL_MONTH = re.compile(
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
)
# « Planning de février », « tableau de garde de mars », « facture d'avril »: a schedule, a roster or a
# bill dated by its month.
_SCHEDULE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:planning|programme|calendrier|agenda|emploi[ \t]+du[ \t]+temps|garde|gardes|astreinte"
    r"|astreintes|permanence|roulement|relevé|releve|facture|facturation|séjour|sejour|bilan[ \t]+mensuel)"
    r"[ \t]+(?:de|du[ \t]+mois[ \t]+de|d['’])[ \t]*$",
    re.IGNORECASE,
)
# « Date d'entrée : février », « Période : mars », « Mois : avril »: a date's field holds the month
# alone (the whole month name, the field's value up to its end).
_DATE_FIELD_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:date|période|periode|mois)(?:[ \t]+(?:d['’]|de|du)[ \t]*[^\W\d_]+){0,2}[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_FIELD_VALUE_ENDS = re.compile(r"[ \t]*(?:$|[\n|;,)\t]|[ \t]{2}|[ \t]+[—–-][ \t])")
_FULL_MONTH_ANY_CASE = re.compile(
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)",
    re.IGNORECASE,
)
# « HbA1c 7,4 % (décembre) »: a bracket that holds the month alone says when a result was had.
_BRACKET_BEFORE = re.compile(r"\([ \t]*$")
_BRACKET_AFTER = re.compile(r"[ \t]*\)")
_DAY_BEFORE = re.compile(r"[0-9](?:er|ᵉʳ)?[ \t]*[\-/.]?[ \t]*$")
_WINDOW = 24
# « fait en sept : RD minime », « (depuis sept) »: « sept » after a time preposition and before the
# clause's end is the month typed short; the number seven counts something after it (« en sept jours »).
_SEPT_ALONE_AFTER = re.compile(r"[ \t]*(?:$|\n|[:;)]|,(?![ \t]*[0-9]))")


def _capitals_abbreviation(month: str) -> bool:
    """« OCT », « DEC », « NOV »: an abbreviation in capitals is as often an examination's or a
    code's (« FO, OCT normaux »), and is read only in the phrases above."""
    return month.isupper() and len(month.rstrip(".")) <= 4


class MonthPhraseRecogniser:
    """DATE: a month name without a day, in a time phrase."""

    name = "fr_date_month_phrase"

    def may_match(self, doc: Document) -> bool:
        return may_hold_month(doc)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        hits = doc.shared_by_readings(month_name_hits)
        if hits is None:
            return
        done = 0
        for hit in hits:
            start = hit.start()
            if start < done:
                continue
            found = self._at(text, start)
            if found is not None:
                done = found.end
                yield found

    @staticmethod
    def _dated_result(text: str, month: re.Match[str]) -> bool:
        """The month alone dates an examination or an appointment before it, or a result in a bracket
        of its own."""
        if _capitals_abbreviation(month.group()):
            return False
        start, end = month.span()
        window = max(0, start - _WINDOW)
        if _APPOINTMENT_BEFORE.search(text, max(0, start - _APPOINTMENT_WINDOW), start) is not None:
            return True
        if _SCHEDULE_BEFORE.search(text, max(0, start - _APPOINTMENT_WINDOW), start) is not None:
            return True
        if (
            _FULL_MONTH.fullmatch(month.group())  # lower case: « revoir Mai Linh » is a first name
            and _FOLLOW_UP_BEFORE.search(text, window, start) is not None
        ):
            return True
        if (
            _FULL_MONTH_ANY_CASE.fullmatch(month.group())
            and _DATE_FIELD_BEFORE.search(text, max(0, start - _APPOINTMENT_WINDOW), start) is not None
            and _FIELD_VALUE_ENDS.match(text, end) is not None
        ):
            return True
        return _EXAMINATION_BEFORE.search(text, window, start) is not None or (
            _BRACKET_BEFORE.search(text, window, start) is not None
            and _BRACKET_AFTER.match(text, end) is not None
        )

    def _at(self, text: str, start: int) -> Finding | None:
        month = _MONTH_AT.match(text, start)
        if month is None:
            return None
        word = month.group().lower()
        end = month.end()
        window = max(0, start - _WINDOW)
        if _DAY_BEFORE.search(text, window, start):
            return (
                None  # « le 31 février 2020 »: a day and its month are read (or refused) by ``month_names``
            )
        qualifier = _QUALIFIER_BEFORE.search(text, window, start)
        if (
            word == "sept"
            and qualifier is None
            and not (_SEPT_ALONE_AFTER.match(text, end) and _CUE_BEFORE.search(text, window, start))
        ):
            return None  # « depuis sept jours »: the number seven
        span_start = qualifier.start("q") if qualifier is not None else start
        ranged = _RANGE_AFTER.match(text, end)
        if ranged is not None:
            end = ranged.end()
        year = _YEAR_AFTER.match(text, end)
        if year is not None and word != "sept":
            end = year.end()  # « novembre 88 »
        with_year = year is not None and word != "sept"
        if not with_year and (relative := _RELATIVE_AFTER.match(text, end)) is not None:
            end = relative.end()  # « en décembre dernier », « mars prochain »: the phrase is the date
        ranged_cue = ranged is not None and _RANGE_CUE_BEFORE.search(text, window, start) is not None
        if qualifier is not None or with_year:
            score = 0.8
        elif (
            ranged_cue
            or _CUE_BEFORE.search(text, window, start)
            or self._dated_result(text, month)
            or (_FULL_MONTH.fullmatch(month.group()) and _EVENT_OF_BEFORE.search(text, window, start))
        ):
            score = 0.7
        else:
            return None
        if text[end - 1] == ".":
            end -= 1  # the abbreviation's dot or the sentence's: it identifies nobody
        return Finding(span_start, end, Label.DATE, score, self.name)
