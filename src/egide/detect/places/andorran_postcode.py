"""Andorran postcodes and their parish's town (CODE_POSTAL and VILLE): « AD500 Andorra la Vella »,
« AD700 Escaldes-Engordany », « AD 400 La Massana ».

Patients of the Pyrenees give an address across the border, written in the country's order: the street
(« Carrer Major 14 »), then « AD » and the parish's three digits, then the town. The code's shape is
Andorra's own (« AD » and a hundred from 100 to 700); it is a postcode before one of the country's
towns, the town with it, or with the country's name on its line (« AD500, Andorre »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label

# The towns and villages of the seven parishes, as addresses write them (Catalan, with or without their
# accents, and the French forms).
_TOWNS = (
    r"Andorra[ \t]+la[ \t]+Vella|Andorre-la-Vieille|Escaldes-Engordany|Les[ \t]+Escaldes|Escaldes|Encamp"
    r"|Canillo|Ordino|La[ \t]+Massana|Sant[ \t]+Juli[àa][ \t]+de[ \t]+L[òo]ria|Santa[ \t]+Coloma|Arinsal"
    r"|Soldeu|El[ \t]+Tarter|Pas[ \t]+de[ \t]+la[ \t]+Casa|Sispony|Anyós|Anyos|Erts|La[ \t]+Cortinada"
    r"|El[ \t]+Serrat|Llorts|Ransol|Incles|Aixovall|Bixessarri|Engolasters|Grau[ \t]+Roig|Meritxell|Prats"
)
_CODE = re.compile(
    rf"(?<![\w\-])(?P<code>AD[ \t\-]?[1-7]00)(?![\w\-])(?:[ \t]*,?[ \t]*(?P<town>{_TOWNS})(?![\w\-]))?"
)
_COUNTRY = re.compile(r"(?i:andorr[ea]|principat|principauté)")


class AndorranPostcodeRecogniser:
    """CODE_POSTAL and VILLE: « ADN00 » before an Andorran town, or with the country on its line."""

    name = "fr_andorran_postcode"

    def may_match(self, doc: Document) -> bool:
        return "AD" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # tried only where a code can begin (« A »): the pattern opens on a look-behind
        for m in finditer(_CODE, text):
            if m["town"] is None:
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line = text[line_start : len(text) if line_end < 0 else line_end]
                if _COUNTRY.search(line) is None:
                    continue
            else:
                yield Finding(m.start("town"), m.end("town"), Label.VILLE, 0.85, self.name)
            yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
