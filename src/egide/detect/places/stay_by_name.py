"""ETABLISSEMENT: where a patient goes after a stay, named by its own name after « à » or « vers »,
its town in brackets (« Réadaptation prévue à Les Cèdres (Cornebarrieu) », « transfert vers La
Roseraie (Bayonne) », « rééducation à Kerlivio (Hennebont) »), and a hospital named in English before
« hospital » (« admitted to Pasteur 2 hospital in Nice », « transferred to Saint-Roch Hospital »).

A rehabilitation or convalescence home is called by its proper name (« Les Cèdres », « Le Clos
Fleuri ») as a place is: after « à », « vers », « au », then its town in brackets. The town in brackets
says the name before it is no town; a care word earlier on the line (« réadaptation », « SSR »,
« transfert », « sortie ») says it is a place of care. A name that is itself a commune stays a town
(``city``).

In English the name comes before the kind: a capitalised name, perhaps with its building's number,
before « hospital » after « to », « at », « from », « in », « into » (the words of English that are
kinds, « University », « General », « Children's », are no name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import TOKEN
from egide.detect.places.countries import only_countries
from egide.detect.places.lexicon import Lexicon, load_lexicon
from egide.detect.places.written_line import on_one_line

_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de|du|des|sur|en)[ \t]+|[ \t]+(?:d|l)['’]|[ \t]+|-)"
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,3}}"
# read before each opening bracket, the text ending there (``\Z`` at the bracket)
_STAY = re.compile(rf"(?<![\w-])(?:à|vers|au)[ \t]+(?P<name>{_NAME})[ \t]+\Z")
_TOWN = re.compile(r"\(([^()\n]{2,40})\)")
# A care word before the name on its line: the stay that leads there.
_CARE = re.compile(
    r"(?i:r[ée][ée]ducation|r[ée]adaptation|convalescence|soins[ \t]+de[ \t]+suite|\bSSR\b|\bSMR\b"
    r"|transf[ée]r|\bsortie|\bmut[ée]e?\b|\badmise?\b|\bs[ée]jour|\bcure\b|\bpost-?cure)"
)
# read before each « hospital » (``\Z`` where the word starts)
_ENGLISH = re.compile(
    rf"(?<![\w-])(?:to|at|from|in|into)[ \t]+(?:the[ \t]+)?(?P<name>{TOKEN}(?:[ \t-]{TOKEN}){{0,2}})"
    r"(?P<number>[ \t]+[0-9]{1,2})?[ \t]+\Z"
)
_TOKEN = re.compile(TOKEN)
# English words of a hospital's kind, not its name.
_ENGLISH_KINDS = frozenset(
    {
        "University", "General", "Teaching", "Children's", "Childrens", "Children", "Day", "Psychiatric",
        "Private", "Public", "Military", "Community", "District", "Regional", "County", "Local", "Main",
        "Central", "City", "State", "National", "Mental", "Cottage", "Maternity", "Veterans", "Women's",
        "Field", "Rehabilitation", "Rehab", "Cancer", "Eye", "Heart", "French", "Swiss", "British", "Our",
        "Your", "His", "Her", "Their", "This", "That", "A", "An", "The", "Same", "Another", "Other", "Hospital",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Emergency", "ICU",
    }
)  # fmt: skip


class StayByNameRecogniser:
    """ETABLISSEMENT: a place of care named by its proper name, after a stay or before « hospital »."""

    name = "fr_stay_by_name"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "(" in low or "hospital" in low or "clinic" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lower
        if "(" in low:
            yield from self._stays(doc)
        for kind in ("hospital", "clinic"):
            at = low.find(kind)
            while at != -1:
                yield from self._english(doc, at, at + len(kind))
                at = low.find(kind, at + 1)

    def _english(self, doc: Document, start: int, end: int) -> Iterator[Finding]:
        """The name read back from « hospital » as a word (not « hospitalisation »)."""
        text = doc.text
        if end < len(text) and (text[end].isalnum() or text[end] == "-"):
            return
        m = _ENGLISH.search(text, max(0, start - 80), start)
        if m is None or any(t[0] in _ENGLISH_KINDS for t in _TOKEN.finditer(m["name"])):
            return
        name_end = m.end("number") if m["number"] else m.end("name")
        if on_one_line(doc, m.start("name"), name_end):
            yield Finding(m.start("name"), name_end, Label.ETABLISSEMENT, 0.85, self.name)

    def _stays(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lexicon = load_lexicon()
        at = text.find("(")
        while at != -1:
            found = self._stay(doc, lexicon, at)
            if found is not None:
                yield found
            at = text.find("(", at + 1)

    def _stay(self, doc: Document, lexicon: Lexicon, at: int) -> Finding | None:
        """The place named before the bracket at ``at``, when the bracket holds its town."""
        text = doc.text
        # the town in the bracket first: a look-up, cheaper than reading the words before it
        town = _TOWN.match(text, at)
        if town is None or not town[1][:1].isupper() or lexicon.commune(town[1].strip()) is None:
            return None
        line_start = text.rfind("\n", 0, at) + 1
        m = _STAY.search(text, max(line_start, at - 80), at)
        if m is None or lexicon.commune(m["name"]) is not None or only_countries(m["name"]):
            # (« séjourné au Vietnam (Hô Chi Minh-Ville) »: a country and its town, no place of care)
            return None
        if _CARE.search(text, line_start, m.start()) is None or not on_one_line(doc, m.start(), town.end()):
            return None
        return Finding(m.start("name"), m.end("name"), Label.ETABLISSEMENT, 0.85, self.name)
