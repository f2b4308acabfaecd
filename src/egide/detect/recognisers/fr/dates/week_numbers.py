"""A week of the year written by its ISO number: « ETT prévue en S49 », « semaine S49 », « entrée
souhaitée en S50 », « Date d'entrée souhaitée : S50 », « antériorité 0,84 mmol/L (S46) ».

Plannings, booking requests and letters date what is to come by the week's number, a capital « S » and
two digits (01 to 53): the week pins the date of a stay or an exam as a day does. Alone « S12 » is
many things (a sacral root S1-S5 has one digit, but a form's box, a bed or a product code may read
« S12 »), so the number is a date only right after a word that dates (« en », « semaine », « dès »,
« pour », « courant », « avant », « après », « depuis », a « date … : » label) or alone in a bracket.
Not after « jusqu'à » (« NFS hebdomadaire jusqu'à S18 »: the eighteenth week of a treatment), nor in a
sentence of a rehabilitation's protocol (« pas de renforcement avant S12 », « appui complet dès S6 »,
« attelle jusqu'à S4 »): there the weeks are counted from the operation, no day of the calendar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label

# The week's number, never glued to a word, a slash, a hyphen or a decimal.
_WEEK = re.compile(r"(?<![\w/.\-])S(?:0[1-9]|[1-4][0-9]|5[0-3])(?![\w/\-]|[.,][0-9])")
# A word that dates right before it, in its line (read on the few characters before a match only).
_DATING_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?i:en|semaine|sem\.|dès|des|pour|courant|avant|après|apres|depuis)[ \t]+"
    r"|(?i:date)[^\n:]{0,40}:[ \t]*)\Z"
)
#: How far before the number a dating word or label may stand.
_REACH = 48
# A rehabilitation's step in the sentence before the week (read back to the line's start or a full stop):
# the weeks of a protocol after surgery or a fracture.
_PROTOCOL_BEFORE = re.compile(
    r"(?i:renforcement|appui|attelle|immobilisation|orth[èe]se|r[ée][ée]ducation|post-?op(?:[ée]ratoire)?"
    r"|mobilisation|passif|actif|amplitudes?|b[ée]quilles?|cannes?)(?![^\W\d_])[^.\n]*\Z"
)
_PROTOCOL_REACH = 120


class WeekNumberRecogniser:
    """DATE: « S49 », an ISO week's number after a word that dates or alone in a bracket."""

    name = "fr_date_week_number"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # tried only where a week can begin (« S »): the pattern opens on a look-behind
        for m in finditer(_WEEK, text):
            start, end = m.span()
            bracketed = start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")"
            if not bracketed and _DATING_BEFORE.search(text[max(0, start - _REACH) : start]) is None:
                continue
            if _PROTOCOL_BEFORE.search(text, max(0, start - _PROTOCOL_REACH), start) is None:
                yield Finding(start, end, Label.DATE, 0.7, self.name)


def build() -> WeekNumberRecogniser:
    return WeekNumberRecogniser()
