"""NIR / INS: the French social-security number, 15 characters including a 2-digit key.

Layout: sex (1) · year (2) · month (2) · département (2, « 2A »/« 2B » in Corsica, 97x overseas)
· commune (3) · order (3) · key (2), key = 97 − (13 first digits mod 97) with 2A→19, 2B→18.

A valid key makes a finding near-certain. A wrong key is usually a typo, and a typo must not let a
NIR through: a number with a strong structure (INSEE rules: sex 1/2, 3/4 or 7/8; month 01–12, or
20–42 and 50–99 for a birth month unknown or a registration on a document; département 01–95, 2A/2B,
20, 97x overseas, 98, 99 abroad) is still reported above the default threshold; a weaker one needs a
context word (« NIR », « sécu »…). Thirteen digits without key need a context word here; alone,
they are read as a long unexplained number whose structure says NIR (``unexplained.py``).
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import AFTER_FIRST, NUM_END, SEP, PrefilteredRecogniser, is_oid
from egide.detect.recognisers.fr.checks import nir_ok

_BODY = (
    r"[1-478]"  # sex: 1/2, 3/4 (rare legacy), 7/8 (temporary numbers)
    + AFTER_FIRST
    + rf"(?:{SEP}\d){{4}}"  # year, month
    + rf"{SEP}(?:\d{SEP}\d|2[ABab])"  # département (digits may be spaced like the rest)
    + rf"(?:{SEP}\d){{6}}"  # commune, order
)
_NIR = re.compile(_BODY + rf"(?:{SEP}\d){{2}}" + NUM_END)  # with its key
# Without its key (« N° SS : 1 85 05 78 006 084 », the key written apart or left out): thirteen
# characters are found on their structure, and only after a context word.
_NIR_WITHOUT_KEY = re.compile(_BODY + NUM_END)
# The key written apart from the thirteen characters, as forms and letters print it: « 1 85 05 78
# 006 084 / 91 », « … - 91 », « … | 91 », « … (clé 91) », « … clé : 91 », and a form's box of its own
# after the boxes of the thirteen digits (« |1|6|4|…|7|  |1|5| », read « |1640…7|  |15| »), a column
# of its own after a gap of spaces (« 1 85 12 62 193 030   73 »). Without it
# the finding stops before the key and leaves two digits of the number in clear.
# (the key apart, its O or l typed or scanned for a 0 or a 1, « clé O7 », « / l2 »: the look-alikes
# reading leaves a token of two characters alone after a word, a number too short to be read)
_KEY = r"(?:[0-9][0-9]|[OoIl][0-9]|[0-9][OoIl])"
# (or in the next column of a form that a scan set apart by spaces, « 1 85 12 62 193 030   73 »: the
# two characters alone after a gap of two spaces or more, then the line's end or another gap)
_NIR_KEY_APART = re.compile(
    _BODY
    + r"(?:[ \t]{0,2}(?:\|[ \t]{1,4}\||[/|–-]|\(?\s?cl[ée][ \t]?:?)[ \t]{0,2}"
    + _KEY
    + r"\)?(?![\w])|[ ]{2,}"
    + _KEY
    + r"(?=[ \t]*(?:\n|$)|[ ]{2,}|[ \t]*\|))"
)

SCORE_VALID_KEY = 0.95
SCORE_STRONG_STRUCTURE = 0.6  # wrong key, but everything else is a plausible NIR
SCORE_WEAK_STRUCTURE = 0.3  # wrong key and unusual month/sex: needs context
SCORE_WITHOUT_KEY = 0.45  # 13 characters with a strong structure: needs context

CONTEXT = (
    "nir", "ins", "insee", "nss", "sécu", "secu", "sécurité sociale", "securite sociale",
    "n° ss", "ss", "assuré", "assure", "matricule", "immatriculation", "carte vitale", "vitale",
    "identifiant national", "identifiant national de santé", "nia", "ins-c", "ins-nir",
)  # fmt: skip

_KEY_LOOKALIKES = str.maketrans("OIL", "011")
_REAL_DEPARTMENT = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97|98|99")
_SEXES = "123478"


def score_nir(value: str, score: float) -> float | None:
    """Score a NIR-shaped value by its key and its structure; None if it cannot be a NIR."""
    if "." in value and is_oid(value.strip()):
        return None  # « 1.2.250.1.213.1.4.10 »: the INS's system, not its value
    compact = re.sub(r"CL[ÉE]|[^0-9A-Z]", "", value.upper())  # separators, and « clé » before a key apart
    if len(compact) == 15:
        compact = compact[:13] + compact[13:].translate(_KEY_LOOKALIKES)  # « clé O7 »
    if len(compact) == 13:
        return SCORE_WITHOUT_KEY if _strong(compact) else None
    if len(compact) != 15:
        return None
    if nir_ok(compact):
        return SCORE_VALID_KEY
    month = int(compact[3:5])
    key = int(compact[13:])
    if month == 0 or 13 <= month <= 19 or 43 <= month <= 49 or not 1 <= key <= 97:
        return SCORE_WEAK_STRUCTURE / 2
    return SCORE_STRONG_STRUCTURE if _strong(compact) else SCORE_WEAK_STRUCTURE


def strong_structure(compact: str) -> bool:
    """Whether the thirteen (or fifteen) characters ``compact`` have a NIR's sex, month and département."""
    return _strong(compact)


def _strong(compact: str) -> bool:
    """A sex, a month and a département that INSEE can give: what a NIR with a typo still shows."""
    if not compact[3:5].isdigit():
        return False
    month = int(compact[3:5])
    real_month = 1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99
    return compact[0] in _SEXES and real_month and _REAL_DEPARTMENT.fullmatch(compact[5:7]) is not None


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.nir",
        label=Label.NIR,
        patterns=[
            Pattern("nir", _NIR, SCORE_VALID_KEY),
            Pattern("nir-key-apart", _NIR_KEY_APART, SCORE_VALID_KEY),
            Pattern("nir-without-key", _NIR_WITHOUT_KEY, 0.45),
        ],
        validate=score_nir,
        context=CONTEXT,
        context_boost=0.4,
        run_tail=12,  # « / 91 », « (clé 91) » after the run
        min_digits=12,  # 13 characters without the key, one of which may be the A or B of Corsica
    )
