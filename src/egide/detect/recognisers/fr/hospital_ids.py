"""IPP and NDA: the hospital's patient and stay numbers, found after their label words.

Formats differ from one establishment to the next (site patterns, ``site_patterns.py``, cover a
known format anywhere in the text); here a label word (« IPP », « NIP », « NDA », « N° de
séjour », « N° dossier », « numéro de venue », « NUM SEJ »…) followed by an identifier is enough.

« IPP » is also the usual abbreviation of proton-pump inhibitors (« sous IPP 20 mg/j »): a value
after « IPP » needs five digits or more and must not be followed by a dose unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.atoms import LABEL_FILLER

_NUMBER_WORD = r"(?:n\s?[°º]|no\.?|num(?:[ée]ro)?\.?)"
_OF = r"(?:\s*(?:de\s+l[ae']\s*|de\s+|du\s+|d['’]\s*))?"

IPP_WORDS = (
    r"ipp",
    r"nip",
    r"id\.?\s*patient",
    r"identifiant\s+(?:du\s+)?patient",
    rf"{_NUMBER_WORD}\s*{_OF}\s*patient",
    rf"{_NUMBER_WORD}\s*{_OF}\s*identification",
)
NDA_WORDS = (
    r"nda",
    r"num\s+s[ée]j",
    r"num\s+dossier",
    rf"{_NUMBER_WORD}\s*{_OF}\s*(?:s[ée]jour|dossier|venue|hospitalisation|admission|entr[ée]e|[ée]pisode)",
)

# The identifier: an optional letter prefix, then digits possibly grouped by single separators; a
# space may only separate digit groups, so that the word after the number is never swallowed.
_VALUE = r"(?P<value>(?:[A-Z]{1,3}[\-]?)?\d[0-9A-Z]*(?:(?:[.\-/]|[ ](?=\d))\d[0-9A-Z]*)*)"
_DOSE_AFTER = re.compile(r"\s*(?:mg|g\b|µg|mcg|ml|cp|gél|gel|sachet|amp|/j|x\s?\d|fois|ui\b)", re.I)
_DATE_LIKE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def _labelled(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![^\W\d_])(?i:" + "|".join(words) + r")(?![^\W\d_])" + LABEL_FILLER + _VALUE + r"(?![\w])"
    )


_PATTERNS = ((Label.IPP, _labelled(IPP_WORDS), 5), (Label.NDA, _labelled(NDA_WORDS), 4))
_NEEDLES = ("ipp", "nip", "patient", "nda", "num", "n°", "no", "identifi")


@dataclass(slots=True)
class HospitalIdRecogniser:
    """Labelled IPP and NDA values."""

    name: str = "fr.hospital_ids"
    score: float = 0.9

    def find(self, text: str) -> Iterator[Finding]:
        lowered = text.lower()
        if not any(n in lowered for n in _NEEDLES):
            return
        for label, regex, min_digits in _PATTERNS:
            for match in regex.finditer(text):
                value = match.group("value")
                start, end = match.span("value")
                if sum(c.isdigit() for c in value) < min_digits or _DATE_LIKE.fullmatch(value):
                    continue
                if _DOSE_AFTER.match(text, end):
                    continue
                yield Finding(start, end, label, self.score, self.name)


def build() -> HospitalIdRecogniser:
    return HospitalIdRecogniser()
