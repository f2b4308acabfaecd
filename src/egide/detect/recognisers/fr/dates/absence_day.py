"""The day alone that ends an absence: « son médecin est en congés jusqu'au 14 », « cabinet fermé
jusqu'au 3 inclus », « absente jusqu au 20 ».

A message says until when a doctor, a carer or a service is away with the day alone, the month going
without saying for its reader: the absence (leave, holidays, sick leave, a closed practice) and
« jusqu'au » in the same clause make the number a day of the calendar, as a month would. Without such
a word « jusqu'au 14 » is anything (« augmenter jusqu'au 14e jour », « jusqu'au 3 mg »): it is read only
after a date (``day_alone``). Not when a month follows (the other recognisers read it whole), nor a
unit, a time or another number.
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import FIRST, MONTH_NAME, UNIT_AFTER, accents_optional
from egide.detect.recognisers.fr.dates.base import verbose

# The absence, then the rest of its clause (no full stop, no line break) up to « jusqu'au ». Not « CP »
# (congés payés), a tablet's abbreviation as often (« 1 CP jusqu'au 3 CP »).
_ABSENCE_BEFORE = verbose(
    accents_optional(
        r"""
    (?<![\w-])
    (?: congés? | vacances | absente?s? | arrêt | fermée?s? | fermeture | indisponibles?
      | en [ \t]+ déplacement | en [ \t]+ formation | en [ \t]+ repos | (?-i:RTT) )
    (?![\w]) [^.;!?\n]{0,50} \Z
    """
    )
)
# « jusqu'au 14 », « jusqu au 3 » (typed without its apostrophe), « jusqu'au 1er ».
UNTIL_DAY = verbose(
    rf"""
    jusqu (?:['’][ \t]?|[ \t]) au [ \t]+ (?P<day>{FIRST}|[0-9]{{1,2}})
    (?![\w/\-]|[.,][0-9]) (?![ \t]*(?:{MONTH_NAME}(?![^\W\d_])|h\b|heures?\b|:|[0-9])) (?!{UNIT_AFTER})
    """
)
#: How far before « jusqu'au » the absence's word may stand.
_REACH = 70


class AbsenceDayRecogniser:
    """DATE: the day alone after an absence's word and « jusqu'au »."""

    name = "fr_date_absence_day"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered if doc.lowered is not None else text.lower()
        at = low.find("jusqu")
        while at >= 0:
            m = UNTIL_DAY.match(text, at)
            if (
                m is not None
                and (at == 0 or not text[at - 1].isalnum())
                and 1 <= (int(m["day"]) if m["day"].isdigit() else 1) <= 31
                and _ABSENCE_BEFORE.search(text, max(0, at - _REACH), at) is not None
            ):
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, self.name)
            at = low.find("jusqu", at + 5)


def build() -> AbsenceDayRecogniser:
    return AbsenceDayRecogniser()
