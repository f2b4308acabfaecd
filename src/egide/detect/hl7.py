"""The fields of HL7 v2 segments, walked in one place for the two readers that go by a field's number:
the recogniser of identifiers, dates and establishments (:mod:`egide.detect.recognisers.fr.hl7_fields`)
and the codes kept from the name lists (:mod:`egide.detect.names.hl7_codes`). Each names the segments
it reads (its own patterns): the walk, the numbering and the cut at the next segment are the same.

The normaliser has turned the component separators « ^ » into spaces (same offsets); fields are
separated by « | », repetitions by « ~ ».
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def fields(
    text: str, segment: re.Pattern[str], next_segment: re.Pattern[str]
) -> Iterator[tuple[str, int, int, int]]:
    """``(segment's name in capitals, field's number, start, end)`` of each field, empty ones too, of
    the segments ``segment`` finds in ``text`` (its group ``name``, the match ending on the bar after
    it); a segment ends at its line's end or where ``next_segment`` (searched from a space) finds the
    next one on the line (a message pasted on one line)."""
    if "|" not in text:
        return
    for found in segment.finditer(text):
        name = found["name"].upper()
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end == -1 else line_end
        following = next_segment.search(text, found.end(), line_end)
        end = following.start() if following is not None else line_end
        # MSH-1 is the field separator itself: MSH's fields are numbered one further.
        number = 2 if name == "MSH" else 1
        at = found.end()
        while at <= end:
            bar = text.find("|", at, end)
            field_end = end if bar == -1 else bar
            yield name, number, at, field_end
            if bar == -1:
                break
            at, number = bar + 1, number + 1


def repetitions(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of a field's repetitions (separated by « ~ »), empty ones too."""
    at = start
    while True:
        tilde = text.find("~", at, end)
        if tilde == -1:
            yield at, end
            return
        yield at, tilde
        at = tilde + 1
