"""A file's, a stay's or an examination's number written as a code, a two-digit year, a slash and a
serial number: « dossier SJ26/118742 », « Dossier MN26/3391 », « Examen ETT26/9918 », « Réf. H 26 / 07745 »,
« Réf. patient : VEL/26/88317 » (a slash after the letters too).

Hospitals and laboratories number their files within the year: the site's, the unit's or the
modality's letters, the year's last two digits, a slash, then the file's rank in that year. The slash
keeps the reading of long numbers (``unexplained.py``) from seeing one token: the year is two digits
and the serial often fewer than seven. Written glued (« SJ26/118742 »), capitals then two digits then a
slash, it is that code wherever it stands: no measure, score, vertebra (« L4/L5 ») nor marker (« CA19-9 »,
« CD4/CD8 ») is written with three digits or more after the slash. Spaced (« H 26 / 07745 »), it is
read only after a word that gives a reference (« Réf. », « dossier », « examen », « n° »): « PA 12 / 345 »
could be anything.

The year may be written whole (« PV 2026/004871 », « Facture 2026/118204 »: a police report's, an
invoice's, a register's number within the year): four digits from 19 or 20, a slash, the rank. The rank
then opens on a zero (« 2026/0418 ») or holds five digits or more (« 2026/118744 »), or a reference word
stands just before (« PV », « n° », « réf. », « dossier », « affaire », « plainte »); never another year
(« 2025/2026 » is a season), nor a rate per hundred thousand (« 2000/100000 »).
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
# The laboratory's or the site's letters, a slash, the year, a slash, the serial (« VEL/26/88317 »,
# « LBM/25/004127 »): the same code with a slash after its letters too. Not a date's year after the
# second slash (« MAR/12/2026 » is a month written in letters): four digits from 19 or 20 are left out.
_SLASHED = re.compile(
    r"(?<![\w/.\-])[A-Z]{2,4}/[0-9]{2}/(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{3,8}(?![\w/]|[.,][0-9])"
)


def _slashes(text: str) -> Iterator[int]:
    """Every slash of ``text``: where a code can be, found by ``str.find`` (far faster than ``re`` scans
    for a pattern that opens on a look-behind or a letter, which it would try at most letters)."""
    at = text.find("/", 3)
    while at != -1:
        yield at
        at = text.find("/", at + 1)


def _glued_at(text: str, at: int) -> re.Match[str] | None:
    """The glued code whose slash is at ``at`` (« SJ26/118742 »), or None."""
    if not ("A" <= text[at - 3] <= "Z" and text[at - 2] in _DIGITS and text[at - 1] in _DIGITS):
        return None
    start = at - 3
    while start > max(0, at - 6) and "A" <= text[start - 1] <= "Z":
        start -= 1  # back to the code's first capital (four at most, checked by the pattern)
    return _GLUED.match(text, start)


def _slashed_at(text: str, at: int) -> re.Match[str] | None:
    """The code whose letters end at the slash at ``at`` (« VEL/26/88317 »), or None."""
    start = at
    while start > max(0, at - 4) and "A" <= text[start - 1] <= "Z":
        start -= 1
    return _SLASHED.match(text, start)


def _spaced_before(text: str, at: int) -> bool:
    """A space and two digits, maybe a space, before the slash at ``at`` (« H 26 / », « HC 24/ »)."""
    j = at - 1 if text[at - 1] in " \t" else at
    return j >= 3 and text[j - 1] in _DIGITS and text[j - 2] in _DIGITS and text[j - 3] in " \t"


# The same with spaces around its parts, after a reference word (matched on the lower-cased text).
_SPACED = re.compile(
    r"(?<![^\W\d_])(?:r[ée]f(?:[ée]rence)?|dossier|examen|demande|n[°º]|num[ée]ro)(?![^\W\d_])\.?[ \t]*:?[ \t]*"
    r"(?P<value>[a-z]{1,4}[ \t]{1,2}[0-9]{2}[ \t]{0,2}/[ \t]{0,2}[0-9]{3,8})(?![\w/]|[.,][0-9])"
)


# How far before its slash the reference word of a spaced code may start (« référence : HC 24 / »).
_SPACED_REACH = 32

# A whole year, a slash, the rank (« 2026/004871 »), nothing glued on either side (« 12/2026/0418 » is
# something else; « 2026/004871/2 » a list).
_WHOLE_YEAR = re.compile(r"(?<![\w/.,\-])(?:19|20)[0-9]{2}/(?P<rank>[0-9]{3,8})(?![\w/]|[.,][0-9])")
_LONG_RANK = 5  # digits of a rank that need no reference word
# Below the reading of numbers after their cue (``numbered.py``, 0.7): « Courrier réf. 2024/18345 » is its
# IDENTIFIANT; a police report's or a register's rank it does not read is a stay's number here.
SCORE_WHOLE_YEAR = 0.65
# The reference word before a short rank (matched on the lower-cased text, ending right before the year).
_WHOLE_YEAR_CUE = re.compile(
    r"(?<![^\W\d_])(?:pv|proc[èe]s[- ]verbal|n[°º]|num[ée]ro|r[ée]f(?:[ée]rence)?|dossier|affaire|plainte"
    r"|r[ée]quisition|facture)(?![^\W\d_])\.?[ \t]*:?[ \t]*(?:(?:pv|n[°º])[ \t]*)?\Z"
)
_CUE_REACH = 24


def _whole_year_at(text: str, lowered: str | None, at: int) -> re.Match[str] | None:
    """The whole year and rank whose slash is at ``at`` (« 2026/004871 »), or None."""
    if at < 4 or text[at - 4] not in "12" or not all(c in _DIGITS for c in text[at - 3 : at]):
        return None
    match = _WHOLE_YEAR.match(text, at - 4)
    if match is None:
        return None
    rank = match["rank"]
    if len(rank) == 4 and rank[:2] in ("19", "20"):
        return None  # « 2025/2026 »: two years
    if rank.rstrip("0") == "1":
        return None  # « 2000/100000 »: a rate, no rank
    if rank[0] == "0" or len(rank) >= _LONG_RANK:
        return match
    if lowered is None or len(lowered) != len(text):
        return None
    cue = _WHOLE_YEAR_CUE.search(lowered, max(0, at - 4 - _CUE_REACH), at - 4)
    return match if cue is not None else None


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
        lowered = doc.lowered
        done = 0
        for at in _slashes(text):
            if at < done:
                continue
            if "A" <= text[at - 1] <= "Z" and at + 3 < len(text) and text[at + 3] == "/":
                slashed = _slashed_at(text, at)
                if slashed is not None:
                    done = slashed.end()
                    yield Finding(slashed.start(), slashed.end(), Label.NDA, SCORE, self.name)
                    continue
            if text[at - 1] in _DIGITS and (whole := _whole_year_at(text, lowered, at)) is not None:
                done = whole.end()
                if UNIT_AFTER.match(text, whole.end()) is None:
                    yield Finding(whole.start(), whole.end(), Label.NDA, SCORE_WHOLE_YEAR, self.name)
                continue
            glued = _glued_at(text, at)
            if glued is not None:
                done = glued.end()
                if glued.group().rpartition("/")[2].rstrip("0") == "1":
                    continue  # « EVA10/100 », « SAT98/100 »: a score out of a hundred, no file's rank
                if UNIT_AFTER.match(text, glued.end()) is None:
                    yield Finding(glued.start(), glued.end(), Label.NDA, SCORE, self.name)
            elif lowered is not None and _spaced_before(text, at):
                match = _SPACED.search(lowered, max(0, at - _SPACED_REACH), min(len(text), at + 12))
                if match is None or not match.start("value") < at < match.end("value"):
                    continue
                start, end = match.span("value")
                done = end
                if text[start].isupper() and UNIT_AFTER.match(text, end) is None:
                    yield Finding(start, end, Label.NDA, SCORE, self.name)


def build() -> YearSerialRecogniser:
    return YearSerialRecogniser()
