"""Portuguese postcodes and their town (CODE_POSTAL and VILLE): « 4990-620 Ponte de Lima », « 4050-032
Porto », « 1250-146 Lisboa ».

Patients of Portuguese origin give an address there (a holiday home, a relative's), written in the
country's order: the street line or the house's name, then « NNNN-NNN » and the town. The shape of the
code (four digits, a hyphen, three digits) is Portugal's own; it is a postcode before a capitalised
town when that town is in ``world_cities.tsv`` as Portuguese, or when the code opens a field (after a
comma, a line break or a cell separator) and the town is no French word. A reference number (« n° 2025-118
Paris ») has « n° » before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, fold_cached, load_lexicon

_CAP = rf"[{UPPER}][{LOWER}{UPPER}'’]*"
_CODE_AND_TOWN = re.compile(
    rf"(?P<code>[1-9][0-9]{{3}}-[0-9]{{3}})(?![\w\-])[ \t]+"
    rf"(?P<town>{_CAP}(?:(?:[ \t]+(?:de|da|do|dos|das|e)[ \t]+|[ \t\-]){_CAP}){{0,3}})"
)
_FIELD_OPENS = re.compile(r"(?:^|[,;\n\t|])[ \t]*$")
_NUMBER_SIGN = re.compile(r"(?i:n[°º]|no\.?|num(?:éro)?\.?|réf\.?|ref\.?)[ \t]*$")


class PortuguesePostcodeRecogniser:
    """CODE_POSTAL and VILLE: « NNNN-NNN » before a Portuguese town."""

    name = "fr_portuguese_postcode"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return "-" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _CODE_AND_TOWN.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-/.,_"):
                continue
            before = text[max(0, start - 12) : start]
            if _NUMBER_SIGN.search(before):
                continue
            town_start, town_end = self._town(m)
            if town_end == town_start:
                continue
            yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
            yield Finding(town_start, town_end, Label.VILLE, 0.85, self.name)

    def _town(self, m: re.Match[str]) -> tuple[int, int]:
        """The town after the code: the longest listed Portuguese town, else the capitalised words when
        the code opens a field and they are no French word; else nothing."""
        words = list(re.finditer(r"\S+", m["town"]))
        base = m.start("town")
        for k in range(len(words), 0, -1):
            name = m["town"][: words[k - 1].end()]
            commune = self.lexicon.communes.get(fold_cached(name))
            if commune is not None and commune.abroad:
                return base, base + len(name)
        text = m.string
        if _FIELD_OPENS.search(text, max(0, m.start() - 3), m.start()) and not is_common_word(
            words[0].group()
        ):
            return base, m.end("town")
        return base, base
