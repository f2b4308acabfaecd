"""Layout changes: line breaks inside an entity, table rows, addresses with commas, glued words.

* **Line break inside an entity**: one space of each gold span that has one becomes a line break
  (a name or an address wrapped by a narrow column: « Jean\\nDUPONT »).
* **Table rows** (pipes or tabs): each line becomes a row of cells; the separators between fields
  outside gold spans (« : », « ; », « , », « - » between spaces) become « | » (with a border at both
  ends of the line) or a tab, as in an export of the patient record.
* **Address parts separated by commas**: two place spans (ADRESSE, CODE_POSTAL, VILLE) with only
  spaces or a line break between them are joined by « , » (« 12 rue des Lilas, 69003, Lyon »), and a
  street number gets its comma (« 12, rue des Lilas »).
* **Words glued**: no space after punctuation followed by a letter or digit (« M.Dupont »,
  « Lyon,le 3 mars », « IPP:123456 »), anywhere in the text.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence

from bench.perturb.edits import Edit, GoldSpan

PLACE_LABELS = {"ADRESSE", "CODE_POSTAL", "VILLE"}
_FIELD_SEPARATOR = re.compile(r"[ \t]*(?:[:;,]|[ \t][-–])[ \t]+")
_STREET_NUMBER = re.compile(r"(\d+(?:\s?(?:bis|ter|b|B))?)(\s+)(?=\D)")
_AFTER_PUNCTUATION = re.compile(r"(?<=[,;:.!?)])[ \t]+(?=\w)")


def _outside(start: int, end: int, spans: Sequence[GoldSpan]) -> bool:
    return all(end <= s or e <= start for s, e, _ in spans)


def line_breaks(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    edits = []
    for start, end, _ in spans:
        spaces = [i for i in range(start, end) if text[i] == " "]
        if spaces:
            i = rng.choice(spaces)
            edits.append(Edit(i, i + 1, "\n"))
    return edits


def _inside(position: int, spans: Sequence[GoldSpan]) -> bool:
    return any(s < position < e for s, e, _ in spans)


def _table(text: str, spans: Sequence[GoldSpan], separator: str, border: bool) -> list[Edit]:
    """A line break inside a gold span (a name wrapped by its column, « CHEV\nALIER ») is no row
    boundary: no border there, or the span's own text would change."""
    edits = []
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if not line.strip():
            continue
        if border and not _inside(line_start, spans):
            edits.append(Edit(line_start, line_start, "| "))
        for field in _FIELD_SEPARATOR.finditer(text, line_start, line_end):
            if _outside(field.start(), field.end(), spans):
                edits.append(Edit(field.start(), field.end(), separator))
        if border and not _inside(line_end, spans):
            edits.append(Edit(line_end, line_end, " |"))
    return edits


def table_pipes(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    return _table(text, spans, " | ", border=True)


def table_tabs(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    return _table(text, spans, "\t", border=False)


def address_commas(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    edits = []
    ordered = sorted(spans)
    for (_, end, label), (start, _, next_label) in itertools.pairwise(ordered):
        gap = text[end:start]
        if label in PLACE_LABELS and next_label in PLACE_LABELS and gap and not gap.strip():
            edits.append(Edit(end, start, ", "))
    for start, end, label in ordered:
        if label == "ADRESSE" and (number := _STREET_NUMBER.match(text, start, end)):
            edits.append(Edit(number.end(1), number.end(2), ", "))
    return edits


def glued(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    return [Edit(m.start(), m.end(), "") for m in _AFTER_PUNCTUATION.finditer(text)]
