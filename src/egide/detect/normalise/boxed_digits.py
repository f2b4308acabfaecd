"""Digits printed one per box read as one number: « 2 7 1 0 5 … », « 1|4|0|3|1|9|5|0 ».

Forms and OCR print a NIR, a date or a phone number one digit per box. A run of single digits
separated by one space, a pipe or the brackets that draw the boxes (« [1][5][7]… », « [1] [4] ») is
read with those separators deleted, so that the recognisers see
« 271057511234567 » or « 14031950 ». What a reader sees as structure is kept: a date separator
(« . », « / », « - », spaces around it allowed) stays between its groups (« 1 4 . 0 3 . 1 9 5 0 »
→ « 14.03.1950 »), and a wider gap of two or three spaces becomes one space (a NIR printed in its
groups, « 2  7 1  0 5 … » → « 2 71 05 … »), and so does an empty box between two groups (« |1|4| |0|3|
|1|9|7|8| » → « 14 03 1978 »).

A run is read when it has six digits or more, at least three of them joined by a deleted
separator, and is not a scale or a list (« 0 1 2 3 4 5 6 7 8 9 », « 2 4 6 8 »: each digit the
one before plus or minus the same step). Short lists and scores (« 1 2 3 4 », « 3 4 5 »), numbered items (« J1 J2 J3 ») and
table cells (« | 1 | 0 | 2 | », digits separated by tabs) are not runs. Once a text prints one
such number one digit per box, it is a form that prints every number so: there, shorter runs are
read too, from two digits on (« 2 0 1 6 », « 6 9 0 0 3 Lyon », « 9 5 ans »), scales still excepted,
and a token of capitals and digits glued to a run's first box joins it when the whole holds seven
digits or more (an IBAN « FR7 6 5 8 … », a passport « 1 5UP4 0 0 5 8 »; not « T4 2 0 1 6 »). Anywhere,
four boxes that read as a year (« né en 1 9 5 0 »), two before a month name (« le 2 0 août ») and five
that open on a department before a capitalised word (« 9 3 2 0 0 St Denis », after a comma or a line
break too) or bracketed after one (« Saint-Malo (3 5 4 0 0) ») are read. A date separator joins groups
of four digits at most: between longer groups, a dash separates two numbers of a list and cuts the run
(« 0 3 0 3 1 9 3 6 — 0 0 8 7 4 4 1 2 »: a date, then an IPP).

A form prints its date fields in boxes side by side, the parts with no separator between them: four
or six boxes that read as a day and a month, a month and a year or a short date (« 1 4 0 3 »,
« 0 6 2 0 2 1 », « 1 2 0 2 2 5 ») are read with a slash between the parts (« 14/03 », « 06/2021 »,
« 12/02/25 »), unless a label names them otherwise (« IPP 1 5 0 4 4 8 ») or four boxes stand before
their commune (a Swiss postcode); outside a form too, four such boxes before a time or after « le »
(« 1 2 0 3 8h15 », « revu le 1 4 0 3 »). A CSV field glued to its comma (« Antoine,0 3 1 1 1 9 4 4,… ») is
read as any run; after a digit, the comma is a decimal's (« 1,5 2 »).
"""

from __future__ import annotations

import itertools
import re

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTHS, unaccented
from egide.detect.normalise.mapping import Draft, Edit

# A digit alone (no letter or digit on either side), then more, each after one separator.
# A line break may cut the boxes too (« 2 2 0⏎5 1 9 6 2 »): see ``_line_pieces``.
# A comma glued before the first box is a CSV field's (« Antoine,0 3 1 1 1 9 4 4,… ») when a letter
# stands before it; after a digit, a decimal's (« 1,5 2 »).
_RUN = re.compile(
    r"(?<![\w./\\-])(?!(?<=,)(?<![^\W\d_],))[0-9](?:(?: {1,3}|\| \||\||\] ?\[| ?[./-] ?| ?[./-]? ?\n ?[./-]? ?)[0-9](?!\w))+"
)
# Two single digits joined by a box separator; led by the digit so that the scan skips from digit
# to digit (the character before it is checked by hand).
_PREFILTER = re.compile(r"[0-9](?:[ |]|\] ?\[)[0-9](?!\w)")
_RUN_CHARS = frozenset("0123456789 |./-[]\n")
# Between two boxes drawn with brackets: « ][ », « ] [ ».
_BRACKETS = frozenset({"][", "] ["})
MIN_DIGITS = 6
MIN_JOINED = 3
# In a text that prints one long number one digit per box, it prints the others so too: the year,
# the postcode, the age (« 2 0 1 6 », « 6 9 0 0 3 », « 9 5 ans »).
MIN_DIGITS_IN_FORM = 2
MIN_JOINED_IN_FORM = 1
MIN_LEAD_DIGITS = 7


# A token of capitals and digits glued to the first box of a run: the country and key of an IBAN
# (« FR7 6 5 8 … »), the letters inside a passport number (« 1 5UP4 0 0 5 8 »); one box may precede it.
_LEAD_TOKEN = re.compile(r"(?:(?P<box>[0-9]) )?(?P<token>[0-9]?[A-Z]{1,3}[0-9]) $")


class _Run:
    """A run of single digits: its edits and what decides whether it is read."""

    __slots__ = ("digits", "edits", "joined", "start")

    def __init__(self, digits: list[int], edits: list[Edit], joined: int, start: int = 0) -> None:
        self.digits = digits
        self.edits = edits
        self.joined = joined
        self.start = start

    def long(self) -> bool:
        return len(self.digits) >= MIN_DIGITS and self.joined >= MIN_JOINED and not _is_scale(self.digits)

    def year(self) -> bool:
        """« né en 1 9 5 0 », « (1 9 7 4) »: four boxes that read as a year, a form's field even alone."""
        value = int("".join(map(str, self.digits)))
        return len(self.digits) == 4 and self.joined == 3 and 1900 <= value <= 2099

    def postcode(self, text: str) -> bool:
        """« 9 3 2 0 0 St Denis »: five boxes, a department first, then a capitalised word (after a
        comma or a line break too) or a closing bracket, a postcode and its commune even outside a
        form."""
        if len(self.digits) != 5 or self.joined != 4 or _is_scale(self.digits):
            return False
        department = self.digits[0] * 10 + self.digits[1]
        if not (1 <= department <= 95 or department == 97):
            return False
        end = self.edits[-1][1] + 1
        if text[end : end + 1] == ")" and _COMMUNE_BRACKET_BEFORE.search(
            text, max(0, self.start - 40), self.start
        ):
            return True  # « Saint-Malo (3 5 4 0 0) »: the postcode bracketed after its commune
        if _CAPITALISED_AFTER.match(text, end) is not None:
            return True
        # « Héricourt, 7 0 4 0 0. », « bât. E, 1 3 0 1 3. », « dans le 1 3 0 0 5, »: after its commune
        # or the end of an address and a comma, or a Marseille or Lyon district after « dans le », the
        # boxes closing the clause
        return _CLAUSE_END_AFTER.match(text, end) is not None and (
            _ADDRESS_COMMA_BEFORE.search(text, max(0, self.start - 40), self.start) is not None
        )

    def as_date(self, text: str) -> list[Edit]:
        """The run's edits, the gaps between the parts of a date written as slashes when the boxes
        hold nothing but a date's digits: a day and a month (« 1 4 0 3 » → « 14/03 »), a month and a
        year (« 0 6 2 0 2 1 » → « 06/2021 »), a day, a month and a short year (« 1 2 0 2 2 5 » →
        « 12/02/25 »). A form prints its date fields so, the parts in boxes side by side; read as one
        number, they are a date no recogniser knows (eight boxes, a day, a month and a year, are one
        already). Four boxes that read as a year are one (« 2 0 0 5 »); a date that has no valid day
        and month, no valid month and year, is left a number (« 5 1 2 3 », « 4 8 7 1 »), and so is one
        that a label names otherwise (« IPP 1 5 0 4 4 8 », « bip 1 2 0 3 ») or four boxes before their
        commune (« 1 0 0 6 Lausanne »: a Swiss postcode)."""
        cuts = _date_cuts(self.digits)
        if not cuts or self.joined != len(self.digits) - 1 or len(self.edits) != self.joined:
            return self.edits
        if _NUMBER_LABEL_BEFORE.search(text, max(0, self.start - 24), self.start) is not None:
            return self.edits
        if len(self.digits) == 4 and _CAPITALISED_AFTER.match(text, self.edits[-1][1] + 1) is not None:
            return self.edits
        return [(s, e, "/") if k in cuts else (s, e, r) for k, (s, e, r) in enumerate(self.edits)]

    def in_form(self) -> bool:
        short_scale = len(self.digits) >= 3 and _is_scale(self.digits)
        return (
            len(self.digits) >= MIN_DIGITS_IN_FORM and self.joined >= MIN_JOINED_IN_FORM and not short_scale
        )


# The label of a number that is no date, right before the boxes (« IPP : », « n° », « bip »).
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:ipp|nda|n°|no|num[ée]ro|dossier|s[ée]jour|venue|lot|rpps|adeli|finess|t[ée]l|t[ée]l[ée]phone"
    r"|bip|poste|code|cp|chambre|ch|lit|box|bo[iî]te|bp|cs|r[ée]f)\.?)[ \t]*[:=#]?[ \t]*$"
)


def _date_cuts(digits: list[int]) -> tuple[int, ...]:
    """After which digits a run of boxes that reads as a date is cut into its parts (see
    :meth:`_Run.as_date`), or nothing."""

    def number(a: int, b: int) -> int:
        return int("".join(map(str, digits[a:b])))

    def day_month(a: int) -> bool:
        return 1 <= number(a, a + 2) <= 31 and 1 <= number(a + 2, a + 4) <= 12

    def year(a: int) -> bool:
        return 1900 <= number(a, a + 4) <= 2099

    n = len(digits)
    if n == 4 and day_month(0) and not year(0):
        return (1,)
    if n == 6 and 1 <= number(0, 2) <= 12 and year(2):
        return (1,)
    if n == 6 and day_month(0):
        return (1, 3)
    return ()  # (eight boxes, « 1 4 0 3 2 0 2 5 », are read as a date once joined, like « 14032025 »)


def _is_scale(digits: list[int]) -> bool:
    steps = {b - a for a, b in itertools.pairwise(digits)}
    return len(steps) == 1 and 0 not in steps


def _read_run(draft: Draft, start: int, end: int) -> _Run | None:
    text = draft.text
    digits: list[int] = []
    edits: list[Edit] = []
    joined = 0
    i = start
    while i < end:
        digits.append(int(text[i]))
        j = i + 1
        while j < end and not text[j].isdigit():
            j += 1
        separator = text[i + 1 : j]
        if separator == " " and draft.original_of(i + 1) == "\t":
            return None  # a tab separates the cells of a table, not boxes of one number
        if separator in (" ", "|") or separator in _BRACKETS or separator.strip(" ") == "\n":
            edits.append((i + 1, j, ""))
            joined += 1
        elif separator and separator.strip(" ") == "":
            edits.append((i + 2, j, ""))  # two or three spaces: one is kept
        elif separator == "| |":
            # an empty box between the parts of a date or the groups of a number (« |1|4| |0|3| |1|9|7|8| »):
            # a gap, one space kept as between groups of boxes spaced wider
            edits.append((i + 1, j, " "))
        elif separator.strip(" \n") != separator:
            punct = separator.strip(" \n")
            at = i + 1 + separator.index(punct)
            if at > i + 1:
                edits.append((i + 1, at, ""))
            if at + 1 < j:
                edits.append((at + 1, j, ""))
        i = j
    return _Run(digits, edits, joined, start)


def join_boxed_digits(draft: Draft) -> None:
    """Delete the separators between digits printed one per box."""
    text = draft.text
    first = next(
        (h.start() for h in _PREFILTER.finditer(text) if h.start() == 0 or not text[h.start() - 1].isalnum()),
        None,
    )
    if first is None:
        return
    while first > 0 and text[first - 1] in _RUN_CHARS:  # the run may start before the pair
        first -= 1
    grouped = _pipe_grouped(text, first)
    runs = [
        run
        for match in _RUN.finditer(text, first)
        for piece in _line_pieces(text, *match.span())
        for start, end in _date_groups(text, *piece)
        if not any(a <= start < b for a, b, _ in grouped)
        if (run := _read_run(draft, start, end))
    ]
    form = bool(grouped) or any(run.long() for run in runs)
    edits = [
        edit
        for run in runs
        if run.long()
        or (form and run.in_form())
        or run.year()
        or _day_and_month_by_cue(text, run)
        or _day_before_month(text, run)
        or run.postcode(text)
        for edit in (*(_lead_edits(text, run) if form else ()), *run.as_date(text))
    ]
    edits.extend(edit for _, _, group_edits in grouped for edit in group_edits)
    draft.apply(sorted(edits))


# A number printed in groups of boxes, each group a cell of its own between pipes with spaces beside
# them, as an OCR reads a form whose walls are pipes: « |1 | 5 6 | 0 8 | 5 9 | 3 5 0 | 2 1 4| » (a NIR in
# its groups), « 0 6 | 1 2 | 3 4 | 5 6 | 7 8 ». A pipe with spaces beside it is a table's wall to
# ``_RUN`` (« | 1 | 0 | 2 | »: cells of one digit each, left alone): here the groups hold two boxes or
# more (all but one), which no table's cell of scores does. Read as the number in its groups
# (« 1 56 08 59 350 214 »), and the text is a form.
_BOX = r"[0-9](?![\w])"
_PIPE_GROUPED = re.compile(
    rf"(?<![\w./\\-])(?<![0-9] ){_BOX}(?: {_BOX}){{0,3}}(?:(?: \| ?|\| ){_BOX}(?: {_BOX}){{0,3}}){{2,}}"
)
_PIPE_GAP = re.compile(r" ?\| ?")
MIN_GROUPED_DIGITS = 8


def _pipe_grouped(text: str, first: int) -> list[tuple[int, int, list[Edit]]]:
    """The numbers printed in groups of boxes between pipes (:data:`_PIPE_GROUPED`), with their edits:
    the spaces between boxes deleted, each wall between groups read as one space."""
    if "|" not in text:
        return []
    found: list[tuple[int, int, list[Edit]]] = []
    for match in _PIPE_GROUPED.finditer(text, first):
        start, end = match.span()
        gaps = list(_PIPE_GAP.finditer(text, start, end))
        groups = [
            text[a:b]
            for a, b in zip([start, *(g.end() for g in gaps)], [*(g.start() for g in gaps), end], strict=True)
        ]
        digits = [int(c) for c in match.group() if c.isdigit()]
        boxed = sum(" " in group for group in groups)
        if len(digits) < MIN_GROUPED_DIGITS or boxed < len(groups) - 1 or _is_scale(digits):
            continue
        edits: list[Edit] = [(g.start(), g.end(), " ") for g in gaps]
        edits.extend(
            (k, k + 1, "")
            for k in range(start, end)
            if text[k] == " " and text[k - 1].isdigit() and text[k + 1].isdigit()
        )
        found.append((start, end, sorted(edits)))
    return found


# A date separator joins a day, a month and a year: groups of four digits at most. Between longer
# groups of boxes, a dash or a slash separates two numbers of a list (« né le 0 3 0 3 1 9 3 6 —
# 0 0 8 7 4 4 1 2 », a date and an IPP; « 1 3 0 3 2 0 2 5 — 2 pages »): the run is cut there.
_PUNCTUATION = re.compile(r"[ \n]*[./-][ \n]*")
MAX_DATE_GROUP = 4


def _date_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the run ``text[start:end]`` between its list separators."""
    marks = [m for m in _PUNCTUATION.finditer(text, start, end) if text[m.start() - 1].isdigit()]
    if not marks:
        return [(start, end)]
    bounds = [start, *(i for m in marks for i in m.span()), end]
    groups = [sum(c.isdigit() for c in text[a:b]) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for k, mark in enumerate(marks):
        if groups[k] > MAX_DATE_GROUP or groups[k + 1] > MAX_DATE_GROUP:
            pieces.append((piece_start, mark.start()))
            piece_start = mark.end()
    pieces.append((piece_start, end))
    return pieces


# How many digits a whole number has: a postcode, a short or a long date, a phone, a NIR without and
# with its key. A line break cuts a run of boxes (« 2 2 0⏎5 1 9 6 2 ») when the boxes before it are
# no such number and the whole is one; otherwise it ends one number (« … 5 6 7⏎2 cp/j »).
_WHOLE_COUNTS = frozenset({5, 6, 8, 10, 13, 15})
# A group of two digits or more right after the run's last box: that box opens a grouped number.
_GROUP_AFTER = re.compile(r" {1,2}[0-9]{2}")


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run ``text[start:end]`` whole, or cut at its line breaks (see :data:`_WHOLE_COUNTS`)."""
    brk = text.find("\n", start, end)
    if brk < 0:
        return [(start, end)]
    before = sum(c.isdigit() for c in text[start:brk])
    total = sum(c.isdigit() for c in text[start:end])
    # (unless the box after the break opens a number printed in groups, « …2 3 7⏎1 67 04 99 424 118 38 »:
    # a label's next line, an IPP then a NIR, not one number cut by the break)
    if (
        text.count("\n", start, end) == 1
        and before not in _WHOLE_COUNTS
        and total in _WHOLE_COUNTS
        and _GROUP_AFTER.match(text, end) is None
    ):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        digits = [k for k, c in enumerate(line.group()) if c.isdigit()]
        if digits:
            pieces.append((start + line.start() + digits[0], start + line.start() + digits[-1] + 1))
    return pieces


# After five boxes, their commune: a capitalised word after spaces, a comma or a line break (« 6 9 0 0 3
# Lyon », « 6 9 0 0 3, Lyon », « 4 4 3 0 0⏎NANTES »).
# A capitalised word, then the bracket that opens right before the boxes.
_COMMUNE_BRACKET_BEFORE = re.compile(r"[A-ZÀ-Þ][^\W\d_]*[ \t\n]*\($")
_CAPITALISED_AFTER = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*(?<=[\s,])[A-ZÀ-Þ]")
# What closes the clause after a postcode with no commune after it.
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;)]|\n|$)")
# Before it: a capitalised word (its commune, « Héricourt, »), or a building's letter (« bât. E, »),
# and a comma; or « dans le » (« vit dans le 1 3 0 0 5 »: a district of Marseille, Lyon or Paris).
_ADDRESS_COMMA_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][^\W\d_]*,|(?<![^\W\d_])dans[ \t]+le)[ \t]*$")
_MONTH_AFTER = re.compile(
    r"[ \t]+(?i:"
    + "|".join(sorted({*MONTHS, *map(unaccented, MONTHS), *MONTH_ABBREVIATIONS}, key=len, reverse=True))
    + r")(?![^\W\d_])"
)


# A time right after four boxes (« 1 2 0 3 8h15 », « (1 3 0 3 16:52) »), or « le », « du », « au »
# right before them: the boxes are a day and a month.
_TIME_AFTER = re.compile(r"[ \t]+[0-2]?[0-9](?:[hH](?:[0-5][0-9])?|:[0-5][0-9])(?![\w:])")
_DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:le|du|au|depuis|dès|des))[ \t]+$")


def _day_and_month_by_cue(text: str, run: _Run) -> bool:
    """« 1 2 0 3 8h15 glycémie », « message (1 3 0 3 16:52) », « revu le 1 4 0 3 »: four boxes that read
    as a day and a month, a time after them or « le » before them, outside a form too."""
    if len(run.digits) != 4 or run.joined != 3 or _date_cuts(run.digits) != (1,):
        return False
    end = run.edits[-1][1] + 1
    return (
        _TIME_AFTER.match(text, end) is not None
        or _DATE_WORD_BEFORE.search(text, max(0, run.start - 12), run.start) is not None
    )


def _day_before_month(text: str, run: _Run) -> bool:
    """« le 2 0 août 1 9 9 3 »: two boxes before a month name are its day."""
    if len(run.digits) != 2 or run.joined != 1:
        return False
    end = run.edits[-1][1] + 1 if run.edits else run.start + 3
    return 1 <= run.digits[0] * 10 + run.digits[1] <= 31 and _MONTH_AFTER.match(text, end) is not None


def _lead_edits(text: str, run: _Run) -> list[Edit]:
    """In a form, the gaps between a run and a token of capitals and digits glued to its first box
    (« FR7 6 5 8 … » → « FR7658… », « 1 5UP4 0 0 5 8 » → « 15UP40058 »), when the whole holds seven
    digits or more: « T4 2 0 1 6 » is a stage and a year."""
    start = run.start
    lead = _LEAD_TOKEN.search(text, max(0, start - 9), start)
    if lead is None or lead.end() != start:
        return []
    if len(run.digits) + sum(c.isdigit() for c in lead.group()) < MIN_LEAD_DIGITS:
        return []
    token_start = lead.start("token")
    if token_start and (text[token_start - 1].isalnum() or text[token_start - 1] in ".,/\\-"):
        return []
    edits: list[Edit] = []
    box = lead.start("box")
    if box >= 0 and (box == 0 or not (text[box - 1].isalnum() or text[box - 1] in ".,/\\-")):
        edits.append((box + 1, box + 2, ""))
    elif box >= 0:
        return []
    edits.append((start - 1, start, ""))
    return edits


# The vertical strokes of box drawing (« │ », « ┃ », « ┆ », « ┊ », « ║ », « ╎ », « ╏ »): a form drawn
# with them boxes its digits as a form drawn with « | » does (« 1│6│4│0 … »).
_BOX_BARS = "│┃┆┊║╎╏"


def read_box_bars(draft: Draft) -> None:
    """Read a box-drawing stroke between two digits (spaces around it allowed) as « | », so that the
    passes after this one read boxed digits through it as through a pipe (same length)."""
    text = draft.text
    if not any(bar in text for bar in _BOX_BARS):
        return
    chars = list(text)
    changed = False
    for at, char in enumerate(text):
        if char not in _BOX_BARS:
            continue
        before = text[max(0, at - 3) : at].rstrip(" ")
        after = text[at + 1 : at + 4].lstrip(" ")
        if before[-1:].isdigit() and after[:1].isdigit():
            chars[at] = "|"
            changed = True
    if changed:
        draft.same_length("".join(chars))
