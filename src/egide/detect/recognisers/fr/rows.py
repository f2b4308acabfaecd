"""Row-aware reading: what the line (or table row) around a number says about it.

Patient banners and table rows print identifiers without their label: « DUPONT Jean | M |
12/03/1950 | 80012345 | 2301234567 ». The number is identifying because of its neighbours: a name,
a sex, a birth date, another identifier. And in a table, the header row names each column
(« IPP | NDA | Nom | NIR »): a cell is read with the header cell above it.

Helpers only (no recogniser here); used by the recognisers of unexplained numbers and of the NIR.
Everything is computed for one candidate at a time: long numbers are rare, most texts never get here.
"""

from __future__ import annotations

import re

from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.tables import has_comma_row

# A neighbour that says « this line is about a person »: a date (of birth, of admission), a sex
# written out or as a lone M/F/H, a title, « né(e) », an identifier label word, or a name printed
# as in banners (« DUPONT Jean »). Case-sensitive on purpose: « M » alone is a sex, « m » a metre.
_PERSON_CUES = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|(?<![^\W\d_])(?:n[ée]e?|N[ÉE]E?|DDN|[Ss]exe|SEXE|[Hh]omme|HOMME|[Ff]emme|FEMME|[Mm]asculin|[Ff][ée]minin"
    r"|MASCULIN|F[ÉE]MININ|Mme|MME|Mlle|Mr|MR|M\.|IPP|NIP|NDA|NIR|INS|IEP|[Pp]atient|PATIENT)(?![^\W\d_])"
    r"|(?<![\w.'’])[MFH](?![\w.'’])"
    r"|(?<![^\W\d_])[A-ZÀ-Ý][A-ZÀ-Ý'’\-]{2,} +[A-ZÀ-Ý][a-zà-ÿ]+"
)

# (the look-behind after the first digit, « no digit before it »: ``re`` skips ahead to a leading class,
# and tries a leading look-behind at every character)
_LONG_NUMBER = re.compile(r"\d(?<!\d\d)\d{6,}(?!\d)")

# A table row: cells separated by pipes, tabs or semicolons (a CSV pasted as is).
_CELL_SEPARATORS = ("|", "\t", ";")

# Header words and the label they give to the column under them, tried in this order.
_HEADER_LABELS: tuple[tuple[re.Pattern[str], Label], ...] = (
    (re.compile(r"(?<![^\W\d_])(?:date|né|ne le|ddn|naissance)(?![^\W\d_])"), Label.DATE),
    (
        re.compile(
            r"(?<![^\W\d_])(?:nir|ins|nss|s[ée]cu(?:rit[ée] sociale)?|n° ss|matricule|insee|vitale|assur[ée])(?![^\W\d_])"
        ),
        Label.NIR,
    ),
    (
        re.compile(r"(?<![^\W\d_])(?:t[ée]l(?:[ée]phone)?|portable|mobile|fax|poste|bip|dect)(?![^\W\d_])"),
        Label.TELEPHONE,
    ),
    (
        re.compile(
            r"(?<![^\W\d_])(?:nda|s[ée]jour|dossier|venue|iep|passage|admission|hospitalisation|[ée]pisode)(?![^\W\d_])"
        ),
        Label.NDA,
    ),
    (re.compile(r"(?<![^\W\d_])(?:ipp|nip|id|identifiant|patient|pid)(?![^\W\d_])"), Label.IPP),
)


#: How far from a number its line is read, each way: a banner or a table row is shorter, and a
#: bound keeps the work per number constant on a text without line breaks.
REACH = 300


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """Start and end of the line holding position ``at``, at most :data:`REACH` characters away."""
    low = max(0, at - REACH)
    start = text.rfind("\n", low, at) + 1 or low
    high = min(len(text), at + REACH)
    end = text.find("\n", at, high)
    return start, high if end == -1 else end


_CSV_ROW = re.compile(r";[^;\n]*;")
# (``has_comma_row``: a line of comma-separated cells, two commas, none followed by a space; prose
# puts one there)


_CHUNK = 128
_LONGEST_CUE = 64  # a cue that starts in a stretch is read to its end, past the stretch


class RowReader:
    """Reads the rows of one text for one call of a recogniser (no state outlives the call).

    Only the stretches of text around a long number are read, each once, so that the work stays
    linear however many long numbers one line holds.
    """

    __slots__ = ("_chunks", "_tops", "tabular", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # A header may name the columns: rows of cells between pipes, tabs, or semicolons (a CSV export,
        # two of them on a line at least: one is a clause's).
        self.tabular = "|" in text or "\t" in text or _CSV_ROW.search(text) is not None or has_comma_row(text)
        # The cues found so far, by stretch of text: each stretch is read once, however many
        # numbers its lines hold.
        self._chunks: dict[int, list[tuple[int, int]]] = {}
        # Where the block of table rows that a line belongs to starts, per separator: each row of
        # a table then walks up to its header once, not once per cell.
        self._tops: dict[tuple[int, str], int] = {}

    def about_a_person(self, start: int, end: int) -> bool:
        """Whether the line of the span ``[start, end)`` holds, outside the span, a cue that the
        line is about a person (name, sex, birth date, title, identifier label) or another long
        number."""
        line_start, line_end = line_bounds(self.text, start)
        for chunk in range(line_start // _CHUNK, (line_end - 1) // _CHUNK + 1):
            for cue_start, cue_end in self._cues(chunk):
                if line_start <= cue_start and cue_end <= line_end and (cue_end <= start or cue_start >= end):
                    return True
        return False

    def _cues(self, chunk: int) -> list[tuple[int, int]]:
        """The cues that start in the chunk-th stretch of :data:`_CHUNK` characters, read once."""
        cues = self._chunks.get(chunk)
        if cues is None:
            low = chunk * _CHUNK
            high = low + _CHUNK
            reach = min(len(self.text), high + _LONGEST_CUE)
            # (tried where a cue can begin only: :func:`~egide.detect.first_characters.finditer`)
            cues = [m.span() for m in finditer(_PERSON_CUES, self.text, low, reach) if m.start() < high]
            cues += [m.span() for m in _LONG_NUMBER.finditer(self.text, low, reach) if m.start() < high]
            self._chunks[chunk] = cues
        return cues

    def header_label(self, start: int, end: int) -> Label | None:
        """The label the table header gives to the cell holding ``[start, end)``, if the span fills
        its cell of a table row and the header cell above it names an identifier (or a date: DATE,
        so that the caller leaves it to the date recognisers)."""
        text = self.text
        line_start, line_end = line_bounds(text, start)
        line = text[line_start:line_end]
        separator = next(
            (s for s in _CELL_SEPARATORS if line.count(s) >= 2 or (s != ";" and line.count(s) >= 1)), None
        )
        if separator is None and line.count(",") >= 2 and ", " not in line:
            separator = ","  # a comma-separated export (« 123456,DURAND,Julien,30/09/1978 »)
        if separator is None:
            return None
        before = text[line_start:start]
        column = before.count(separator)
        cell_start = before.rfind(separator) + 1
        after_end = line.find(separator, end - line_start)
        cell = line[cell_start : len(line) if after_end == -1 else after_end]
        if cell.strip() != text[start:end]:
            return None  # the number is part of a longer cell: its header does not say what it is
        name = self._header_cell(line_start, separator, column)
        if not name:
            return None
        for pattern, label in _HEADER_LABELS:
            if pattern.search(name):
                return label
        return None

    def header_cell(self, start: int, end: int) -> str | None:
        """The header cell (lower case) above the cell that ``[start, end)`` fills, in a table whose
        cells are separated by tabs, pipes or semicolons; None when there is none."""
        text = self.text
        line_start, line_end = line_bounds(text, start)
        line = text[line_start:line_end]
        separator = next((s for s in _CELL_SEPARATORS if line.count(s) >= 2), None)
        if separator is None:
            return None
        before = text[line_start:start]
        cell_start = before.rfind(separator) + 1
        after_end = line.find(separator, end - line_start)
        cell = line[cell_start : len(line) if after_end == -1 else after_end]
        if cell.strip() != text[start:end]:
            return None
        return self._header_cell(line_start, separator, before.count(separator))

    def _header_cell(self, line_start: int, separator: str, column: int) -> str | None:
        header = self._header_line(line_start, separator)
        if header is None:
            return None
        cells = header.split(separator)
        if column >= len(cells):
            return None
        return cells[column].strip().lower()

    def _header_line(self, line_start: int, separator: str) -> str | None:
        """The first line of the block of table rows that ends with the line at ``line_start``,
        when it is not that line itself and holds no long number."""
        text = self.text
        at = line_start
        visited = []
        while at > 0:
            top = self._tops.get((at, separator))
            if top is not None:
                at = top
                break
            low = max(0, at - 1 - REACH)
            previous_start = text.rfind("\n", low, at - 1) + 1 or low
            if separator not in text[previous_start : at - 1]:
                break
            visited.append(at)
            at = previous_start
        for line in visited:
            self._tops[(line, separator)] = at
        if at == line_start:
            return None
        header = text[at : line_bounds(text, at)[1]]
        if _LONG_NUMBER.search(header):
            return None
        return header
