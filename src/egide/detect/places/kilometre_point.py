"""Addresses by kilometre point, as French Polynesia writes them (ADRESSE): « PK 18,5 côté mer »,
« PK 4 côté montagne », « PK 12,300 », before a postcode of the territory (« PK 18,5, 98712 Papara »).

Around an island, one road: a house is placed by the kilometre point along it and the side of the road,
towards the sea or the mountain. ``address.py`` reads « PK 12 route de … », where a street follows; here
none does. « PK » is also pharmacokinetics (« PK 12 h après »): the side of the road, or the
territory's postcode after a comma, must follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

_POINT = re.compile(
    r"(?<![\w])PK[ \t]?[0-9]{1,3}(?:[,.][0-9]{1,3})?"
    r"(?:[ \t]+(?P<side>c[ôo]t[ée][ \t]+(?:mer|montagne))(?![\w])"
    # French Polynesia's postcodes: 987xx
    r"|(?=[ \t]*,[ \t]*987[0-9]{2}(?![\w])))"
)


class KilometrePointRecogniser:
    """ADRESSE: a house placed by its kilometre point along the road."""

    name = "fr_kilometre_point"

    def may_match(self, doc: Document) -> bool:
        return "PK" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "PK" not in text:
            return
        for m in _POINT.finditer(text):
            yield Finding(m.start(), m.end(), Label.ADRESSE, 0.85, self.name)
