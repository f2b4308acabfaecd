"""CODE_POSTAL: a postcode in a fixed-width record, a field of its own among fields of digits.

PMSI lines (RUM, RSS, VID-HOSP), billing exports and old mainframe screens write a record as one line
of fields padded to their width, with no label (« 370000481020 05M0920001284  525003318  …  8 37400
0000 01I501   N179 »): the patient's postcode stands there as five digits between spaces. In such a
line a field of exactly five digits that is a postcode in use (the list of ``data/``) is taken for one.

What makes a line a record: forty digits or more, and digits for four in five of its characters that
are not spaces (a lab result's table, « Leucocytes   10500 /mm3 », has its words). The field is
delimited by spaces or the line's ends, with two spaces or more on one side at least: the padding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.lexicon import Lexicon, load_lexicon

# A record holds long runs of digits: a text without one is not read further.
# (« [0-9][0-9]{11} »: ``re`` skips ahead to a class, never to a repeat, which it tries at every character)
_LONG_RUN = re.compile(r"[0-9][0-9]{11}")
_MIN_DIGITS = 40
_MIN_DIGIT_SHARE = 0.8
# Five digits alone between spaces (or the line's ends), padded by two spaces on one side at least.
_FIELD = re.compile(r"(?:(?<=  )|(?<=^ )|(?<= )(?=[0-9]{5}  )|(?<=^))([0-9]{5})(?= |$)", re.MULTILINE)


class FixedWidthPostcodeRecogniser:
    """CODE_POSTAL: five digits in use as a postcode, a padded field of a line of digit fields."""

    name = "fr_fixed_width_postcode"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # The lines holding a long run of digits: those of the runs found in the whole text (a run
        # holds no line break), each line once, in order.
        done = -1
        for run in _LONG_RUN.finditer(text):
            if run.start() < done:
                continue
            start = text.rfind("\n", 0, run.start()) + 1
            end = text.find("\n", run.end())
            done = len(text) if end == -1 else end
            line = text[start:done]
            if _a_record(line):
                for m in _FIELD.finditer(line):
                    if m.group(1) in self.lexicon.postcodes:
                        yield Finding(start + m.start(1), start + m.end(1), Label.CODE_POSTAL, 0.8, self.name)


def _a_record(line: str) -> bool:
    """Forty digits or more, and four in five of the characters that are not spaces."""
    digits = sum(c.isdigit() for c in line)
    filled = len(line) - line.count(" ")
    return digits >= _MIN_DIGITS and digits >= _MIN_DIGIT_SHARE * filled
