"""The machine-readable zone of an identity card, a passport or a residence permit (ICAO 9303), copied
from a scan: « IDFRABERTRAND<<<<<<<<<<<<<<<<<<<<<<<< », « P<FRADUPONT<<JEAN<PIERRE<<<<<<<<<<<<<<<<<<<<<
», « 12AB345678FRA8008153M3101013<<<<<<<<<<<02 » (issue #8, probe42: an identity form's MRZ line
under the birth place).

Every item of the zone identifies its holder: the surname and the given names (NOM), the document's
number, the birth date and the expiry, run together (PIECE_IDENTITE). A line of the zone is told by its
shape alone: thirty to forty-four characters, capitals, digits and « < » fillers only, five fillers at
least, alone on its line. Its first five characters, when they are the document's kind and the issuing
state (« IDFRA », « P<FRA », « IRFRA »), name no one and stay; every run of letters or digits after them
is masked, a run of letters as a name, a run holding a digit as the document's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

_LINE = re.compile(r"(?m)^[ \t]*(?P<line>[A-Z0-9<]{30,44})[ \t]*$")
# The document's kind (one or two letters, a filler for the second) and the issuing state's code.
_HEAD = re.compile(r"(?:P|I|A|C|V)[A-Z<][A-Z<]{3}")
_RUN = re.compile(r"[A-Z0-9]+")
SCORE = 0.9


class MrzRecogniser:
    """NOM and PIECE_IDENTITE: the items of a machine-readable zone's line."""

    name = "fr_mrz"

    def may_match(self, doc: Document) -> bool:
        return "<<<<<" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "<<<<<" not in text:
            return
        for m in _LINE.finditer(text):
            line = m["line"]
            if line.count("<") < 5:
                continue
            start = m.start("line")
            head = _HEAD.match(line)
            if head is not None:
                start += 5
            for run in _RUN.finditer(text, start, m.end("line")):
                if len(run.group()) < 2:
                    continue  # a check digit or the sex's letter between fillers
                label = Label.PIECE_IDENTITE if any(c.isdigit() for c in run.group()) else Label.NOM
                yield Finding(run.start(), run.end(), label, SCORE, self.name)
