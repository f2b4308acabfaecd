"""A maker's or a device's name identifies nobody: « tige Corail (Johnson & Johnson DePuy Synthes) »,
« Procter & Gamble », « Smith & Nephew », « Arrivée SMUR : LUCAS mis en place ».

Firms are named after their founders, and the name lists hold them as surnames. One name twice joined by
« & », or a pair followed by a firm's word (« DePuy », « Medical », « GmbH »), is a firm's name; a
practice's members stay (« cabinet Lemaire & Vasseur », « Cabinet infirmier Cindy & Audrey »). A word in capitals followed by « mis en place » / « mise en
place » is a device put in place (a chest compressor, a pump): a person is « installé », not « mis en
place ». Never after a title or a person's cue (« M. & Mme Johnson » keeps its title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled

_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*(?P<second>[A-ZÀ-Þ][\w\-]+)")
_AMPERSAND_BEFORE = re.compile(r"(?<![\w\-])(?P<first>[A-ZÀ-Þ][\w\-]+)[ \t]*&[ \t]*\Z")
# A firm's word after the pair (« Johnson & Johnson DePuy Synthes », « Procter & Gamble France »).
_FIRM_AFTER = re.compile(
    r"[ \t]+(?:DePuy|Synthes|Medical|Medtech|MedTech|Healthcare|Pharma|Pharmaceuticals|France|Inc|Ltd|GmbH"
    r"|AG|SA|SAS|Co|Cie|Company|Corporation|Group|Laboratories|Laboratoires)(?![\w])"
)
# A practice's noun before the pair: a practice is named after its members (« cabinet Lemaire & Vasseur »,
# « Cabinet infirmier : Roumégous & Bonnin »), who are someone.
_PRACTICE_BEFORE = re.compile(
    r"(?i:cabinet|cab\.|scm|scp|selarl|sel|maison|centre|pharmacie|infirmi\w*|kin\w*|drs|docteurs|associés)"
)
_PUT_IN_PLACE_AFTER = re.compile(r"[ \t]+(?:mise?|mises|mis)[ \t]+en[ \t]+place(?![\w])")
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][\w\-]+\Z")


def _brand(text: str, f: Finding) -> bool:
    if _ONE_WORD.match(text, f.start, f.end) is None:
        return False
    if (second := _AMPERSAND_AFTER.match(text, f.end)) is not None:
        return _firm(text, f.start, second.end(), text[f.start : f.end], second.group("second"))
    if (first := _AMPERSAND_BEFORE.search(text, max(0, f.start - 30), f.start)) is not None:
        return _firm(text, first.start(), f.end, first.group("first"), text[f.start : f.end])
    word = text[f.start : f.end]
    return (
        word.isupper()
        and len(word) >= 3
        and _PUT_IN_PLACE_AFTER.match(text, f.end) is not None
        and not titled(text, f.start)
    )


def _firm(text: str, start: int, end: int, first: str, second: str) -> bool:
    """« first & second » at ``start:end`` is a firm's name: one name twice (« Johnson & Johnson ») or a
    firm's word after it, no practice's noun nor title before it."""
    if titled(text, start) or _PRACTICE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return False
    return first == second or _FIRM_AFTER.match(text, end) is not None


def drop_brands(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the firms' and devices' names taken for a person's."""
    if "&" not in text and "place" not in text:
        return list(found)
    return [f for f in found if not (f.label == Label.NOM and _brand(text, f))]
