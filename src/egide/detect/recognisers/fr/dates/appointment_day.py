"""The day alone of an appointment: « il a rendez-vous le vingt-six », « RDV le 12 à la consultation »,
« convoquée le 3 ».

A voicemail, an SMS or a note to a colleague gives an appointment's day without its month, known to
both. After « rendez-vous », « RDV » or « convoqué(e) » and « le », a day in digits (1 to 31) or in
words (« premier », « vingt-six ») is the date. Not when a month follows (the other date recognisers
read the whole date), nor an hour's or a duration's unit (« RDV le 12 h », « le 3 jours après »).

The same day alone dates a stay's event that a message or a note tells without the month, known from
the rest of it: « hospitalisée depuis le 12 à Pontchaillou », « transféré de Beaujon à Paul-Brousse le 3
pour bilan », « admise le 4, sortie prévue lundi »: « depuis le » before a day, or the participle of
an admission, a transfer, an operation, a leaving or a death, then « le » and the day in the same
clause (no full stop between them), a word or a punctuation mark after it, never a unit, a month, an
hour or another number (« opéré le 3e jour », « transféré le 2 h après »). The same for an event of care
(« vu le 24 par Mme Petit », « opérée le 12, suites simples »; not « vu le 24 mg »).
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
                  | depuis [ \t]+ ) le [ \t]+
    (?P<day>[0-9]{{1,2}}|1er)
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}|h\b|heures?\b|:|[0-9]|et[ \t]+le|au[ \t]+[0-9]))(?!{UNIT_AFTER})
    (?= [ \t]*(?:[,;.)!?]|$|\n) | [ \t]+(?:à|au|aux|pour|dans|vers|en|avec|chez|par|sur|lors|et|puis|après|avant|matin|soir|au[ \t]+(?:matin|soir))(?![\w]) )
    """
)
_EVENT_NEEDLES = ("depuis le", " le ")


class AppointmentDayRecogniser:
    """DATE: the day alone after an appointment's word, or an event of care's participle, and « le »."""

    name = "fr_date_appointment_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered if doc.lowered is not None else text.lower()
        if " le " in low or "\tle " in low:
            for m in EVENT_DAY.finditer(text):
                day = m["day"]
                value = 1 if day == "1er" else int(day)
                if 1 <= value <= 31:
                    yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, self.name)
        if not any(needle in low for needle in _NEEDLES):
            return
        for m in APPOINTMENT_DAY.finditer(text):
            day = m["day"]
            value = (
                int(day) if day.isdigit() else 1 if day.lower() in ("premier", "1er") else words_to_int(day)
            )
            if 1 <= value <= 31:
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.75, self.name)
