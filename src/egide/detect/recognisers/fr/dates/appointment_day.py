"""The day alone of an appointment: « il a rendez-vous le vingt-six », « RDV le 12 à la consultation »,
« convoquée le 3 ».

A voicemail, an SMS or a note to a colleague gives an appointment's day without its month, known to
both. After « rendez-vous », « RDV » or « convoqué(e) » and « le », a day in digits (1 to 31) or in
words (« premier », « vingt-six ») is the date. Not when a month follows (the other date recognisers
read the whole date), nor an hour's or a duration's unit (« RDV le 12 h », « le 3 jours après »).

The same day alone dates a stay's event that a message or a note tells without the month, known from
the rest of it: « hospitalisée depuis le 12 à Pontchaillou », « transféré de Beaujon à Paul-Brousse le 3
pour bilan », « admise le 4, sortie prévue lundi »: « depuis le », « avant le », « après le » before a day (« tu peux
la voir avant le 18 ? »), or the participle of
an admission, a transfer, an operation, a leaving or a death, then « le » and the day in the same
clause (no full stop between them), a word or a punctuation mark after it, never a unit, a month, an
hour or another number (« opéré le 3e jour », « transféré le 2 h après »). The same for an event of care
(« vu le 24 par Mme Petit », « opérée le 12, suites simples »; not « vu le 24 mg »).

And the day alone a meeting or a visit is moved to (« dossier reporté au 17 », « bloc décalé au 9 »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer, first_characters
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.dates.atoms import DAY_WORD, MONTH_NAME, UNIT_AFTER
from egide.detect.recognisers.fr.dates.base import verbose
from egide.detect.recognisers.fr.dates.words import words_to_int

APPOINTMENT_DAY = verbose(
    rf"""
    (?<![\w-]) (?:rendez-vous|rdv|(?:re)?convoqu[ée]e?s?) [ \t]+ (?:(?:est|était|prévu|fixé)[ \t]+)* le [ \t]+
    (?P<day>[0-9]{{1,2}}|{DAY_WORD})
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}(?![^\W\d_])|h\b|heures?\b|:|[0-9]))(?!{UNIT_AFTER})
    """
)
# On the lower-cased text: where an appointment's word can be.
_NEEDLES = ("rendez-vous", "rdv", "convoqu")
_APPOINTMENT_NEEDLES = Needles(_NEEDLES)

# A meeting, a visit or an operation moved to another day of the month both writers know: « dossier
# reporté au 17 », « bloc décalé au 9, faute de place », « consultation repoussée au 22 », « RDV avancé
# au 3 ». The day ends the clause or a linking word follows it; never a unit, a month (read whole
# elsewhere), an hour, an ordinal (« reporté au 3e cycle ») or a treatment day (« décalé à J8 »).
POSTPONED_DAY = verbose(
    rf"""
    (?<![\w-]) (?:report|repouss|d[ée]cal|reprogramm|diff[ée]r|avanc) (?:ées|ée|és|é|ees|ee|es|e) [ \t]+ (?:au|à) [ \t]+
    (?P<day>[0-9]{{1,2}}|1er)
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}(?![^\W\d_])|h\b|heures?\b|:|[0-9]))(?!{UNIT_AFTER})
    (?= [ \t]*(?:[,;.)!?]|$|\n) | [ \t]+(?:pour|car|faute|en[ \t]+raison|à[ \t]+la|par|mais|et|puis|au[ \t]+lieu)(?![\w]) )
    """
)
_POSTPONED_NEEDLES = ("report", "repouss", "décal", "decal", "reprogramm", "différ", "differ", "avanc")
_POSTPONED = Needles(_POSTPONED_NEEDLES)

# A stay's event, then « le » and the day alone in the same clause; or « depuis le » and the day.
_EVENT = (
    # the participles of the first group (« hospitalisée », « transférés », « opéré »), then the others
    r"(?:(?:hospitalis|transf[ée]r|mut|op[ée]r|arriv|d[ée]c[ée]d|accouch|adress|amen|intub|extub|greff"
    r"|implant|pos|rentr|entr|examin|appel)(?:ées|ée|és|é|ees|ee|es|e)"
    r"|(?:admis|sorti|parti|vu|revu|reçu|recu)(?:es|e|s)?)"
)
EVENT_DAY = verbose(
    rf"""
    (?<![\w-]) (?: {_EVENT} (?![\w]) [^.;:!?\n]{{0,60}}? [ \t]
                  | (?:depuis|avant|après|apres) [ \t]+ ) le [ \t]+
    (?P<day>[0-9]{{1,2}}|1er)
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}(?![^\W\d_])|h\b|heures?\b|:|[0-9]|et[ \t]+le|au[ \t]+[0-9]))(?!{UNIT_AFTER})
    (?= [ \t]*(?:[,;.)!?]|$|\n) | [ \t]+(?:à|au|aux|pour|dans|vers|en|avec|chez|par|sur|lors|et|puis|après|avant|matin|soir|au[ \t]+(?:matin|soir))(?![\w]) )
    """
)
_EVENT_NEEDLES = ("depuis le", " le ")
# Every match of ``EVENT_DAY`` holds « le », blanks and a digit (« 1er » opens on one): where they are
# is found in C, and the pattern is tried only where its match could begin before one of them.
_LE_DAY = re.compile(r"le[ \t]+[0-9]", re.IGNORECASE)
# How far before its « le » a match can begin: the longest event's participle (« hospitalisées », 13
# characters), sixty characters and a blank; or « depuis » and its blanks (counted apart: unbounded).
_EVENT_REACH = 13 + 60 + 1


def _event_days(text: str) -> Iterator[re.Match[str]]:
    """``EVENT_DAY.finditer(text)``, the pattern tried only at the characters where a match may begin
    (:func:`~egide.detect.first_characters.first_characters`) in the reach of a « le » and a digit:
    a match begins at the first such place where the pattern matches, as ``finditer``'s does."""
    first = first_characters(EVENT_DAY)
    pos = 0
    for le in _LE_DAY.finditer(text):
        at = le.start()
        if at < pos:
            continue  # inside the match just found
        blank = at
        while blank and text[blank - 1] in " \t":
            blank -= 1
        reach = max(_EVENT_REACH, at - blank + len("depuis"))
        starts = (
            range(max(pos, at - reach), at)
            if first is None
            else (c.start() for c in first.finditer(text, max(pos, at - reach), at))
        )
        for start in starts:
            if start < pos:
                continue
            m = EVENT_DAY.match(text, start)
            if m is not None:
                pos = m.end()
                yield m


class AppointmentDayRecogniser:
    """DATE: the day alone after an appointment's word, or an event of care's participle, and « le »."""

    name = "fr_date_appointment_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered if doc.lowered is not None else text.lower()
        if " le " in low or "\tle " in low:
            for m in _event_days(text):
                day = m["day"]
                value = 1 if day == "1er" else int(day)
                if 1 <= value <= 31:
                    yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, self.name)
        if _POSTPONED.found_in(low):
            for m in finditer(POSTPONED_DAY, text):
                day = m["day"]
                if 1 <= (1 if day == "1er" else int(day)) <= 31:
                    yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, self.name)
        if not _APPOINTMENT_NEEDLES.found_in(low):
            return
        for m in finditer(APPOINTMENT_DAY, text):
            day = m["day"]
            value = (
                int(day) if day.isdigit() else 1 if day.lower() in ("premier", "1er") else words_to_int(day)
            )
            if 1 <= value <= 31:
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.75, self.name)
