"""VILLE: the village or hamlet after an address with no postcode, a comma between, ending its line or
its item (« Parents : Laetitia Mattei, lieu-dit Suerta, Folelli », « domicile : hameau des Prés,
Kerlouan-Vihan (accès difficile) »).

Rural addresses, Corsica's and the overseas' above all, give a lieu-dit or a quarter, then the locality
people know it by, which the commune list may not hold (a hamlet, a village of a commune). The street
line before it says it is a place: after its comma, one to three capitalised words that end the line,
the item (a comma, a full stop, a semicolon, a bracket) are the locality. Not a French word, a first
name, a country; a listed commune is the city recogniser's too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.not_a_place import a_word_or_given_name, name_words

# A comma, then the locality and what ends its item (found from the comma, a literal ``re`` skips to).
_LOCALITY_AFTER_COMMA = re.compile(
    rf",[ \t]*(?P<town>[{UPPER}][{LOWER}]+(?:(?:-|[ \t]+)[{UPPER}][{LOWER}]+){{0,2}})"
    r"(?=[ \t]*(?:\n|$|[.;,(]))"
)
# An address line's head and its name, ending at that comma (read back: ``\Z`` at the comma).
_ADDRESS_BEFORE = re.compile(
    r"(?<![\w\-])(?i:lieu-?dit|hameau|quartier|village|domaine|résidence|cité|rue|chemin|route|impasse|allée"
    r"|avenue|bd|boulevard|place|BP)[ \t]+[^\n,;()]{2,40}\Z"
)


class LocalityAfterAddressRecogniser:
    """VILLE: a locality after an address line and a comma, ending its item."""

    name = "fr_locality_after_address"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "," not in text:
            return
        # (tried at its first letters only, as ``re`` would find them: same matches, faster)
        for m in _LOCALITY_AFTER_COMMA.finditer(text):
            if _ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None:
                continue
            town = m["town"]
            if only_countries(town) or a_word_or_given_name(name_words(town)):
                continue
            yield Finding(m.start("town"), m.end("town"), Label.VILLE, 0.75, self.name)
