"""TELEPHONE: the extensions in the cells of a table drawn with pipes, tabs or semicolons, under a heading
cell « Bip », « Poste », « DECT » or « Tél. int. »:

    Date        | Senior bloc        | Senior réa         | Bip
    lun. 30/11  | A. DUFOUR          | M. SY              | 36 412

The label word stands once, in the heading's cell; each row's cell of the same column holds the number
alone: three to five digits, or their usual groups (« 36 412 », « 42 12 », « 6 42 18 »). A roster's
pager numbers and a directory's extensions reach their holder as a phone number does. (A table set
out with spaces is ``column_extensions.py``'s.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles

# The heading cell, whole, on the lower-cased text.
_HEADING = re.compile(
    r"(?:n°[ \t]*(?:de[ \t]+)?)?(?:postes?|bips?|dect|t[ée]l\.?[ \t]*int(?:erne)?\.?|ext\.?)"
)
_NEEDLES = ("poste", "bip", "dect", "tél. int", "tel. int", "tél int", "tel int", "ext.")
_CELL_NEEDLES = Needles(_NEEDLES)
_SEPARATORS = ("|", "\t", ";")
# The extension filling its cell.
_VALUE = re.compile(r"[0-9]{3,5}|[0-9]{2}[ .][0-9]{2,3}|[0-9][ .][0-9]{2}[ .][0-9]{2}")
_MAX_ROWS = 60
SCORE = 0.75


class ExtensionCellRecogniser:
    """Extensions in a « Bip » or « Poste » column of a table whose cells are set apart by pipes."""

    name = "fr.extension_cells"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return ("|" in text or "\t" in text or ";" in text) and _CELL_NEEDLES.found_in(doc.lower)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lower
        seen: set[int] = set()
        for needle in _NEEDLES:
            at = low.find(needle)
            while at != -1:
                line_start = low.rfind("\n", 0, at) + 1
                if line_start not in seen:
                    seen.add(line_start)
                    yield from _column(text, low, line_start)
                at = low.find(needle, at + 1)


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """The spans of the cells of ``line`` (offsets in the line), blanks trimmed."""
    spans = []
    at = 0
    for part in line.split(separator):
        a, b = at, at + len(part)
        while a < b and line[a] in " \t":
            a += 1
        while b > a and line[b - 1] in " \t":
            b -= 1
        spans.append((a, b))
        at += len(part) + 1
    return spans


def _column(text: str, low: str, line_start: int) -> Iterator[Finding]:
    line_end = low.find("\n", line_start)
    line_end = len(low) if line_end == -1 else line_end
    heading = low[line_start:line_end]
    separator = next((s for s in _SEPARATORS if heading.count(s) >= (2 if s == ";" else 1)), None)
    if separator is None:
        return
    cells = _cells(heading, separator)
    columns = [k for k, (a, b) in enumerate(cells) if _HEADING.fullmatch(heading, a, b)]
    if not columns:
        return
    at = line_end + 1
    for _ in range(_MAX_ROWS):
        if at >= len(text):
            return
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        row = text[at:end]
        if separator not in row:
            return
        row_cells = _cells(row, separator)
        for k in columns:
            if k < len(row_cells):
                a, b = row_cells[k]
                if _VALUE.fullmatch(row, a, b):
                    yield Finding(at + a, at + b, Label.TELEPHONE, SCORE, ExtensionCellRecogniser.name)
        at = end + 1


def build() -> ExtensionCellRecogniser:
    return ExtensionCellRecogniser()
