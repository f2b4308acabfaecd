"""A hamlet or a house named as the address, then its commune, after the patient's age: « M. Lecoq Denis,
73 ans, La Croix Verte Marcey-les-Grèves. » (ADRESSE).

In the country many addresses have no street: a lieu-dit's name (« La Croix Verte », « Le Haut
Bourg », « Les Landes ») then the commune. A consultation's first line gives the patient's name, age and
address in a row; after « NN ans, » the words up to the line's clause end are the address, when they are
an article's capitalised name followed by a listed commune that ends the clause. The name itself must
not be a commune (« La Roche-sur-Yon »: the town, the city recogniser's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, load_lexicon

SCORE = 0.8
# The age, its comma, then an article and two to six capitalised words or link words up to the clause's end.
_AFTER_AGE = re.compile(
    rf"(?<![\w])[0-9]{{1,3}}[ \t]+ans[ \t]*,[ \t]*"
    rf"(?P<run>(?:La|Le|Les|L['’])[ \t]*[{UPPER}][{LOWER}{UPPER}'’\-]*"
    rf"(?:[ \t]+(?:(?:de|du|des|la|le|les|sur|en)[ \t]+)?[{UPPER}][{LOWER}{UPPER}'’\-]*){{1,5}})"
    rf"(?=[ \t]*(?:[.,;)]|\n|\Z))"
)
_WORD = re.compile(r"[^ \t]+")


class HouseNameAfterAgeRecogniser:
    """ADRESSE: a lieu-dit's name before its commune, right after the patient's age."""

    name = "fr_house_name_after_age"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return " ans" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if " ans" not in text:
            return
        # tried only where an age can begin (a digit): the pattern opens on a look-behind
        for m in finditer(_AFTER_AGE, text):
            run_start, run_end = m.span("run")
            words = list(_WORD.finditer(text, run_start, run_end))
            # the commune is the run's last words (the longest that the list holds), the name before it
            for k in range(2, len(words)):
                if self.lexicon.commune(text[words[k].start() : run_end]) is None:
                    continue
                name_end = words[k - 1].end()
                if self.lexicon.commune(text[run_start:name_end]) is None:
                    yield Finding(run_start, name_end, Label.ADRESSE, SCORE, self.name)
                break
