"""CODE_POSTAL: a Belgian, Swiss or Luxembourg postcode written after its town (« domicilié à Mouscron,
7700. », « vit à Arlon 6700 », « domicile Allschwil CH-4123 »), the order of a sentence rather than of an envelope.

``foreign.py`` reads the envelope's order (« 7700 Mouscron »). After the town, four digits ending the
clause are its postcode when the town is one of the shipped foreign list (``data/foreign_cities.tsv``);
a number that could be a year (1900–2099) only where a person's residence is said before the town
(« domicilié à Tournai, 2019 » is as likely « … in 2019 » otherwise). Never a quantity: a unit or a
word after the digits ends no clause. With its country's letters (« domicile Allschwil CH-4123) »,
« Arlon B-6700, »), the code is one whatever the town: no list needed, a capitalised word before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.names.medicines import medicine_names
from egide.detect.places.countries import only_countries
from egide.detect.places.lexicon import Lexicon, fold_cached, load_lexicon

# Four digits closing the clause (opening on the digits' class, which ``re`` skips to fast; the character
# before checked by the look-behind after the first digit), then the gap before them and the town read
# back in code.
_CODE = re.compile(r"[1-9](?<![\w.,/+-][1-9])[0-9]{3}(?=[ \t]*(?:[.,;)]|\n|\Z))")
_GAP_BEFORE = re.compile(r"(?<=[^\W\d_])(?:[ \t]*,[ \t]*|[ \t]+)\Z")
# Where a word of the town may start: after a space, a hyphen or an apostrophe.
_WORD_START = re.compile(r"(?<![\w'’-])[\w]")
# The code with its country's letters (Switzerland, Belgium, Luxembourg, Austria), after a capitalised
# word and closing the clause: the letters make it a postcode.
_PREFIXED_CODE = re.compile(
    r"(?<=[^\W\d_])(?:[ \t]*,[ \t]*|[ \t]+)(?P<code>(?:CH|B|BE|L|LU|A)-[1-9][0-9]{3})(?=[ \t]*(?:[.,;)]|\n|\Z))"
)
# The dash and four digits of such a code: what ``_PREFIXED_CODE`` is tried around (a literal, which ``re``
# finds fast; most texts hold a dash, few a dash before four digits).
_DASH_CODE = re.compile(r"-[1-9][0-9]{3}")
# A town, a comma, then « CP » and the code, as a note sums up a Belgian or Swiss patient's residence
# (« (Belge, Comines-Warneton, CP 7780) », « domicile : Mouscron, CP 7700 »): « CP » in capitals says
# postcode, and the town before it is the patient's, listed or not (the lists hold few towns abroad).
_TOWN_THEN_CP = re.compile(
    r"(?<![\w'’-])(?P<town>[A-ZÀ-Ý][a-zà-ÿ]+(?:(?:-|[ \t]+)(?:(?:sur|lez|lès|les|en|la|le|de|aan|op|am)-)?[A-ZÀ-Ý][a-zà-ÿ]+){0,3})"
    r"[ \t]*,[ \t]*CP[ \t]*:?[ \t]*(?P<code>[1-9][0-9]{3,4})(?=[ \t]*(?:[.,;)]|\n|\Z))"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*\Z")
_RESIDENCE_BEFORE = re.compile(
    r"(?i:domicili[ée]e?s?|habite|habitant|demeurant|réside|résidant|vit|vivant|adresse)[^\n]{0,30}\Z"
)


class ForeignPostcodeAfterTownRecogniser:
    """CODE_POSTAL: four digits after a Belgian, Swiss or Luxembourg town, closing the clause."""

    name = "fr_foreign_postcode_after_town"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        prefixed = _prefixed_codes(text) if "-" in text else []
        if prefixed:
            for m in prefixed:
                if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
                    yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
        if "CP" in text:
            for m in _TOWN_THEN_CP.finditer(text):
                town = m["town"]
                if fold_cached(town) in medicine_names():
                    continue  # « Doliprane, CP 1000 »: a tablet's strength
                if not only_countries(town) and not is_common_word(town.lower()):
                    yield Finding(m.start("town"), m.end("town"), Label.VILLE, 0.8, self.name)
                yield Finding(m.start("code"), m.end("code"), Label.CODE_POSTAL, 0.85, self.name)
        if not self.lexicon.foreign:
            return
        for m in _CODE.finditer(text):
            gap = _GAP_BEFORE.search(text, max(0, m.start() - 6), m.start())
            if gap is None:
                continue
            start = gap.start()
            town_start = self._town_before(text, start)
            if town_start is None:
                continue
            code = int(m.group())
            if 1900 <= code <= 2099 and not _RESIDENCE_BEFORE.search(
                text, max(0, town_start - 40), town_start
            ):
                continue
            yield Finding(m.start(), m.end(), Label.CODE_POSTAL, 0.85, self.name)
        if prefixed:
            for m in prefixed:
                gap = _GAP_BEFORE.search(text, max(0, m.start() - 6), m.start())
                if gap is not None and self._town_before(text, gap.start()) is not None:
                    yield Finding(m.start(), m.end(), Label.CODE_POSTAL, 0.85, self.name)

    def _town_before(self, text: str, end: int) -> int | None:
        """Where the foreign town of the shipped list that ends at ``end`` starts (one to four words, the
        shortest first), or None."""
        starts = [m.start() for m in _WORD_START.finditer(text, max(0, end - 48), end)]
        for start in reversed(starts[-4:]):
            if text[start].isupper() and fold_cached(text[start:end]) in self.lexicon.foreign:
                return start
        return None


def _prefixed_codes(text: str) -> list[re.Match[str]]:
    """What ``_PREFIXED_CODE.finditer(text)`` yields (read by both of the recogniser's passes), the pattern
    tried only where such a match can start: its code's letters stand one or two characters before a
    dash and four digits (:data:`_DASH_CODE`), and the match opens on the gap before them, after a letter
    (spaces or tabs, at most one comma among them: read back from the code's first letter, one start
    for each). The pattern is matched on the whole text there, its look-behind and look-ahead seeing what
    a scan would see; matches cannot overlap (each ends on a digit, and opens after a letter)."""
    starts: set[int] = set()
    for dash in _DASH_CODE.finditer(text):
        for code in (dash.start() - 2, dash.start() - 1):
            if code < 0:
                continue
            at = code
            while at and text[at - 1] in " \t":
                at -= 1
            if at and text[at - 1] == ",":
                at -= 1
                while at and text[at - 1] in " \t":
                    at -= 1
            starts.add(at)
    found = []
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        m = _PREFIXED_CODE.match(text, start)
        if m is not None:
            last_end = m.end()
            found.append(m)
    return found


def build(lexicon: Lexicon) -> ForeignPostcodeAfterTownRecogniser:
    return ForeignPostcodeAfterTownRecogniser(lexicon)
