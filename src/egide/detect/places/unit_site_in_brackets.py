"""ETABLISSEMENT: the hospital or the site in brackets after a unit named by its own name (« Transmissions —
Unité Les Chênes (Vauclaire) », « Pavillon Charcot (Sainte-Anne) », « Unité Les Tamaris (Montperrin) »).

A psychiatric or geriatric unit is named like a house (« Unité Les Chênes », « Pavillon Esquirol »), and
the note says in brackets which hospital or which site holds it: one capitalised name there, with its
hyphens, that is no French word, no acronym (« (UHCD) », « (USIP) » are kinds of units), no number, no
month or weekday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word, is_first_name
from egide.detect.places.atoms import LOWER, UPPER

SCORE = 0.75

_UNIT_NAME_THEN_SITE = re.compile(
    rf"""
    (?<![\w\-]) (?:Unité|UNITÉ|Unite|Pavillon|PAVILLON|Pav\.)
    [ \t]+ (?:(?:Les|Le|La|L['’])[ \t]*)? [{UPPER}][{LOWER}]+ (?:[ \t\-]+[{UPPER}][{LOWER}]+){{0,2}}
    [ \t]* \( [ \t]* (?P<site> [{UPPER}][{LOWER}]{{2,}} (?:-[{UPPER}]?[{LOWER}]+)* ) [ \t]* \)
    """,
    re.VERBOSE,
)


class UnitSiteInBracketsRecogniser:
    """ETABLISSEMENT: the site in brackets after a unit's own name (« Unité Les Chênes (Vauclaire) »)."""

    name = "fr_unit_site_in_brackets"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return "(" in text and ("nit" in text or "NIT" in text or "av" in text or "AV" in text)

    def find(self, doc: Document) -> Iterator[Finding]:
        for m in finditer(_UNIT_NAME_THEN_SITE, doc.text):
            site = m["site"]
            if is_common_word(site) or is_common_word(site.lower()) or is_first_name(site):
                continue
            yield Finding(m.start("site"), m.end("site"), Label.ETABLISSEMENT, SCORE, self.name)
