"""A farm or a country house named as the address, then its commune (ADRESSE): « mas de la Fage, 48100
Montrodat », « mas de Bouquet, Saint-Quentin-la-Poterie », « domaine des Aubes, Lourmarin », « Borde de
Cantegrel, 31540 … ».

In the South, a house in the country has no street: its kind (« mas » in Provence and the Cévennes,
« bastide », « domaine », « borde » in Gascony and the Pyrenees, « ferme », « métairie ») and its name are
the address, the commune or its postcode after a comma. The kind is a word of its own elsewhere (« MAS »,
the residential home, is written in capitals; « il borde le lit » is a verb, so « borde » only
capitalised), hence the capitalised name after it and the commune after the comma, a postcode or a
commune of the list. A Catalan « Mas » after its article is a farm without its commune too (« la piste
après le Mas Cantallops »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word, is_first_name
from egide.detect.needles import Needles
from egide.detect.places.atoms import CHUNK, LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, commune_after, load_lexicon

_FARM = re.compile(
    rf"""
    (?:[Mm]as|[Bb]astide|[Dd]omaine|Borde|[Ff]erme|[Mm][ée]tairie) [ \t]+
    (?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’](?:en[ \t]+)?|la|le|les|La|Le|Les|L['’]|Lou|Li)[ \t]*)?
    {CHUNK}
    (?=[ \t]*,[ \t]*(?P<after>[0-9]{{2}}[ \t]?[0-9]{{3}}(?![0-9])|[{UPPER}]))
    """,
    re.VERBOSE,
)
# A Catalan farm named alone after its article, no commune after it (« la piste après le Mas Cantallops »,
# « au Mas Pujol », « du Mas d'en Roca »): « Mas » capitalised and its capitalised name, which is the
# place where the patient lives; not a given name after it (« le Mas Pierre » is nobody's farm as surely).
_CATALAN_FARM = re.compile(
    rf"(?<![\w])(?:le|au|du|Le|Au|Du)[ \t]+(?P<farm>(?:Mas|Masia)[ \t]+(?:d['’](?:en[ \t]+)?|de[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:[ \t-][{UPPER}][{LOWER}]{{2,}})?))(?![\w'’-])"
)
_KINDS = Needles(("mas ", "bastide", "domaine", "borde", "ferme", "métairie", "metairie"))


class FarmBeforeCommuneRecogniser:
    """ADRESSE: a farm or a country house by its kind and name, its commune after a comma."""

    name = "fr_farm_before_commune"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_KINDS)

    def find(self, doc: Document) -> Iterator[Finding]:
        if not doc.holds(_KINDS):
            return
        text, low = doc.text, doc.lower  # (the same offsets, see :attr:`Document.lower`)
        done = 0
        # tried where a kind's word starts only (« mas » is inside « Thomas »: the boundary is checked)
        for at in _KINDS.starts(low):
            if at < done or (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
                continue
            m = _FARM.match(text, at)
            if m is None:
                continue
            done = m.end()
            after = m.start("after")
            if not text[after].isdigit() and commune_after(self.lexicon, text, after, after + 60) is None:
                continue  # « ferme de la Vallée, Pierre y travaille »: no commune after the comma
            yield Finding(m.start(), m.end(), Label.ADRESSE, 0.8, self.name)
        if "Mas " in text:
            for m in _CATALAN_FARM.finditer(text):
                name = m["name"]
                if is_first_name(name) or is_common_word(name.lower()):
                    continue
                yield Finding(m.start("farm"), m.end("farm"), Label.ADRESSE, 0.75, self.name)
