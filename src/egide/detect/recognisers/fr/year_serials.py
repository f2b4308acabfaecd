"""A file's, a stay's or an examination's number written as a code, a two-digit year, a slash and a
serial number: « dossier SJ26/118742 », « Dossier MN26/3391 », « Examen ETT26/9918 », « Réf. H 26 / 07745 ».

Hospitals and laboratories number their files within the year: the site's, the unit's or the
modality's letters, the year's last two digits, a slash, then the file's rank in that year. The slash
keeps the reading of long numbers (``unexplained.py``) from seeing one token: the year is two digits
and the serial often fewer than seven. Written glued (« SJ26/118742 »), capitals then two digits then a
slash, it is that code wherever it stands: no measure, score, vertebra (« L4/L5 ») nor marker (« CA19-9 »,
« CD4/CD8 ») is written with three digits or more after the slash. Spaced (« H 26 / 07745 »), it is
read only after a word that gives a reference (« Réf. », « dossier », « examen », « n° »): « PA 12 / 345 »
could be anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.unexplained import UNIT_AFTER

SCORE = 0.8

# One to four capitals, a two-digit year, a slash, three to eight digits; nothing glued on either side
# (« COVID19/… » is no code of four letters; « 26/1187420/3 » a list). Case-sensitive.
_GLUED = re.compile(r"(?<![\w/.\-])[A-Z]{1,4}[0-9]{2}/[0-9]{3,8}(?![\w/]|[.,][0-9])")
_DIGITS = frozenset("0123456789")


def _glued(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_GLUED`, looked for at each slash only (``str.find`` jumps from one to
    the next far faster than ``re`` scans for a pattern that opens on a look-behind)."""
    at = text.find("/", 3)
    while at != -1:
        if "A" <= text[at - 3] <= "Z" and text[at - 2] in _DIGITS and text[at - 1] in _DIGITS:
            start = at - 3
            while start > max(0, at - 6) and "A" <= text[start - 1] <= "Z":
                start -= 1  # back to the code's first capital (four at most, checked by the pattern)
            match = _GLUED.match(text, start)
            if match is not None:
                yield match
        at = text.find("/", at + 1)


# The same with spaces around its parts, after a reference word (matched on the lower-cased text).
_SPACED = re.compile(
    r"(?<![^\W\d_])(?:r[ée]f(?:[ée]rence)?|dossier|examen|demande|n[°º]|num[ée]ro)(?![^\W\d_])\.?[ \t]*:?[ \t]*"
    r"(?P<value>[a-z]{1,4}[ \t]{1,2}[0-9]{2}[ \t]{0,2}/[ \t]{0,2}[0-9]{3,8})(?![\w/]|[.,][0-9])"
)


# Where the spaced form can be: letters, a space, two digits, maybe a space, a slash.
_SPACED_HIT = re.compile(r"[a-z][ \t]{1,2}[0-9]{2}[ \t]{0,2}/")


@dataclass(slots=True)
class YearSerialRecogniser:
    """NDA: a code, a two-digit year, a slash and a serial number."""

    name: str = "fr.year_serial"

    def may_match(self, doc: Document) -> bool:
        return "/" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "/" not in text:
            return
        for match in _glued(text):
            serial = match.group().rpartition("/")[2]
            if serial.rstrip("0") == "1":
                continue  # « EVA10/100 », « SAT98/100 »: a score out of a hundred, no file's rank
            if UNIT_AFTER.match(text, match.end()) is None:
                yield Finding(match.start(), match.end(), Label.NDA, SCORE, self.name)
        lowered = doc.lowered
        if lowered is not None and _SPACED_HIT.search(lowered) is not None:
            for match in _SPACED.finditer(lowered):
                start, end = match.span("value")
                if text[start].isupper() and UNIT_AFTER.match(text, end) is None:
                    yield Finding(start, end, Label.NDA, SCORE, self.name)


def build() -> YearSerialRecogniser:
    return YearSerialRecogniser()
