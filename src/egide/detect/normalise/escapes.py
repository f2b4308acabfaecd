"""HTML entities and JSON ``\\u`` escapes read as the characters they stand for.

A prompt pasted from a web page or a tool-call argument that is not valid JSON can spell a name or a
number as « DUPON&#84; », « Fran&ccedil;ois », « 06&nbsp;12 » or « J\\u00e9r\\u00f4me »: the model
reads them as letters, so the detector must too. Named entities need their « ; » (« &copy » alone
in prose stays as written); numeric references are read without it too, as browsers read them
(« &#68UPONT »); numeric references and escapes that do not stand for a character (a lone
surrogate, past U+10FFFF, NUL) are left as written. Escaped surrogate pairs (« \\ud83d\\ude00 ») are
read as the one character they encode.
"""

from __future__ import annotations

import html.entities
import re

from egide.detect.normalise.mapping import Draft, Edit

_ESCAPE = re.compile(
    r"&(?:\#(?P<dec>[0-9]{1,7});?|\#[xX](?P<hex>[0-9a-fA-F]{1,6});?|(?P<name>[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|\\u(?P<u>[0-9a-fA-F]{4})(?:\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2}))?"
)
_ENTITIES = html.entities.html5


def _character(code: int) -> str | None:
    if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _decoded(match: re.Match[str]) -> tuple[str | None, int]:
    """The characters a match stands for (None: leave it) and where the read escape ends."""
    if (dec := match.group("dec")) is not None:
        return _character(int(dec)), match.end()
    if (hex_digits := match.group("hex")) is not None:
        return _character(int(hex_digits, 16)), match.end()
    if (name := match.group("name")) is not None:
        return _ENTITIES.get(name + ";"), match.end()
    high = int(match.group("u"), 16)
    low = match.group("low")
    if 0xD800 <= high <= 0xDBFF and low is not None:
        return chr(0x10000 + ((high - 0xD800) << 10) + (int(low, 16) - 0xDC00)), match.end()
    # Without its pair the second escape, if any, is read on its own (it is a lone surrogate).
    return _character(high), match.start() + 6


def decode_escapes(draft: Draft) -> None:
    """Replace entities and ``\\uXXXX`` escapes by their characters."""
    text = draft.text
    if "&" not in text and "\\u" not in text:
        return
    edits: list[Edit] = []
    for match in _ESCAPE.finditer(text):
        decoded, end = _decoded(match)
        if decoded is not None:
            edits.append((match.start(), end, decoded))
    draft.apply(edits)
