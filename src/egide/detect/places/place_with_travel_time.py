"""VILLE: a place named with the time or the distance it takes to come from it (« amené depuis Cacao (1h
de route) », « vient de Maripasoula (2 h de pirogue) », « habite à Saül, à 45 km »): a village or a
hamlet that no list of communes holds, and that may be a word too (« Cacao »), told by the journey.

The place follows a word of coming or living (« depuis », « de », « à », « vers »), is capitalised, and
the time or distance follows it at once, in brackets or after a comma: a number of « km », or of hours or
minutes with the way they are travelled (« de route », « de pirogue », « en voiture », « à pied »). Not a person (a title or a first name opens no place), nor a month or a
feast (« depuis Noël (3 jours) » is a time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_first_name
from egide.detect.places.not_a_place import MONTHS_FOLDED

# The time or distance: a number, then its unit (scanned from the digits' class, fast in ``re``).
_TRAVEL = re.compile(
    # (opening on a digit, the character before checked by the look-behind after it: ``re`` skips to digits)
    r"[0-9](?<![\w,.][0-9])[0-9]{0,2}(?:[,.][0-9])?[ \t]*(?:km(?![^\W\d_])"
    # (a time is a journey's when the way it is made follows: « 1h de route », « 3 h de pirogue », « 20 min
    # en voiture », « 2h à pied »; « (1 h avant le repas) » is a dose's)
    r"|(?:h(?:eures?)?|min(?:utes?)?)(?![^\W\d_])[ \t]*(?:de[ \t]+(?:route|trajet|pirogue|voiture|bateau|marche"
    r"|piste|vol|car|bus|taxi|train)|en[ \t]+(?:voiture|pirogue|bateau|car|bus|taxi|train|avion)|à[ \t]+pied))"
)
# Between the place and the number: an opening bracket (« (env. », « (à »), or a comma (« , à »).
_GAP_BEFORE = re.compile(r"(?:[ \t]*\([ \t]*(?:(?:environ|env\.?|à|a)[ \t]+)?|[ \t]*,[ \t]*(?:à[ \t]+)?)\Z")
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:depuis|de|d['’]|à|a|vers|du[ \t]+village[ \t]+de)[ \t]*"
    r"(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[- ](?:[a-zà-ÿ]{1,3}[- ])?[A-ZÀ-Þ][a-zà-ÿ'’]+){0,2})\Z"
)
_NOT_PLACES = frozenset({"noel", "paques", "toussaint", "hier", "demain", "lundi", "mardi", "mercredi", "jeudi",
                         "vendredi", "samedi", "dimanche"})  # fmt: skip


class PlaceWithTravelTimeRecogniser:
    """VILLE: a capitalised place after « depuis » or « de », its travel time right after it."""

    name = "fr_place_with_travel_time"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "km" in low or "de " in low or "en " in low or "à pied" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _TRAVEL.finditer(text):
            gap = _GAP_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if gap is None:
                continue
            before = _PLACE_BEFORE.search(text, max(0, gap.start() - 48), gap.start())
            if before is None:
                continue
            place = before["place"]
            first = place.split()[0].split("-")[0]
            key = fold(place)
            if key in _NOT_PLACES or key in MONTHS_FOLDED or is_first_name(first):
                continue
            yield Finding(before.start("place"), before.end("place"), Label.VILLE, 0.75, self.name)
