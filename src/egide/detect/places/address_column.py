"""ADRESSE: a hamlet's or a farm's name in a table's column of addresses that has no header (« Le Haut
Bréhand » in a home nurse's round, between the patient's cell and the care's).

A round or a list of visits pasted from a spreadsheet puts the address in a column of its own: most rows
give a numbered street line (« 12 rue du Four »), the rural ones the name of the place alone (« Le Haut
Bréhand », « Kerhuel », « La Grange Neuve »), which no street type or number announces. The column is the
cue: where two rows or more of a run of rows (same separator, same number of cells) hold a numbered street
line in the same column, another cell of that column made only of capitalised words (an article and links
inside) is a place too. A word alone must be no French word; a cell that names an organisation or a
person (« Cabinet … », « Mme … ») is left to the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.names.tables import table_lines
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.unnumbered_line import NOT_A_PLACE

# A numbered street line filling a cell (« 12 rue du Four », « 3 imp. des Lilas », « 21, route de Brest »).
_STREET_CELL = re.compile(
    r"[ \t]*[0-9]{1,4}(?:[ \t]?(?:bis|ter|[A-Da-d])(?![\w]))?[ \t]*,?[ \t]*"
    r"(?i:rue|r\.|avenue|av\.?|bd|boulevard|impasse|imp\.?|allée|all\.?|place|pl\.|chemin|ch\.|route|rte"
    r"|quai|cours|square|résidence|rés\.|lotissement|lot\.|lieu-dit|hameau|sentier|voie|passage)(?![\w])"
)
_WORD = rf"[{UPPER}][{LOWER}{UPPER}'’\-]+"
_LINK = r"(?:de[ \t]+la|de[ \t]+l['’]|de|du|des|d['’]|l['’]|la|le|les|aux|au|en|sur|sous)"
# The place's name alone in its cell: capitalised words, its article and links inside.
_PLACE_CELL = re.compile(
    rf"[ \t]*(?P<place>(?:(?:Le|La|Les)[ \t]+|L['’][ \t]*)?{_WORD}(?:[ \t]+(?:{_LINK}[ \t]*)?{_WORD}){{0,4}})[ \t]*"
)
_ARTICLE = re.compile(r"(?:Le|La|Les)[ \t]|L['’]")
# Rows of a run whose street lines make the column one of addresses.
_STREETS_IN_COLUMN = 2


class AddressColumnRecogniser:
    """ADRESSE: a place's name in a headerless column of numbered street lines."""

    name = "fr_address_column"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "\t" not in text and "|" not in text:
            return
        run: list[list[tuple[int, int]]] = []
        shape: tuple[str, int] = ("", 0)
        for _line, sep, cells in table_lines(text):
            if sep in ("\t", "|") and len(cells) >= 3 and (not run or shape == (sep, len(cells))):
                run.append(cells)
                shape = (sep, len(cells))
                continue
            yield from self._run(text, run)
            run = [cells] if sep in ("\t", "|") and len(cells) >= 3 else []
            shape = (sep, len(cells))
        yield from self._run(text, run)

    def _run(self, text: str, rows: list[list[tuple[int, int]]]) -> Iterator[Finding]:
        """The place cells of the address columns of one run of rows."""
        if len(rows) < _STREETS_IN_COLUMN + 1:
            return
        for column in range(len(rows[0])):
            cells = [row[column] for row in rows]
            streets = sum(1 for a, b in cells if _STREET_CELL.match(text, a, b))
            if streets < _STREETS_IN_COLUMN:
                continue
            for a, b in cells:
                m = _PLACE_CELL.fullmatch(text, a, b)
                if m is None:
                    continue
                place = m["place"]
                words = [w for w in re.split(r"[ \t'’]+", place) if w]
                if fold(words[0]) in NOT_A_PLACE:
                    continue  # « Cabinet Morel », « Mme Daniel »: an organisation, a person
                if len(words) == 1 and is_common_word(place):
                    continue  # « Absent », « Annulé »: a word, no place
                if all(is_common_word(w) for w in words) and not (_ARTICLE.match(place) and len(words) >= 3):
                    # « Idem », « Voir dossier »: words, no place's name; led by its article, two words
                    # after it are one (« Le Moulin Neuf », « La Grange Haute »)
                    continue
                yield Finding(m.start("place"), m.end("place"), Label.ADRESSE, 0.75, self.name)
