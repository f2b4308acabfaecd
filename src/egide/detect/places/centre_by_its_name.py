"""ETABLISSEMENT: a centre of care named by its own place-name, « centre » written in lower case.

A letter writes « réhabilitation respiratoire au centre de Perharidy », « séjour au centre de Kerpape »,
« transféré vers le centre de Bligny »: the centre takes the name of the estate or the hamlet it stands
in, which no list holds. ``establishment.py`` reads « centre » as a type only capitalised (« au centre de
Lyon » is the town's middle); here « centre » is in lower case, after an article that makes it a place
one goes to (« au », « du », « le », « vers le »), and the name after « de » is no commune nor city
abroad (the town's middle: « au centre de Rennes »), no French word (« au centre de Gravité », « centre
de Référence »), no first name, month, region or département. The name is capitalised, hyphens and
capitalised words after it included (« centre de Pen-Bron »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word, is_first_name
from egide.detect.names.wordlist import words
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGION_NAMES

_CENTRE = re.compile(
    r"(?<![\w\-])(?i:au|du|le|vers[ \t]+le|au[ \t]+sein[ \t]+du)[ \t]+"
    r"(?P<centre>centre[ \t]+(?:de|d['’])[ \t]*)"
    rf"(?P<name>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}]?[{LOWER}]+)*(?:[ \t]+[{UPPER}][{LOWER}]{{2,}}){{0,2}})"
    r"(?![\w\-'’])"
)
_REGIONS = frozenset(fold(name) for name in REGION_NAMES)
_MONTHS = words("janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre")


class CentreByItsNameRecogniser:
    """ETABLISSEMENT: « au centre de Perharidy », a centre of care by the name of its place."""

    name = "fr_centre_by_its_name"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return "centre d" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "centre d" not in text:
            return
        for m in _CENTRE.finditer(text):
            name = m["name"]
            first = name.split()[0]
            key = fold(first)
            if (
                self.lexicon.commune(name) is not None
                or self.lexicon.commune(first) is not None
                or is_common_word(first.lower())
                or is_first_name(first)
                or key in _MONTHS
                or key in DEPARTMENT_NAMES
                or key in _REGIONS
                or fold(name) in _REGIONS
            ):
                continue
            yield Finding(m.start("centre"), m.end("name"), Label.ETABLISSEMENT, 0.8, self.name)
