"""VILLE: the two towns of a journey joined by a hyphen, a dash or an arrow after the word of the trip
(« dyspnée après un vol Istanbul-Lyon », « trajet Paris–Brest en train », « TGV Lille → Marseille »).

A note about a thrombosis, a fall or a fever gives the trip as it was made, and both towns place the
patient: where they came from, where they live. Written so, the pair is one hyphenated word that no list
holds; each side is looked up alone, and both must be towns that are no French word, or large ones (a
French commune, or a city abroad), the whole no commune of its own (« Saint-Étienne » has no town « Saint »). The word of
the trip must come right before (« vol », « trajet », « train », « TGV », « liaison », « voyage »…): a
hyphenated pair of names elsewhere is a person's (« Marie-Laure ») or a name of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, load_lexicon

SCORE = 0.8

_WORD = rf"[{UPPER}][{LOWER}]+(?:[\-'’][{UPPER}]?[{LOWER}]+)*"
_JOURNEY = re.compile(
    r"(?<![\w\-])(?i:vols?|trajets?|trains?|tgv|ter|liaisons?|voyages?|avion|bus|car|ferry|traversée)"
    r"[ \t]+(?:(?i:de|d['’]|du|direct)[ \t]*)?"
    rf"(?P<pair>{_WORD}(?:[ \t]*(?:->|[–—→-])[ \t]*{_WORD})+)(?![\w\-])"
)
_SPLIT = re.compile(r"[ \t]*(?:->|[–—→-])[ \t]*")
_NEEDLES = (
    "vol",
    "trajet",
    "train",
    "tgv",
    "ter",
    "liaison",
    "voyage",
    "avion",
    "bus",
    "car",
    "ferry",
    "travers",
)
_FOUND_NEEDLES = Needles(_NEEDLES)


class JourneyRecogniser:
    """VILLE: the towns of a trip, hyphenated after its word."""

    name = "fr_journey"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lower
        if not _FOUND_NEEDLES.found_in(low):
            return
        text = doc.text
        # (tried only where a trip's word can begin: the pattern opens on a look-behind and an
        # alternation in any case, which ``re`` tries whole at every character; same matches)
        for m in finditer(_JOURNEY, text):
            start, end = m.span("pair")
            if self._town(text[start:end]):
                continue  # one commune's hyphenated name (« trajet Saint-Étienne »): the city reader's
            pieces = self._towns(text, start, end)
            if pieces:
                for a, b in pieces:
                    yield Finding(a, b, Label.VILLE, SCORE, self.name)

    def _town(self, name: str) -> bool:
        """``name`` is a town that no small commune's French word spells (« Lyon », « Paris », « Istanbul »;
        not « Vue », « Sens »)."""
        commune = self.lexicon.commune(name)
        return commune is not None and not commune.ambiguous

    def _towns(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The towns the pair is made of, cut at its hyphens and dashes (each side the longest town
        from the left), or none when a side is no town."""
        seps = [(s.start() + start, s.end() + start) for s in _SPLIT.finditer(text[start:end])]
        bounds = [start, *[b for s in seps for b in s], end]
        # the pieces between separators: (piece start, piece end)
        pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        towns: list[tuple[int, int]] = []
        k = 0
        while k < len(pieces):
            for stop in range(len(pieces), k, -1):  # the longest town from piece k
                a, b = pieces[k][0], pieces[stop - 1][1]
                if self._town(text[a:b]):
                    towns.append((a, b))
                    k = stop
                    break
            else:
                return []
        return towns if len(towns) >= 2 else []
