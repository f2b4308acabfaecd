"""Reference numbers: a number of five digits or more given as « n° », « no », « numéro » or « réf. ».

A writer who puts « n° » before a number says it is the number *of something*: a request, a
complaint, a transport slip, a wristband, a letter, a record. Records identify the person they are
about, so such a number is masked even when its digits are grouped by slashes, which the fail-closed
reading of long runs (``unexplained.py``) takes for a fraction or a date: « requête no 18928/91 »,
« plainte n° 12345/2019 », « bracelet no 884512 », « réf. 2024/18345 ».

Not a reference to a record: what the text names before the « n° » as a code of a product, a
classification or a legal text (« lot n° 45123 », « règlement (CE) n° 726/2004 », « code CIP n° … »,
« article », « tome »), a date or a month and year (« réf. 03/2019 »: the date recognisers' business),
a number followed by a unit. The hospital's own labels (« dossier n° », « séjour n° », « patient
n° ») are ``hospital_ids``'s, which reads them with a higher score and a more precise label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.legal_dates import legal_text_number
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.unexplained import UNIT_AFTER

#: Digits from which a number given as « n° » is a record's (« chambre n° 12 » is not).
MIN_DIGITS = 5
SCORE = 0.7  # a cue says it is a number of something; a recogniser that knows what wins

# Matched on the lower-cased text; the pattern opens with the letter ``re`` can jump to (« n », « r »). « no » needs a space, a dot or a digit after it: the English word
# « no » and « nos » never qualify. The value: an optional short letter prefix, digits grouped by
# single slashes, dashes, dots or spaces (a space only between digit groups).
_NUMBERED = re.compile(
    r"[nr](?<![^\W\d_].)(?:(?<=n)(?:\s?[°º]|o(?=[.\s\d])|um[ée]ro)|(?<=r)[ée]f(?:[ée]rence)?(?![^\W\d_]))\.?"
    r"[^\w\n]{0,3}(?:d['’]\s?ordre\s)?"
    # (a prefix of letter groups each with its dash: « acc. n° CHSF-US-2611-3391 », an imaging
    # accession number that names the site and the modality; a letter with its dot, as a pathology
    # department numbers its cases by letter, year and rank: « n° H.26.18842 »)
    r"(?P<value>(?:(?:[a-z]{1,5}-){1,2}|[a-z]{1,3}\.?)?\d+(?:(?:[/.\-]|\s(?=\d))\d+)*"
    # (the letters of the service that numbers it, closing it after a slash: « réquisition n° 2026/00871/PJ »,
    # not a unit per day, hour or litre)
    r"(?:/(?!(?:j|h|l|ml|mg|kg|min|an|sem)(?![^\W\d_]))[a-z]{2,3}(?![\w/]))?)(?![^\W_])"
)
_CUES = ("n°", "nº", "n °", "no ", "no.", "num", "réf", "ref")
_NEEDLES = Needles(_CUES)
# What a product, a classification or a legal text is numbered as (just before the cue); « cerfa »: an
# administrative form's number in the official register (« cerfa n° 11574*04 »), the same for everybody.
_CODE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:lot|cip(?:13|7)?|cis|ucd|amm|ean|atc|ccam|ngap|cim(?:-?10)?|loinc|finess|siret|siren"
    r"|rpps|adeli|tva|r[èe]glement|directive|d[ée]cret|d[ée]cision|loi|arr[êe]t[ée]|ordonnance|circulaire"
    r"|article|art|tome|vol(?:ume)?|page|p|fascicule|bulletin|journal|jo|isbn|issn|doi|pmid|version|brevet"
    r"|norme|iso|nf|en|ce|ue|eu|cerfa)(?![^\W\d_])[^\w\n]{0,4}(?:\([^)\n]{1,12}\)[^\w\n]{0,3})?\Z"
)
# A date, or a month and its year: only when the day, the month and the year can be read so (« n° 26-3318 »,
# « n° 45/8812 »: a form's year and its rank, or a counter, no month 26 nor year 3318).
_DATE_SHAPE = re.compile(
    r"(?:0?[1-9]|1[0-2])[/.\-](?:[0-9]{2}|(?:19|20)[0-9]{2})"
    r"|(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:[0-9]{2}|(?:19|20)[0-9]{2})"
    r"|(?:19|20)[0-9]{2}[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12][0-9]|3[01])"
)


@dataclass(slots=True)
class NumberedRecogniser:
    """Numbers of five digits or more introduced as the number of something."""

    name: str = "fr.numbered"

    def may_match(self, doc: Document) -> bool:
        """A cue is in the text, its line breaks read as spaces (« no » at a line's end, then a number:
        « no 12 » once joined; see :func:`egide.detect.recogniser.may_match`)."""
        lowered = doc.lower
        return len(lowered) == len(doc.text) and _NEEDLES.found_in(
            lowered.replace("\n", " ").replace("\r", " ")
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        lowered = doc.lower
        if len(lowered) != len(doc.text) or not doc.holds(_NEEDLES):
            return
        for match in _matches(lowered):
            value = match.group("value")
            start, end = match.span("value")
            if sum(c.isdigit() for c in value) < MIN_DIGITS or _DATE_SHAPE.fullmatch(value):
                continue
            if _CODE_BEFORE.search(lowered, max(0, match.start() - 30), match.start()):
                continue
            if legal_text_number(doc.text, start, end):
                continue  # « arrêté ministériel n° 2018-117 »: a qualifier between the text and its number
            if UNIT_AFTER.match(doc.text, end):
                continue
            yield Finding(start, end, Label.IDENTIFIANT, SCORE, self.name)


def _matches(lowered: str) -> Iterator[re.Match[str]]:
    """The pattern tried where a cue starts only: ``str.find`` jumps from one cue to the next, where the
    pattern, opening on « n » or « r », would be tried at a fifth of the text's letters."""
    starts: set[int] = set()
    for cue in _CUES:
        at = lowered.find(cue)
        while at != -1:
            starts.add(at)
            at = lowered.find(cue, at + 1)
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        match = _NUMBERED.match(lowered, at)
        if match is not None:
            done = match.end()
            yield match


def build() -> NumberedRecogniser:
    return NumberedRecogniser()
