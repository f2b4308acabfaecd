"""A surname and a first name glued in capitals, as an export or a file name writes them without a
separator (issue 8, probe5: « ROBINCELINE-04021985-40088761-URG-20250305 », « DUPONTMARIE_12031950.pdf »,
« Patient DUPONTMARIE né le … »).

The word is no word and no listed name, and it cuts into a listed surname and a listed first name (either
order, four letters each at least). Capitals glued are acronyms and codes as often,
so the word is a name only where a record puts a person: before a separator glued to the digits of a date
or a number (« -04021985 », « _12031950 »), or after a word that names the person (« Patient », « Nom : »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname

# (a leading character class, no look-behind: ``re`` skips fast to the next capital; the boundaries
# are checked after)
_GLUED = re.compile(r"[A-ZÀ-ÖØ-Þ]{8,}")
_MAX_LETTERS = 30
# (glued to the separator: « , 132 », « . 11 » after a word in capitals are a table's or a sentence's)
_RECORD_AFTER = re.compile(r"[-_;|][0-9]{2}")
# (a title before the word makes it a name already: « Mme LEBLANCMARIE », the names' rules)
_PERSON_BEFORE = re.compile(
    r"(?<![\w])(?i:patiente?|nom|nom[ \t]+de[ \t]+naissance|identité|assurée?)[ \t]*:?[ \t]*$"
)
_MIN_PART = 4


def _cut(word: str) -> int | None:
    """Where ``word`` cuts into a surname and a first name (either order), or None."""
    for at in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:at], word[at:]
        if (is_surname(head) and is_first_name(tail)) or (is_first_name(head) and is_surname(tail)):
            return at
    return None


def _glued_runs(doc: Document) -> tuple[tuple[int, int], ...]:
    """Where the runs of eight capitals or more are: the same in both readings of a text
    (:meth:`Document.shared_by_readings`: capitals only, no white space), scanned once."""
    return tuple(m.span() for m in _GLUED.finditer(doc.text))


class GluedNamesRecogniser:
    """NOM: a surname and a first name glued in capitals, in a record."""

    name = "fr.glued_names"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start, end in doc.shared_by_readings(_glued_runs):
            word = text[start:end]
            if len(word) > _MAX_LETTERS or (start and (text[start - 1].isalnum() or text[start - 1] == "-")):
                continue
            if end < len(text) and text[end].isalnum():
                continue  # « ROBINCELINE2 », « DUPONTMARIEé »: a code, or a word going on
            if not (_RECORD_AFTER.match(text, end) or _PERSON_BEFORE.search(text, max(0, start - 24), start)):
                continue
            if is_common_word(word) or is_surname(word) or is_first_name(word):
                continue  # one name or one word, read by the name recognisers
            if _cut(word) is not None:
                yield Finding(start, end, Label.NOM, 0.8, self.name)


def build() -> GluedNamesRecogniser:
    return GluedNamesRecogniser()
