"""CODE_POSTAL in the cells of a table's column headed « CP », « Code postal », « code_postal »…

Exports put the postcode in a column of its own, often the last one, with no commune after it nor a
« CP : » before it (« 41007745,2025-04-22T09:30:00,consultation,41000 »): the header of the column is
the cue, as for the communes (``city_column``). A cell is taken when it holds five digits that a
département can start (a code of the list, a CEDEX code, « 2A004 » excepted: that is an INSEE code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.tables import column_cells, may_hold_table
from egide.detect.places.lexicon import Lexicon, load_lexicon

#: Column headers whose cells are postcodes (folded, spaces and underscores collapsed).
POSTCODE_COLUMNS: frozenset[str] = frozenset(
    {
        "cp", "c.p.", "code postal", "codepostal", "code postal de residence", "cp residence",
        "cp domicile", "code postal domicile", "postal code", "postalcode", "zip", "zip code", "cp naissance",
    }
)  # fmt: skip
_HEADER_NEEDLE = re.compile(r"cp|postal|zip")
_CODE = re.compile(r"(?:0[1-9]|[1-8][0-9]|9[0-5]|97|98)[0-9]{3}")


class PostcodeColumnRecogniser:
    """CODE_POSTAL: five digits filling a cell of a column headed « CP », « Code postal »…"""

    name = "fr_postcode_column"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # A header naming a postcode holds one of these (most tables have none: their rows are not read).
        if not _HEADER_NEEDLE.search(doc.lower) or not may_hold_table(text):
            return
        for a, b in column_cells(text, POSTCODE_COLUMNS, underscores=True):
            cell = text[a:b]
            stripped = cell.strip(" \t\"'\u00a0")
            if _CODE.fullmatch(stripped):
                start = a + cell.index(stripped)
                score = 0.9 if stripped in self.lexicon.postcodes else 0.8
                yield Finding(start, start + len(stripped), Label.CODE_POSTAL, score, self.name)
