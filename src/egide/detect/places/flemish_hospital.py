"""A Belgian hospital named by its Dutch kind before its own name (ETABLISSEMENT): « AZ Groeninge »,
« l'AZ Delta », « UZ Leuven », « AZ Sint-Jan Brugge », « l'AZ Damiaan d'Ostende ».

In Flanders a general hospital is an « Algemeen Ziekenhuis » and a university one an « Universitair
Ziekenhuis »: both go by their initials, AZ and UZ, then their name or their town. A French letter from
the border (Lille, Dunkerque, Tourcoing) names the hospital so when a patient is treated or followed
over the border. « AZ » is also a brand's initials (« vaccin AZ ») and a range (« de A à Z »): so the
initials must stand where an establishment is named, after an article elided (« l'AZ », « à l'AZ »), a
bracket, a dash or a line's start, in capitals, with a capitalised name right after them; the name is
one to three capitalised words (joined by a space or a hyphen), not a French article or link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import LOWER, UPPER

SCORE = 0.85
_WORD = rf"(?!(?:Le|La|Les|De|Du|Des|Et|Le|Au|Aux|En)(?![\w\-]))[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
_FLEMISH = re.compile(
    rf"(?<![\w\-'’])(?:[lL]['’])?(?P<kind>[AU]Z)[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\w\-])"
)
# where an establishment is named: after « l' », a bracket, a dash or a colon, or opening a line
_BEFORE = re.compile(r"(?:^|[(\n]|[—–:][ \t]+|[ \t]-[ \t]+)\Z")


class FlemishHospitalRecogniser:
    """ETABLISSEMENT: « AZ » or « UZ », a Flemish hospital's kind, then its name."""

    name = "be_flemish_hospital"

    def may_match(self, doc: Document) -> bool:
        return "AZ " in doc.text or "UZ " in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _FLEMISH.finditer(text):
            if m.start("kind") > m.start() or _BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
                yield Finding(m.start("kind"), m.end(), Label.ETABLISSEMENT, SCORE, self.name)
