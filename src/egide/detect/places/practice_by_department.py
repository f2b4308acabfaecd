"""An imaging practice or a laboratory named by its département or region: « Radiologie des Vosges »,
« Bio Jura », « Laboratoire de la Creuse », « Imagerie de Bretagne » (ETABLISSEMENT).

Private practices in the country take the name of the area they serve. The area alone identifies
nobody and the place readings leave it (or mark the area only, « Bio [Jura] »); before it, the
practice's word says it is a practice's name, which with the report's other lines points to one
place. The practice's word capitalised (a heading's « radiologie des urgences » is no practice), then
« de », « du », « des », « de la », « de l' » or nothing, then a département's or a region's name. The
commune right after it, a letterhead's item that a dash or the line's end closes, is the practice's town
(« Bio Jura Lons — 04/12 »: VILLE).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.places.lexicon import Lexicon, commune_after, fold, load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGION_NAMES

SCORE = 0.8
# The areas by their names; not a point of the compass, which the Nord département's name is too (« IRM du
# Nord du pays »), nor Paris (« Laboratoire de Paris » is too many).
_AREAS = (DEPARTMENT_NAMES | frozenset(fold(n) for n in REGION_NAMES)) - {"nord", "paris"}
_PRACTICE = re.compile(
    r"(?<![\w\-])(?:Radiologie|RADIOLOGIE|Imagerie|IMAGERIE|Laboratoire|LABORATOIRE|Labo|LABO|Bio|BIO|Biologie"
    r"|BIOLOGIE|Scanner|SCANNER|IRM|Échographie|Cabinet[ \t]+de[ \t]+radiologie)"
    r"(?:[ \t]+(?:[Mm]édicale|MÉDICALE))?[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"
    r"(?P<area>[A-ZÀ-Þ][\w'’]*(?:[ \t-]+(?:et|de|du|sur|[A-ZÀ-Þ][\w'’]*)){0,3})"
)
# Between the area and its town: a space or a comma; after the town, a dash or the line's end.
_TOWN_GAP = re.compile(r"[ \t]*,?[ \t]+(?=[A-ZÀ-Þ])")
_ITEM_END = re.compile(r"[ \t]+[-—–][ \t]|[ \t]*(?:\n|\Z)")
_WORDS = Needles(("radiologie", "imagerie", "labo", "bio", "scanner", "irm", "échographie"))


class PracticeByDepartmentRecogniser:
    """ETABLISSEMENT: a practice's word, then the département or region it is named after."""

    name = "fr_practice_by_department"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_WORDS)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        # (the pattern opens on a look-behind and an alternation, which ``re`` tries at every character:
        # tried at the first letters of its words only, the same matches)
        for m in finditer(_PRACTICE, text):
            area = m["area"]
            # the longest run of the area's words that names a département or a region
            words = re.split(r"([ \t-]+)", area)
            for k in range(len(words), 0, -2):
                name = "".join(words[:k])
                if fold(name) in _AREAS:
                    end = m.start("area") + len(name)
                    yield Finding(m.start(), end, Label.ETABLISSEMENT, SCORE, self.name)
                    yield from self._town_after(text, end)
                    break

    def _town_after(self, text: str, end: int) -> Iterator[Finding]:
        gap = _TOWN_GAP.match(text, end)
        if gap is None:
            return
        town = commune_after(self.lexicon, text, gap.end(), gap.end() + 40)
        if town is not None and _ITEM_END.match(text, town[0]):
            yield Finding(gap.end(), town[0], Label.VILLE, SCORE, self.name)
