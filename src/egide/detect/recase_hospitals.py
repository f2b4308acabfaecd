"""Hospitals typed in lower case where a letterhead, a banner or a list names them alone: their acronym in
capitals again, and the one place word that names a hospital after its type.

:mod:`egide.detect.recase` gives a hospital's own acronym its capitals back where a patient goes or stays
(« transféré au chuv »). A header, a banner, a label or a copy list names the hospital alone, in its own
clause, or before its town, with no such cue: « chm – urgences – 06/12 », « résultats — hegp —
hématologie », « (cardiologue, chba) », « méd. réf. carpentier   ghpso creil », « hôpital : chm
mamoudzou ». There the acronym is written in capitals, as such a text writes it, for the establishments'
reader to judge as it does « CHM – urgences ». Not a common word, a listed name nor a medical acronym of
that shape (« hta », « hiv », « hus »: the checks of the caller).

A type of establishment that is always one (« chu », « chd », « ch ») followed by one word alone that
names a French département, a region or a commune (« chu guadeloupe », « chd vendée — orthopédie »)
gets that word capitalised: those words are common words too (« la vendée », « la guadeloupe »), which
the caller leaves in lower case after a type unless two of them or more name the establishment.

A compound of common words after a hospital's or a clinic's noun (« hôpital bel-air », « clinique
mont-louis »): a hyphen joins no common words after « hôpital » but in a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from egide.detect.places.lexicon import load_lexicon
from egide.detect.places.regions import DEPARTMENT_NAMES, REGIONS

if TYPE_CHECKING:
    from egide.detect.recase import _Word

# What sets a word apart as its own clause before it: a dash, a bracket, a bar, a comma, a colon, an
# asterisk of a banner, a slash between two hospitals, or wide spaces between a label's columns.
_APART_BEFORE = frozenset("—–|(,:*/[")
# After it: the same, or a full stop.
_APART_AFTER = frozenset("—–|),;*/.]")


def _apart(gap: str, signs: frozenset[str]) -> bool:
    """``gap`` (what lies between two words) sets them apart: a line break, one of ``signs``, a dash
    between spaces (« chm - urgences ») or a column's wide spaces (« carpentier   ghpso »)."""
    return "\n" in gap or any(c in signs for c in gap) or " - " in gap or "   " in gap


def place_word(key: str) -> bool:
    """``key`` (folded) names a French département, a region or a commune of the lists."""
    return key in DEPARTMENT_NAMES or key in REGIONS or load_lexicon().commune(key) is not None


def acronym_apart(words: list[_Word], i: int) -> bool:
    """``words[i]`` stands in its own clause (a line's or the text's first word, or after a separator;
    then a separator, a line's end or its town), as a letterhead or a banner names a hospital."""
    w = words[i]
    before = i == 0 or _apart(w.gap_before, _APART_BEFORE)
    if not before:
        return False
    if i + 1 == len(words):
        return True
    nxt = words[i + 1]
    if _apart(nxt.gap_before, _APART_AFTER):
        return True
    # (« ghpso creil », « chm mamoudzou », « chwapi tournai »: its town after it, the town's clause ending)
    return nxt.gap_before == " " and nxt.text.replace("-", "").isalpha() and place_word(nxt.key)


def place_after_type(words: list[_Word], k: int) -> bool:
    """``words[k]``, right after a type of establishment, is a place word that ends the clause visibly
    (« chu guadeloupe — observation », « chd vendée, dr … », « chu martinique⏎ »)."""
    n = words[k]
    if n.gap_before != " " or not n.text.replace("-", "").isalpha() or not place_word(n.key):
        return False
    if k + 1 == len(words):
        return True
    return _apart(words[k + 1].gap_before, _APART_AFTER)


# Prefixes of compound adjectives (« post-opératoire », « sous-cutané »): no name.
_PREFIXES = frozenset(
    {"post", "pre", "anti", "neo", "sous", "sus", "inter", "intra", "extra", "semi", "demi", "mi", "auto",
     "non", "para", "peri", "trans", "ultra", "hyper", "hypo", "multi", "pluri", "poly", "pseudo", "micro"}
)  # fmt: skip


def compound_name(key: str) -> bool:
    """``key`` (folded) is a compound of two or three words joined by hyphens, no prefix of an adjective
    first (« bel-air », « mont-louis »; not « post-operatoire »)."""
    parts = key.split("-")
    return (
        2 <= len(parts) <= 3 and all(len(p) >= 2 and p.isalpha() for p in parts) and parts[0] not in _PREFIXES
    )
