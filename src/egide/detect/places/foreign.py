"""Belgian, Swiss and Luxembourg postcodes and their city (CODE_POSTAL and VILLE): « 1000 Bruxelles »,
« B-1050 Ixelles », « CH-1205 Genève », « L-4002 Esch-sur-Alzette ».

Four digits alone are a dose or a count far more often than a postcode: one is reported only before a
city of the shipped list ``data/foreign_cities.tsv`` (« 2000 mg » stays in clear), in any case and
across a comma, a cell separator or a line break, as for French postcodes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.needles import Needles
from egide.detect.places.lexicon import Lexicon, commune_after, fold_cached, load_lexicon
from egide.detect.places.postcode import CITY_WORDS, CODE_TO_CITY
from egide.detect.recognisers.fr.dates.context import has_date_cue

# Four digits (the code starts with 1-9), then the city; a class first, for a fast scan.
FOREIGN_POSTCODE = re.compile(rf"[1-9][0-9]{{3}}(?![\w/]|[.,][0-9]){CODE_TO_CITY}(?P<city>{CITY_WORDS})")
# The country letters before the digits, if any: « B-1000 », « CH - 1205 ».
_COUNTRY_BEFORE = re.compile(r"(?<![\w])(?:B|BE|CH|L|LU)[ \t]?-[ \t]?$")
# Four digits after a numbered street and its comma, closing the address (« 14 rue de Carouge, 1205) »)
# or before a capitalised town the list does not hold (« 7 rue de Marseille, 1001 Tunis »): the street
# vouches for a postcode abroad (Swiss, Belgian, Tunisian, Danish… codes have four digits).
_STREET_THEN_CODE = re.compile(
    r"(?<![\w,.])[0-9]{1,4}(?:[ \t]?(?:bis|ter|[a-d]))?,?[ \t]+"
    r"(?:rue|avenue|av\.|boulevard|bd|chemin|ch\.|route|rte|place|quai|impasse|allée|cours)[ \t]+"
    r"[^\W\d_][^\n,;()0-9]{1,40},[ \t]*(?P<code>[1-9][0-9]{3})(?=[ \t]*\)|[ \t]+[A-ZÀ-Ý][a-zà-ÿ])"
)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_STREET_WORDS = (
    "rue ",
    "avenue ",
    "boulevard ",
    "chemin ",
    "route ",
    "place ",
    "quai ",
    "impasse ",
    "allée ",
    "cours ",
    "bd ",
    "av. ",
    "ch. ",
    "rte ",
)
# (looked for once per reading, a pattern per first letter: fourteen substring searches were a third
# of this recogniser's time on a prompt that holds none of them)
_STREET_NEEDLES = Needles(_STREET_WORDS)


class ForeignPostcodeRecogniser:
    """CODE_POSTAL and VILLE: a four-digit postcode before a Belgian, Swiss or Luxembourg city."""

    name = "fr_foreign_postcode"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if doc.holds(_STREET_NEEDLES):
            for m in finditer(_STREET_THEN_CODE, text):  # tried at digits only: same matches
                after = _NEXT_WORD.match(text, m.end("code"))
                # « 12 rue Pasteur, 2019 Hospitalisation … »: a year then a word, no town
                if not has_date_cue(text, m.start("code")) and (
                    after is None or not is_common_word(after[1].lower())
                ):
                    yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
        if not self.lexicon.foreign:
            return
        for m in FOREIGN_POSTCODE.finditer(text):
            start = m.start()
            if start and text[start - 1].isalnum():
                continue  # inside a number or a word: no country's letters either (they end on « - »)
            country = _COUNTRY_BEFORE.search(text, max(0, start - 6), start)
            if country is not None:
                start = country.start()
            elif start and (text[start - 1].isalnum() or text[start - 1] in "_.,/+-"):
                continue
            if country is None and has_date_cue(text, start):
                continue  # « en 2019 Genève … »: a year
            found = commune_after(self.lexicon, text, m.start("city"), m.end("city"))
            if found is None or fold_cached(text[m.start("city") : found[0]]) not in self.lexicon.foreign:
                continue
            yield Finding(start, m.start() + 4, Label.CODE_POSTAL, 0.9, self.name)
            yield Finding(m.start("city"), found[0], Label.VILLE, 0.9, self.name)
