"""VILLE in the cells of a table's column headed « Ville », « Commune », « Lieu de naissance »…

Pasted spreadsheets and exports (semicolons, tabs, pipes) put the commune in a column of its own,
without the postcode or the « à » that ``city`` needs as a cue: « DUPONT;Rachid;…;Villeurbanne;entorse ».
The header of the column is the cue. A cell is taken when the whole cell (an arrondissement aside:
« Lyon 8e », « Paris 15ème ») is a commune of the list, in any case; a cell of anything else (« non
renseigné », « — », a number) stays as it is, and so do the other columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.tables import column_cells, may_hold_table
from egide.detect.places.lexicon import Lexicon, load_lexicon

#: Column headers whose cells are communes (folded, spaces collapsed).
CITY_COLUMNS: frozenset[str] = frozenset(
    {
        "ville", "commune", "localite", "ville de residence", "commune de residence", "lieu de naissance",
        "ville de naissance", "commune de naissance", "lieu de residence", "residence", "domicile",
        "ville domicile", "city", "town", "lieu naiss", "ville naiss", "lieu naiss.", "ville naiss.",
    }
)  # fmt: skip
_ARRONDISSEMENT = re.compile(r"[ \t]+(?:[1-9]|1[0-9]|20)[ \t]?(?:e|er|eme|ème|è)$", re.IGNORECASE)


class CityColumnRecogniser:
    """VILLE: a commune filling a cell of a column headed « Ville », « Commune »…"""

    name = "fr_city_column"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not may_hold_table(text):
            return
        for a, b in column_cells(text, CITY_COLUMNS):
            found = self._commune_cell(text, a, b)
            if found is not None:
                yield Finding(found[0], found[1], Label.VILLE, 0.85, self.name)

    def _commune_cell(self, text: str, a: int, b: int) -> tuple[int, int] | None:
        cell = text[a:b]
        stripped = cell.strip(" \t\"'\u00a0")
        if not stripped:
            return None
        s = a + cell.index(stripped)
        e = s + len(stripped)
        name = _ARRONDISSEMENT.sub("", stripped)
        if self.lexicon.commune(name) is None:
            return None
        return s, e
