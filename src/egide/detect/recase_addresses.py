"""Addresses typed in lower case that the re-cased reading of :mod:`egide.detect.recase` left unread.

- **After a word of residence**: « demeurant la croix blanche, 86210 … », « domicile la grande métairie,
  53410 … », « domiciliée quartier morne rouge, 97212 … »: the place's name opens its clause right
  after « demeurant », « domicile », « domicilié(e) », « réside », « habite », « adresse » with no
  comma, colon or bracket between (which :func:`~egide.detect.recase._locality_before_postcode` and
  :func:`~egide.detect.recase._unnumbered_place` want); those words say as much.
- **The main street of a village**: « 9 grande rue », « 17 grand'rue », « 3 grand-rue »: a house
  number, then « grande rue » written as a street's name is (« 9 Grande Rue »), for the address reader.
- **Foreign streets**: a German, Dutch, Flemish or Swiss street of one word before its house number
  (« bahnhofstraße 12 », « kortrijksestraat 214 », « kirchstrasse 14 », « rebgass 12 »), capitalised as
  their letters write them, for the foreign streets' reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from egide.detect.names import cues
from egide.detect.names.medicines import COMPANY_FORMS
from egide.detect.names.wordlist import words as word_set

if TYPE_CHECKING:
    from egide.detect.recase import _Word

# What says that a place of residence follows (folded).
RESIDENCE_CUES = word_set(
    """
    demeurant demeurante domicile domicilie domiciliee domicilies reside residant residante habite
    habitant habitante adresse
    """
)
# A kind of place without a house number, after a word of residence (« domiciliée quartier redoute »).
_KINDS_AFTER_RESIDENCE = word_set("quartier village section lieu-dit lieudit hameau")
# One word of a foreign street, ending on its type, then its house number.
_FOREIGN_STREET = re.compile(
    r"[^\W\d_]{2,}(?:strasse|straße|gasse|gass|weg|allee|platz|damm|straat|steenweg|laan|plein|dreef|kaai"
    r"|gracht)"
)

# A company's form or trade (folded), before its street in a leaflet's list of representatives.
_COMPANY_WORDS = frozenset(f.lower() for f in COMPANY_FORMS if f.replace(".", "").isalpha()) | word_set(
    "gmbh ltd limited inc plc ag sa sas sarl bv nv spa srl kft oy aps lda pharma health healthcare"
)
_COMPANY_REACH = 8


def after_residence(words: list[_Word], first: int) -> bool:
    """``words[first]`` follows a word of residence, a space between (« demeurant la croix blanche »)."""
    return first > 0 and words[first].gap_before == " " and words[first - 1].key in RESIDENCE_CUES


def kind_after_residence(words: list[_Word], i: int) -> bool:
    """``words[i]`` is a kind of place right after a word of residence, and a word after it that is no
    function word but an article (« domiciliée quartier morne rouge », « demeurant village balaté »):
    common words name places there too (« morne », « redoute »)."""
    if words[i].key not in _KINDS_AFTER_RESIDENCE or not after_residence(words, i) or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return (
        nxt.gap_before == " "
        and nxt.text.isalpha()
        and (nxt.key in {"le", "la", "les"} or nxt.key not in cues.FUNCTION_WORDS)
    )


def grande_rue(words: list[_Word], i: int) -> bool:
    """``words[i]`` opens « grande rue », « grand rue », « grand'rue » or « grand-rue » after a house
    number (« 9 grande rue »), given its capitals here (« Grande Rue »)."""
    from egide.detect.recase import _CAP

    w = words[i]
    if i == 0 or not words[i - 1].text.isdigit() or "\n" in w.gap_before:
        return False
    if w.key in {"grand-rue", "grand'rue"}:
        w.form = _CAP
        return True
    if w.key in {"grande", "grand"} and i + 1 < len(words):
        nxt = words[i + 1]
        if nxt.key == "rue" and (nxt.gap_before == " " or (nxt.gap_before == "" and w.cut)):
            w.form = nxt.form = _CAP
            return True
    return False


def foreign_streets(words: list[_Word]) -> None:
    """A foreign street of one word before its house number, capitalised (« bahnhofstraße 12 »); not
    a company's (« elanco animal health kölblgasse 8 », a leaflet's list of representatives: its
    company form or its trade a few words before)."""
    from egide.detect.recase import _CAP

    for i, w in enumerate(words[:-1]):
        if w.form is not None and w.form != _CAP:
            continue
        nxt = words[i + 1]
        if (
            nxt.gap_before == " "
            and nxt.text[:1].isdigit()
            and len(nxt.text) <= 4
            and _FOREIGN_STREET.fullmatch(w.key) is not None
            and not any(x.key in _COMPANY_WORDS for x in words[max(0, i - _COMPANY_REACH) : i])
        ):
            w.form = _CAP
