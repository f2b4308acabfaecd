"""A postcode alone right after a street address, no town after it: « 12 traverse des Lilas 13009 »,
« Cité Les Mimosas, bât. G, 13016. », « 11 chemin du Vallon 13007, digicode 4512B » (issue #8, probe42:
a note gives the street and the postcode, the town being the hospital's own and left unsaid).

The postcode recognisers read five digits before a town; without one, five digits are too common to be
read alone. Right after an address found (a space, a comma or a dash between them), and closing its
phrase (a comma, a full stop, a semicolon, a bracket, the line's end), five digits are its postcode: no
count, dose or code is written between a street and the end of its phrase. The digits must be a French
postcode's (a département 01 to 95, or 97 and 98 overseas; 2A or 2B for Corsica).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_AFTER_ADDRESS = re.compile(
    r"[ \t]*(?:[,–—-][ \t]*)?(?P<code>(?:0[1-9]|[1-8][0-9]|9[0-5]|97|98)[0-9]{3}|2[AB][0-9]{3})"
    r"(?=[ \t]*(?:[,.;)]|\n|\Z))"
)
SCORE = 0.8


def postcodes_after_addresses(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the postcode that closes an address's phrase, no town after it."""
    added: list[Finding] = []
    for f in found:
        if f.label != Label.ADRESSE:
            continue
        m = _AFTER_ADDRESS.match(text, f.end)
        if m is None:
            continue
        start, end = m.span("code")
        if not any(g.start < end and start < g.end for g in found):
            added.append(Finding(start, end, Label.CODE_POSTAL, SCORE, "postcode_after_address"))
    return [*found, *added] if added else list(found)
