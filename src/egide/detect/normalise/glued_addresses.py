"""An address line whose spaces an OCR lost, read apart (issue 8, probe21: a scanned admission slip).

A scan of a dense form drops the spaces of an address line: « 5ruedesPeupliers 5llOOREIMS ». A reader
still sees a house number, a street's type, its particles and its name, then a postcode and its
commune; glued, they read as no address. A space (standing for no original character) is inserted:

- after the house number glued to a street's type in lower case (« 5rue », « 12bisavenue »), after the type glued to its particles (« ruedes », « avenuedela ») and after the
  particles glued to the capitalised name (« desPeupliers »): the type, then particles, then a capital,
  a sequence no French word makes;
- between a postcode of five characters (digits, or the O, I and l a scan puts for them; a department
  first) and the commune in capitals glued to it, when the capitals are a commune of the lists (one that
  is a word too: glued to a postcode, « PARIS » is no bet)
  (« 5llOOREIMS » → « 5llOO REIMS »; ``lookalikes`` then reads the postcode's letters as digits).

Both scans are led by a digit, which ``re`` skips to: prose pays two quick scans.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

_STREET_TYPES = (
    "rue|avenue|av|bd|boulevard|allée|allee|impasse|chemin|route|place|quai|square|cours|résidence"
    "|residence|lotissement|hameau|faubourg|passage|sentier"
)
# A house number glued to a street's type, glued to its particles, glued to a capitalised name.
_GLUED_STREET = re.compile(
    rf"[0-9](?<![\w][0-9])(?P<number>[0-9]{{0,3}}(?:bis|ter)?)(?P<type>{_STREET_TYPES})"
    r"(?P<particles>(?:des|du|de|la|le|les|d'|d’|l'|l’)*)(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
)
_PARTICLE = re.compile(r"des|du|de|la|le|les|d['’]|l['’]")

# A postcode of five characters, glued to the commune in capitals after it. Led by a real digit (the
# look-alikes are read back by hand), so that the scan skips from digit to digit.
_GLUED_POSTCODE = re.compile(r"[0-9](?=[0-9OIl]{0,4}[A-ZÀ-ÖØ-Þ]{3})")
_POSTCODE_CHARS = frozenset("0123456789OIl")
_AS_DIGIT = {"O": "0", "I": "1", "l": "1"}
_TOWN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*)*(?![\w])")
_MIN_TOWN = 3
_CORSICA = ("2A", "2B")


def read_glued_addresses(draft: Draft) -> None:
    """Insert the spaces an OCR lost inside an address line."""
    text = draft.text
    edits: list[Edit] = []
    edits.extend(_street_edits(text))  # (led by a digit, its scan costs what a cheaper test would)
    if _GLUED_POSTCODE.search(text) is not None:
        edits.extend(_postcode_edits(text))
    if edits:
        draft.apply(sorted(set(edits)))


def _street_edits(text: str) -> list[Edit]:
    """Spaces after the house number, the street's type and each particle (« 5ruedesPeupliers »)."""
    edits: list[Edit] = []
    for m in _GLUED_STREET.finditer(text):
        edits.append((m.start("type"), m.start("type"), " "))
        position = m.end("type")
        edits.append((position, position, " "))
        particles = m.group("particles")
        offset = 0
        while offset < len(particles):
            particle = _PARTICLE.match(particles, offset)
            if particle is None:
                break
            offset = particle.end()
            if not particle.group().endswith(("'", "’")):  # « de l'Église »: the apostrophe glues
                edits.append((position + offset, position + offset, " "))
    return edits


def _postcode_edits(text: str) -> list[Edit]:
    """A space between a postcode and the commune in capitals glued to it (« 5llOOREIMS »)."""
    edits: list[Edit] = []
    for hit in _GLUED_POSTCODE.finditer(text):
        start = hit.start()
        # The postcode may open on look-alikes before its first real digit (« lO2OOSOISSONS »).
        while start > 0 and text[start - 1] in _POSTCODE_CHARS and hit.start() - start < 4:
            start -= 1
        if start > 0 and text[start - 1].isalnum():
            continue
        code = text[start : start + 5]
        if len(code) < 5 or any(c not in _POSTCODE_CHARS for c in code):
            continue
        town = _TOWN.match(text, start + 5)
        if town is None or len(town.group()) < _MIN_TOWN:
            continue
        digits = "".join(_AS_DIGIT.get(c, c) for c in code)
        if not 1 <= int(digits[:2]) <= 98 and digits[:2] not in _CORSICA:
            continue
        # (a commune that is a word too is no word in capitals glued to a postcode: « 75O11PARIS »)
        if load_lexicon().commune(town.group()) is None:
            continue
        edits.append((start + 5, start + 5, " "))
    return edits
