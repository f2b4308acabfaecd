"""A date printed in boxes with pipes between its parts read as a date: « 1 4|3|1 9 5 0 » →
« 14|3|1950 », « 0 5 / 1 1 | 2 0 1 9 » → « 05/11|2019 ».

Forms draw a day, a month and a year in boxes, and a scan or a copy writes the boxes of each part one
digit apart and a pipe (or a slash, a dot, a dash) between the parts. :mod:`boxed_digits` reads a pipe
as the wall between two boxes and deletes it, which is right inside one number (« 1|4|0|3|1|9|5|0 »)
and wrong between the parts of a date: « 1 4|3|1 9 5 0 » would read « 1431950 ». Here, a pipe with
boxes on both sides is a date separator when the parts have a date's shape (a day and a month of one
or two digits, a year of two or four) and one part at least is printed in boxes (two digits one space
apart): the spaces inside the parts and around the separators are deleted, the separators kept, and
the date recognisers read the rest. Runs without a pipe are left to :mod:`boxed_digits`, except the
short ones it does not read (fewer than six digits): a day and a month of one box each, then a year in
boxes (« 2 . 2 . 2 6 » → « 2.2.26 », « 7 / 3 / 2 5 » → « 7/3/25 »), a form's date field.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

# Day, month and year, each one or two boxes (the year two or four), a separator between them of
# which one at least is a pipe (checked in code); nothing glued before or after. A day or a month may
# be written whole beside a boxed one (« 1 4/02/1953 »); one part at least is boxed (checked in code).
# (the outer walls of the field may stand against it, « |0 4|0 5|1 9 5 5| », when no box is beyond them)
_DATE = re.compile(
    r"(?<![\w/.\-])(?<![\w/.\-|]\|)(?<!\d \|)(?P<day>\d(?: ?\d)?) ?(?P<s1>[|/.\-]) ?(?P<month>\d(?: ?\d)?)"
    r" ?(?P<s2>[|/.\-]) ?(?P<year>\d \d(?: \d \d)?|\d{4}|\d{2})(?![\w/.\-])(?!\|[ ]?[\w/.\-|])"
    # (nor the first three groups of a longer number printed in groups of boxes, « 0 6 | 1 2 | 3 4 | 5 6 | 7 8 »)
    r"(?! ?\| ?[0-9](?: [0-9])* ?\| ?[0-9])"
)


# A separator, then a year's first two boxes: where a short boxed date without a pipe can end; or a
# day or a month in two boxes against its separator (« 1 4/0 2/1953 », « 1 4.02.1953 »).
# (no boundary before the day here: :data:`_DATE` checks it)
# (both forms led by one class, the character it read checked after it: an alternation of two classes
# would be tried at every character)
_SHORT_PREFILTER = re.compile(r"[./0-9](?:(?<=[./]) ?[0-9] [0-9](?![\w])|(?<=[0-9]) [0-9] ?[./])")
#: Digits from which :mod:`boxed_digits` reads a run alone (its ``MIN_DIGITS``).
_LONG_RUN = 6


def _whole_year_after_boxes(m: re.Match[str]) -> bool:
    """« 1 4/0 2/1953 », « 1 4.02.1953 »: the day or the month in two boxes (a scan that spaced the
    digits of a form's date), the same slash or dot twice, and a year of four digits written whole:
    :mod:`boxed_digits` reads no run there (the year is no box), and the date recognisers would read
    « 4/0 » or « 4/02/1953 » and leave the first digit."""
    return (
        m["s1"] == m["s2"]
        and m["s1"] in "./"
        and len(m["year"]) == 4
        and " " not in m["year"]
        and (" " in m["day"] or " " in m["month"])
    )


# A date field printed one digit per box, the boxes drawn with pipes and spaces beside them (« Date
# naissance : |1 | 9 | 0 | 4 | 1 | 9 | 3 | 6| », « né le | 0 | 3 | 1 | 1 | 4 | 4 | »): six or eight boxes,
# maybe a blank box between the parts (« |2|3| |1|1| |1|9|3|2| »).
# :mod:`boxed_digits` leaves a pipe with spaces around it alone, a table's cells (« | 1 | 0 | 2 | »): here
# the field's label before the boxes says they hold a date.
# A blank box may part the day, the month and the year (« |2|3| |1|1| |1|9|3|2| »): checked in code.
_PIPE_BOXES = re.compile(r"\|[ ]?[0-9](?:[ ]?\|(?:[ ]{1,2}\|)?[ ]?[0-9]){5,7}[ ]?\|(?![ ]?[0-9])")
_BLANK_BOX = re.compile(r"\|[ ]{1,2}(?=\|)")
_FIELD_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:dates?(?:[ \t]+(?:de|du|d['’])[ \t]*[^\W\d_]+)?(?:[ \t]+(?:de[ \t]+)?naissance)?"
    r"|naissance|n[ée]e?(?:\(e\))?[ \t]+le|ddn|dn|le|du|au)[ \t]*:?[ \t]*\Z"
)


def _boxed_field_edits(text: str) -> list[Edit]:
    """The pipes and spaces between the boxes of a date field deleted (« |1 | 9 | 0 | 4 | 1 | 9 | 3 | 6| »
    → « |19041936| »), when its label stands before it and its digits read as a day, a month and a
    year (« 19 04 1936 », « 03 11 44 »)."""
    edits: list[Edit] = []
    for m in _PIPE_BOXES.finditer(text):
        digits = [k for k in range(m.start(), m.end()) if text[k].isdigit()]
        if len(digits) not in (6, 8) or " " not in m.group():
            continue
        blanks = [sum(k < b.start() for k in digits) for b in _BLANK_BOX.finditer(text, m.start(), m.end())]
        if any(b not in (2, 4) for b in blanks):
            continue  # a blank box stands between a date's parts only
        value = "".join(text[k] for k in digits)
        day, month = int(value[:2]), int(value[2:4])
        if len(digits) == 8 and not 1900 <= int(value[4:]) <= 2099:
            continue
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if _FIELD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None:
            continue
        edits.extend((k, k + 1, "") for k in range(digits[0], digits[-1]) if not text[k].isdigit())
    return edits


# A date whose separators have boxes of their own, one character a box (« |2|3|/|1|1|/|1|9|7|2| »): a
# form that prints the slashes in the grid. The pipes between the boxes are deleted, the slashes kept
# (« 23/11/1972 »), when the parts read as a day and a month.
_SEPARATOR_BOXES = re.compile(
    r"\|(?P<d>[0-9]\|[0-9])\|(?P<s>[/.\-])\|(?P<m>[0-9]\|[0-9])\|(?P=s)\|(?P<y>[0-9]\|[0-9](?:\|[0-9]\|[0-9])?)\|"
)


def _separator_box_edits(text: str) -> list[Edit]:
    """The pipes inside a date whose separators are boxed deleted (« |2|3|/|1|1|/|1|9|7|2| » → « |23/11/1972| »)."""
    edits: list[Edit] = []
    for m in _SEPARATOR_BOXES.finditer(text):
        day, month = int(m["d"].replace("|", "")), int(m["m"].replace("|", ""))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        edits.extend((k, k + 1, "") for k in range(m.start("d"), m.end("y")) if text[k] == "|")
    return edits


def join_boxed_dates(draft: Draft) -> None:
    """Delete the spaces inside the boxed parts of a date whose parts a pipe separates, or of a short
    date whose year is boxed; the pipes and spaces between the boxes of a date field."""
    text = draft.text
    if "|" not in text and _SHORT_PREFILTER.search(text) is None:
        return
    edits: list[Edit] = _boxed_field_edits(text) if "| " in text or " |" in text else []
    if "|/|" in text or "|.|" in text or "|-|" in text:
        edits.extend(_separator_box_edits(text))
    for m in _DATE.finditer(text):
        parts = (m["day"], m["month"], m["year"])
        if "|" not in (m["s1"], m["s2"]) and _whole_year_after_boxes(m):
            pass  # « 1 4/0 2/1953 »: a scan's spaced day and month before a year written whole
        elif "|" not in (m["s1"], m["s2"]):
            # « 2 . 2 . 2 6 »: the same separator twice, a year of two boxes, too short for boxed_digits
            # (dots or slashes: a dash between single digits is a list's as often, « 3 - 4 - 5 6 »)
            if m["s1"] != m["s2"] or m["s1"] not in "./" or m["year"] != m["year"][:1] + " " + m["year"][-1:]:
                continue
            if sum(c.isdigit() for c in m.group()) >= _LONG_RUN:
                continue
        if not any(" " in p for p in parts):
            continue  # « 14|3|1950 »: no boxes, read as written
        day = int(m["day"].replace(" ", ""))
        month = int(m["month"].replace(" ", ""))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        edits.extend((i, i + 1, "") for i in range(m.start(), m.end()) if text[i] == " ")
    draft.apply(edits)
