"""The street of an HL7 address (XAD: street^other^city^state^zip^country), whatever it looks like.

« PID|…|||LE VILLARET^^SAINT-ALBAN-SUR-LIMAGNOLE^^48120^FRA »: a hamlet, a farm, a house's name stand
where a street would, with no number nor street word for the address recogniser to know them by; the
field's number says what they are. The carets are spaces by the time the field is read (same offsets);
the street is the first component when the second (« other designation ») is empty, as systems mostly
send it: the text up to the first two separators in a row. With one separator only the component's
end is unknown and nothing is said (the numbered streets are the address recogniser's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_EMPTY_COMPONENT = re.compile(r"[ ^]{2}")
# A street's value: letters in it, no digits only (« 75001 » is no street).
_LETTERS = re.compile(r"[^\W\d_]{3}")


def street_component(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the first component of the address in ``text[start:end]`` (one repetition),
    when an empty component follows it."""
    gap = _EMPTY_COMPONENT.search(text, start, end)
    if gap is None or gap.start() == start:
        return
    value_start = start
    while value_start < gap.start() and text[value_start] in " ^":
        value_start += 1
    if _LETTERS.search(text, value_start, gap.start()):
        yield value_start, gap.start()
