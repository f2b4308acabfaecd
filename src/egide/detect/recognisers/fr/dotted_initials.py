"""A person named by dotted initials only, where a register writes them (issue 8, tenth probe batch):
research case report forms and screening logs (« patient 12-031 (R.A.) », « S-01 L.M. (1971) »,
« C.J.-P. (1958) »), organ-donation records (« donneur B. K. (groupe O+) »).

Initials are parts of a name and identify with the rest of the line (a birth year, a centre). Dotted
capitals are abbreviations as often (« U.S. », « S.A. », « M. »), so they are a person's only in such a
register: right after a patient's or an inclusion's code and a bracket, after « patient », « donneur »,
« receveur », « sujet », after a screening number (« S-01 »), or before a birth year in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# Two or three dotted capitals, a space or a hyphen between them (« R.A. », « B. K. », « C.J.-P. »).
_INITIALS = re.compile(r"[A-Z]\.(?:[ ]?-?[A-Z]\.){1,2}(?![\w])")
_REGISTER_BEFORE = re.compile(
    r"(?:[0-9]{2,3}-[0-9]{2,4}[ \t]*\([ \t]*"  # « 12-031 (R.A.) »: the inclusion's code, then a bracket
    r"|(?<![\w])(?i:donneur|donneuse|receveur|receveuse|patient|patiente|sujet)[ \t]+"
    r"|(?<![\w])[A-Z]{1,2}-[0-9]{2,3}[ \t]+)$"  # « S-01 L.M. »: a screening number
)
_BIRTH_YEAR_AFTER = re.compile(r"[ \t]*\([ \t]*(?:19|20)[0-9]{2}[ \t]*\)")
_REACH = 24


class DottedInitialsRecogniser:
    """NOM: dotted initials in a register of patients or donors."""

    name = "fr.dotted_initials"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _INITIALS.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
                continue  # « U.S.A. » read from its second letter, « J.-P. » of a longer run
            if _REGISTER_BEFORE.search(text, max(0, start - _REACH), start) or _BIRTH_YEAR_AFTER.match(
                text, m.end()
            ):
                yield Finding(start, m.end(), Label.NOM, 0.8, self.name)


def build() -> DottedInitialsRecogniser:
    return DottedInitialsRecogniser()
