"""NDA and NIR: the numbers of Belgian and Luxembourg patients' social insurance, after their field's words:
« Mutualité : Solidaris – n° d'affiliation : 322/118047/56 », « numéro d'inscription : 118-0473-25 »,
« NISS : 85.07.30-033.61 », « n° de registre national 85073003361 », « matricule CNS : 1985 0730 123 45 ».

Patients from across the border show their mutuality's card and their identity card: the affiliation
number groups its digits with slashes, dots or dashes, as no French number is written, and no reading of
French numbers took it (a slash reads as a fraction or a date). The Belgian national register number
(NISS, « INSZ » in Flemish) and the Luxembourg « matricule » are a person's number for life, like the NIR.
Read only after their field's words, which no medical text writes: six digits or more, in groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles

SCORE = 0.85
_MIN_DIGITS = 6
# The number: digit groups set apart by a slash, a dot, a dash or one space; nothing glued after it.
_NUMBER = r"(?P<number>[0-9]{2,13}(?:[/.\- ][0-9]{1,8}){0,5})(?![\w/]|[.,][0-9])"
_BETWEEN = r"[ \t]*(?:\((?i:belge?|be|lu)\)[ \t]*)?:?[ \t]*"
_FIELD = re.compile(
    r"(?<![\w])(?i:"
    # the mutuality's member number (« n° d'affiliation », « numéro d'inscription », « n° de membre »)
    r"(?P<member>(?:n[°º]|num[ée]ro|no\.?)[ \t]*(?:d['’][ \t]*affiliation|d['’][ \t]*inscription|de[ \t]+membre)"
    r"|affiliation(?:[ \t]+mutuelle)?|lidnummer|aansluitingsnummer|inschrijvingsnummer)"
    # the person's number of the national register, or the Luxembourg social security number
    r"|(?P<person>niss|insz|(?:n[°º]|num[ée]ro)[ \t]*(?:de[ \t]+)?registre[ \t]+national|registre[ \t]+national"
    r"|rijksregisternummer|matricule[ \t]+(?:cns|ccss|luxembourgeois|national)))" + _BETWEEN + _NUMBER
)
# (« de membre », not « membre »: every « membre inférieur » would run the pattern)
_NEEDLES = Needles(
    ("affiliation", "inscription", "de membre", "lidnummer", "aansluiting", "niss", "insz", "registre national",
     "rijksregister", "matricule")
)  # fmt: skip


class AffiliationNumberRecogniser:
    """NDA: a Belgian mutuality's member number; NIR: a Belgian or Luxembourg person's number."""

    name = "fr.affiliation_number"

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_NEEDLES)

    def find(self, doc: Document) -> Iterator[Finding]:
        if not doc.holds(_NEEDLES):
            return
        text = doc.text
        for m in _FIELD.finditer(text):
            number = m["number"]
            if sum(c.isdigit() for c in number) < _MIN_DIGITS:
                continue
            label = Label.NIR if m["person"] is not None else Label.NDA
            yield Finding(m.start("number"), m.end("number"), label, SCORE, self.name)


def build() -> AffiliationNumberRecogniser:
    return AffiliationNumberRecogniser()
