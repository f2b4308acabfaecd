"""VILLE: a place abroad named by its administrative division (« district de Lucheng, Wenzhou », « wilaya de
Tizi Ouzou », « gouvernorat de Sfax », « oblast de Lviv », « province de Kinshasa, RDC »), and the town
or region after it and a comma.

Addresses and places of birth abroad are written with the divisions of their country, which the French
town lists do not hold. The division's word and a capitalised name after its « de » say a place; the
capitalised name after a comma that follows, one or two words that are no French word nor a country,
is the larger place it belongs to (« district de Lucheng, Wenzhou »). Someone must be on the line before
it (an address, a birth, a stay), as in ``town_beside_country``: a MEDLINE title names « la province de
Québec » about nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.town_beside_country import SOMEONE

_PLACE = rf"[{UPPER}][{LOWER}]+(?:(?:-|[ \t]+)[{UPPER}][{LOWER}]+){{0,2}}"
# The division in lower case (« Province » capitalised opens a heading or an institution's name).
_DIVISION = re.compile(
    r"(?<![\w\-])(?:district|province|wilaya|willaya|gouvernorat|oblast|préfecture|comté|county)"
    rf"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|de[ \t]+|d['’])(?P<name>{_PLACE})(?![\w\-'’])"
    rf"(?:[ \t]*,[ \t]*(?P<wider>{_PLACE})(?![\w\-'’]))?"
)
# « préfecture de police », « district de Columbia » is a capital's name: never read.
_NOT_PLACES = frozenset({"police", "columbia"})


class DivisionAbroadRecogniser:
    """VILLE: the name after a division's word abroad, and the wider place after its comma."""

    name = "fr_division_abroad"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return any(
            w in low
            for w in (
                "district",
                "province",
                "wilaya",
                "gouvernorat",
                "oblast",
                "préfecture",
                "comté",
                "county",
            )
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _DIVISION.finditer(text):
            name = m["name"]
            if name.lower() in _NOT_PLACES or is_common_word(name.split()[0]) or only_countries(name):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if SOMEONE.search(text, max(line_start, m.start() - 160), m.start()) is None:
                continue
            yield Finding(m.start("name"), m.end("name"), Label.VILLE, 0.75, self.name)
            wider = m["wider"]
            if wider and not only_countries(wider) and not is_common_word(wider.split()[0]):
                yield Finding(m.start("wider"), m.end("wider"), Label.VILLE, 0.7, self.name)
