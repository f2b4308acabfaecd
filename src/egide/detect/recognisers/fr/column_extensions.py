"""TELEPHONE: the internal extensions of a directory or a roster printed as a table whose columns are
set apart by spaces, under a « Poste », « Bip », « DECT » or « Tél. » heading:

    Fonction              Nom                        Poste    Bip
    Cadre de santé        M. Boukhari Samir          4212     —

The label word that makes three to five digits an extension (``extension.py``) stands once, in the
heading, and the numbers under it in as many rows: a number that starts under the heading's column (a
few characters off, as a flattened page aligns them) and fills its cell is the extension, when the
heading line and the row both read as a table's (a gap of three spaces or more between cells). Tables
joined by pipes, tabs or semicolons are read by their cells (``rows.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles

# A heading of an extension's column: the word alone in its cell (line start or two spaces before it,
# two spaces or the line's end after it), on the lower-cased text.
# (matched where a needle starts, what stands before checked in code: ``_headings``)
_HEADING = re.compile(r"(?:postes?|bip|dect|t[ée]l(?:[ée]phone|\.)?|ext\.?)(?= {2,}|[ \t]*(?:\n|$))")
_NEEDLES = ("poste", "bip", "dect", "tél", "tel", "ext")
_COLUMN_NEEDLES = Needles(_NEEDLES)
# A table's line: two cells at least, set apart by three spaces or more.
_GAP = re.compile(r"\S {3,}\S")
# The extension filling its cell: three to five digits, or two pairs (« 42 12 »), then a gap or the end.
_VALUE = re.compile(r"(?:[0-9]{3,5}|[0-9]{2}[ .][0-9]{2})(?= {2,}|[ \t]*(?:\n|$))")
# How far a row's cell may start from its heading's column.
_SLACK = 3
# Rows read under a heading, at most (a directory's page).
_MAX_ROWS = 60
SCORE = 0.75


class ColumnExtensionRecogniser:
    """Extensions under a « Poste » column of a table set out with spaces."""

    name = "fr.column_extensions"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "   " in doc.text and _COLUMN_NEEDLES.found_in(low)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        if low is None or "   " not in text or not _COLUMN_NEEDLES.found_in(low):
            return
        for heading in _headings(low):
            at = heading.start()
            line_start = low.rfind("\n", 0, at) + 1
            line_end = low.find("\n", heading.end())
            if line_end == -1:
                return
            if not _GAP.search(text, line_start, line_end):
                continue  # a sentence, no table's heading
            column = heading.start() - line_start
            yield from _under(text, line_end + 1, column)


def _headings(low: str) -> Iterator[re.Match[str]]:
    """The headings' matches, in order: each needle found by ``str.find`` (« e » and « t » open most
    French words, where a scan by ``re`` would try the pattern), the line's start or two spaces before."""
    starts = set()
    for needle in _NEEDLES:
        at = low.find(needle)
        while at != -1:
            if at == 0 or low[at - 1] == "\n" or low[at - 2 : at] == "  ":
                starts.add(at)
            at = low.find(needle, at + 1)
    for at in sorted(starts):
        m = _HEADING.match(low, at)
        if m is not None:
            yield m


def _under(text: str, at: int, column: int) -> Iterator[Finding]:
    """The values that start under ``column`` in the table's rows from offset ``at`` on."""
    for _ in range(_MAX_ROWS):
        if at >= len(text):
            return
        end = text.find("\n", at)
        if end == -1:
            end = len(text)
        if not _GAP.search(text, at, end):
            return  # a line that is no table's row ends the table
        low = at + max(0, column - _SLACK)
        high = min(end, at + column + _SLACK + 1)
        for start in range(low, high):
            if text[start].isdigit() and (start == at or text[start - 2 : start] == "  "):
                value = _VALUE.match(text, start, end)
                if value is not None:
                    yield Finding(start, value.end(), Label.TELEPHONE, SCORE, ColumnExtensionRecogniser.name)
                break
        at = end + 1


def build() -> ColumnExtensionRecogniser:
    return ColumnExtensionRecogniser()
