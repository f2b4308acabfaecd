"""The day alone of an appointment: « il a rendez-vous le vingt-six », « RDV le 12 à la consultation »,
« convoquée le 3 ».

A voicemail, an SMS or a note to a colleague gives an appointment's day without its month, known to
both. After « rendez-vous », « RDV » or « convoqué(e) » and « le », a day in digits (1 to 31) or in
words (« premier », « vingt-six ») is the date. Not when a month follows (the other date recognisers
read the whole date), nor an hour's or a duration's unit (« RDV le 12 h », « le 3 jours après »).
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY_WORD, MONTH_NAME, UNIT_AFTER
from egide.detect.recognisers.fr.dates.base import verbose
from egide.detect.recognisers.fr.dates.words import words_to_int

APPOINTMENT_DAY = verbose(
    rf"""
    (?<![\w-]) (?:rendez-vous|rdv|(?:re)?convoqu[ée]e?s?) [ \t]+ (?:(?:est|était|prévu|fixé)[ \t]+)* le [ \t]+
    (?P<day>[0-9]{{1,2}}|{DAY_WORD})
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}|h\b|heures?\b|:|[0-9]))(?!{UNIT_AFTER})
    """
)
# On the lower-cased text: where an appointment's word can be.
_NEEDLES = ("rendez-vous", "rdv", "convoqu")


class AppointmentDayRecogniser:
    """DATE: the day alone after an appointment's word and « le »."""

    name = "fr_date_appointment_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered if doc.lowered is not None else text.lower()
        if not any(needle in low for needle in _NEEDLES):
            return
        for m in APPOINTMENT_DAY.finditer(text):
            day = m["day"]
            value = (
                int(day) if day.isdigit() else 1 if day.lower() in ("premier", "1er") else words_to_int(day)
            )
            if 1 <= value <= 31:
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.75, self.name)
