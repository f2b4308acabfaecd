"""NOM: the patients of a staff's or a round's list, each item opening its line with a surname, the given
name's initial and the age in brackets (« 1) kouyaté M. (61a) CBNPC st IV », « - Le Gall A. (F, 84 ans)
chute », « schaeffer R. (74a) adk pancréas »).

A hurried list types the surname in lower case, where no word list nor capital says it is one, and
gives the person by the initial of the given name and the age: the shape of the item says who it is.
The surname is one word, or two (a particle, a compound), that is no French word (« 2) patient M.
(61a) » is no one's name); a title may stand before it (« 3) mme aharonian L. (80a) »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word

# The item: the line's start, its number or its bullet, a title perhaps, the surname, the initial and
# its dot, then the age in brackets (the sex before it perhaps: « (F, 84 ans) », « (H 61a) »).
# (matched at a line's start only: ``find`` goes from each « a) », « ans) » to its line)
_ITEM = re.compile(
    r"[ \t]*(?:(?:[0-9]{1,2}[).]|[-•*–—])[ \t]*)?"
    r"(?:(?i:m\.|mme|mlle|mr|madame|monsieur)[ \t]+)?"
    r"(?P<surname>[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*(?:[ \t][^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*)?)"
    r"[ \t]+(?P<initial>[A-ZÀ-Þ]\.)[ \t]*"
    r"\([ \t]*(?:[MFH][ \t]*,?[ \t]*)?[0-9]{1,3}[ \t]*(?:a|ans)[ \t]*\)"
)
SCORE = 0.8


class ListedPatientRecogniser:
    """The surname and the initial of a patient listed with the age."""

    name = "fr.listed_patients"

    def may_match(self, doc: Document) -> bool:
        return "a)" in doc.text or "ans)" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "a)" not in text and "ans)" not in text:
            return
        lines = set()
        for closing in ("a)", "ans)"):
            at = text.find(closing)
            while at != -1:
                lines.add(text.rfind("\n", 0, at) + 1)
                at = text.find(closing, at + 1)
        for line in sorted(lines):
            m = _ITEM.match(text, line)
            if m is None:
                continue
            words = m["surname"].split()
            if any(is_common_word(w.lower()) for w in words if len(w) > 3) or all(
                is_common_word(w.lower()) for w in words
            ):
                continue
            yield Finding(m.start("surname"), m.end("initial"), Label.NOM, SCORE, self.name)


def build() -> ListedPatientRecogniser:
    return ListedPatientRecogniser()
