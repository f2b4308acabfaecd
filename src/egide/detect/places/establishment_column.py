"""ETABLISSEMENT in the cells of a table's column headed « Site », « Établissement », « Hôpital »…

An export of patients across a group's hospitals gives the site in a column of its own, by its short
name or its acronym alone (« ROCHE⇥Évelyne⇥…⇥Lyon Sud », « …⇥HEH »): no « CHU » nor « hôpital » is
there for ``establishment`` to read. The header of the column is the cue. A cell is taken when it is a
short name: one to four words, the first capitalised or an acronym, no digit, and not only words of the
language (« Lobe droit », « Non », « — » stay: a biopsy's or a form's « site »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.names.tables import column_cells, may_hold_table

#: Column headers whose cells are establishments or their sites (folded, spaces collapsed).
ESTABLISHMENT_COLUMNS: frozenset[str] = frozenset(
    {
        "site", "site hospitalier", "etablissement", "etab", "etab.", "hopital", "structure",
        "etablissement d'origine", "etablissement de destination", "site de prise en charge",
        "hopital d'origine", "hopital de destination",
    }
)  # fmt: skip
# A short name: capitalised words or an acronym, maybe joined by hyphens, apostrophes or a link word.
_SHORT_NAME = re.compile(
    r"[A-ZÀ-Þ][\wÀ-ÿ'’\-]*(?:[ ](?:de|du|des|la|le|d['’])?[ ]?[A-ZÀ-Þ][\wÀ-ÿ'’\-]*){0,3}"
)
_WORD = re.compile(r"[^\W\d_]+")


class EstablishmentColumnRecogniser:
    """ETABLISSEMENT: a short name filling a cell of a column headed « Site », « Établissement »…"""

    name = "fr_establishment_column"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not may_hold_table(text):
            return
        for a, b in column_cells(text, ESTABLISHMENT_COLUMNS):
            cell = text[a:b]
            stripped = cell.strip(" \t\"'\u00a0")
            if not stripped or not _SHORT_NAME.fullmatch(stripped) or any(c.isdigit() for c in stripped):
                continue
            words = _WORD.findall(stripped)
            if all(is_common_word(w.lower()) and not w.isupper() for w in words):
                continue  # « Lobe droit », « Non », « Inconnu »: no name
            s = a + cell.index(stripped)
            yield Finding(s, s + len(stripped), Label.ETABLISSEMENT, 0.8, self.name)
