"""ETABLISSEMENT: the sender a letterhead or a heading names right before its address or its town and
postcode, whatever its kind (« Laboratoire Bio Medical Corse — Route du Vazzio — 20090 Ajaccio »,
« CONSULTATION — Chirurgie de la main — SOS Main Provence, Marseille 13008 »).

A report's first line prints who sends it, then where: a street, a postcode and a town (only the lines
that hold a postcode are read). Laboratories,
hand-surgery emergency units, imaging groups, networks give themselves names that no kind announces
and no list holds; their place on the line does. The item right before the address (or the town and
postcode), opening the line or after a dash, made of two to five capitalised words (small link words
between), is the sender: not a unit's words alone (« Service de Cardiologie »), a person (a title, a
first name first), a medicine's maker or a company (« Laboratoires Pfizer », « … SA », the
representatives of a leaflet), nor a code or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_first_name
from egide.detect.names.medicines import COMPANY_FORMS
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.establishment import GENERIC
from egide.detect.places.not_a_place import an_eponym_among, makers_words_only

# What tells the place after the sender: a street line (a number maybe, then a street's kind), or a
# postcode and a capitalised town either way round (« 20090 Ajaccio », « Marseille 13008 »).
_PLACE_ITEM = re.compile(
    r"(?:[0-9]{1,4}(?:[ \t]*(?:bis|ter))?,?[ \t]+)?(?i:rue|route|avenue|av\.|boulevard|bd|chemin|place|allée"
    r"|impasse|quai|cours|lieu-dit|zone|za|zi|parc|résidence|rond-point)[ \t]+"
    # (the street's name capitalised, after its link: « Route du Vazzio », not « rue de la paix intérieure »)
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?[{UPPER}0-9]"
    rf"|[0-9]{{5}}[ \t]+[{UPPER}]|[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*[ \t]+[0-9]{{5}}(?![\w])"
)
# A postcode: the lines that hold one are read (a letterhead prints its town with its postcode).
_ANCHOR = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")
# The separators of a heading's items: a dash between spaces, or a comma.
_SEPARATOR = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[—–][ \t]*|[ \t]*,[ \t]*")
# The sender's name: capitalised words or acronyms, link words between.
_NAME = re.compile(
    rf"(?:[{UPPER}][{LOWER}{UPPER}]+|[A-Z]{{2,6}})"
    rf"(?:[ \t]+(?:(?:de|du|des|la|le|les|et|d['’]|l['’])[ \t]+)?(?:[{UPPER}][{LOWER}{UPPER}]+|[A-Z]{{2,6}})){{1,4}}"
)
# A company's legal form after its name, as a leaflet prints it (« Laboratoires Servier SA »; a clinic or a
# practice may be a SARL, a SAS or a SELARL: not read).
_FRENCH_COMPANY_FORMS = frozenset({"SA", "S.A."})
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'"})
_TITLES = frozenset(
    {"dr", "pr", "docteur", "professeur", "m", "mme", "mlle", "madame", "monsieur", "maître", "me"}
)


class LetterheadSenderRecogniser:
    """ETABLISSEMENT: the named sender right before its address on a letterhead's line."""

    name = "fr_letterhead_sender"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        done = -1  # the end of the last line read
        for anchor in finditer(_ANCHOR, text):
            if anchor.start() < done:
                continue
            line_start = text.rfind("\n", 0, anchor.start()) + 1
            line_end = text.find("\n", anchor.start())
            if line_end == -1:
                line_end = len(text)
            done = line_end
            if line_end - line_start >= 12:
                yield from self._line(text, line_start, line_end)

    def _line(self, text: str, start: int, end: int) -> Iterator[Finding]:
        # the items of the line, with their offsets
        items: list[tuple[int, int]] = []
        at = start
        for sep in _SEPARATOR.finditer(text, start, end):
            items.append((at, sep.start()))
            at = sep.end()
        items.append((at, end))
        if len(items) < 2:
            return
        for k in range(1, len(items)):
            s, e = items[k]
            if not _PLACE_ITEM.match(text, s, e):
                continue
            ps, pe = items[k - 1]
            item = text[ps:pe].strip()
            if item and self._a_sender(item):
                ps += len(text[ps:pe]) - len(text[ps:pe].lstrip())
                yield Finding(ps, ps + len(item), Label.ETABLISSEMENT, 0.75, self.name)
            return  # the first place item only: the sender stands before it

    def _a_sender(self, item: str) -> bool:
        if _NAME.fullmatch(item) is None:
            return False
        words = [w for w in re.split(r"[ \t]+|(?<=['’])", item) if w]
        # (lower case with its accents: the words of ``GENERIC`` keep theirs, « pôle », « médical »)
        keys = [w.lower().replace("’", "'") for w in words]
        if any(w in COMPANY_FORMS or w in _FRENCH_COMPANY_FORMS for w in words):
            return False  # « Laboratoires Servier SA , 50 rue … »: a company's address, nobody's
        if fold(keys[0]).rstrip(".") in _TITLES:
            return False
        if len(words) == 2 and not words[0].isupper() and is_first_name(words[0]):
            return False  # « Jeanne Dupont, 12 rue … »: a person, the names' to find
        content = [k for k in keys if k not in _LINKS]
        if an_eponym_among(fold(k) for k in content):
            return False  # « Maladie de Crohn, rue … »: a disease
        if all(k in GENERIC or k.rstrip("s") in GENERIC for k in content):
            return False  # « Service de Cardiologie »: a unit's words
        # (« Laboratoires Pfizer »: a medicine's maker, a leaflet's representative)
        return not makers_words_only(
            fold(k) for k in content if k not in GENERIC and k.rstrip("s") not in GENERIC
        )
