"""NOM: a user name built from a person's name after « compte », « login », « identifiant »,
« utilisateur », « connecté », « session », « opérateur » (« compte jdupuis », « login : jean.dupuis », « utilisateur mdurand2 »), or after
« par » where a record says who edited, printed, entered or signed it (« Édité le 2025-03-08 07:14 par
lbescond », « imprimé par mdupont », « saisi le 03/02 par c.roux »: the footer of an export).

Logs and tickets pasted into a prompt name the agent or the patient by their account. A word after
« compte » is usually prose (« compte rendu », « compte tenu »), so the value is kept only when it
reads as a name: one or two initials glued to a surname of the lists that is not a French word
(« jdupuis », « jpdurand »), or a first name or an initial and a surname joined by a dot, a dash or
an underscore (« jean.dupuis », « j_dupuis »). Digits at the end (« mdurand2 ») are allowed.
"""

from __future__ import annotations

import re

from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.needles import Needles
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser

# (« connecté », « session », « opérateur »: the account a DPI's banner or an analyser's printout shows
# logged in, « Connecté : ibrahim.sow », « Session c.lefort », « Opérateur : mbernard »)
_CUES = (
    "compte",
    "login",
    "identifiant",
    "utilisateur",
    "user",
    "connecté",
    "connectée",
    "session",
    "opérateur",
)
# Cue words in lower case, capitalised or in capitals, without ``re.I``: the pattern is tried only
# where a cue starts in the lower-cased text (``starts``), and ``re.I`` would also read « ſ » and « ı »
# as « s » and « i », which lower-casing keeps apart.
_CUE = "(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}|{w.upper()}" for w in _CUES) + ")(?:name|NAME)?"
_USER_NAME = re.compile(
    r"(?<![^\W\d_])" + _CUE + r"(?![^\W\d_])[ \t]*(?:[:=][ \t]*)?"
    r"(?P<value>[a-z][a-z0-9._\-]{1,40}[a-z0-9])(?![\w@]|[.\-][a-z0-9])"
)
# The participles of a record's footer that say who made it, then « par » and the account on the
# line (« Édité le … par », « imprimé par », « Saisi le 03/02/2025 à 14:10 par »): the account is the
# software's, written in lower case.
_MADE_BY_CUES = ("édité", "imprimé", "saisi", "modifié", "créé", "généré", "exporté", "validé", "signé")
_MADE_BY = re.compile(
    r"(?<![^\W\d_])(?:[ÉéEe]dit|[Ii]mprim|[Ss]aisi|[Mm]odifi|[Cc]réé|[Gg]énér|[Ee]xport|[Vv]alid|[Ss]ign)"
    r"[a-zé]{0,4}(?:[ \t]+[^\n]{0,40}?)?[ \t]+par[ \t]*(?::[ \t]*)?"
    # (no dash: « validé par lui-même » is prose)
    r"(?P<value>[a-z][a-z0-9._]{1,40}[a-z0-9])(?![\w@\-]|[.][a-z0-9])"
)
# Surnames of the lists that are also the names of services a patient has an account with.
_SERVICES = frozenset({"ameli", "meli"})
_TRAILING_DIGITS = re.compile(r"[0-9]+$")


def _surname(word: str) -> bool:
    return len(word) >= 4 and is_surname(word) and not is_common_word(word) and word not in _SERVICES


def _check(value: str, score: float) -> float | None:
    """``score`` when ``value`` is built from a name, None otherwise."""
    core = _TRAILING_DIGITS.sub("", value)
    if core in _SERVICES or is_common_word(core):
        return None
    parts = re.split(r"[._\-]", core)
    if len(parts) == 2:
        first, last = parts
        if (len(first) <= 2 or is_first_name(first)) and _surname(last):
            return score
        if is_first_name(first) and len(first) >= 3 and is_surname(last):
            return score  # « pierre.boucher »: a first name vouches for a surname that is a word
        if len(last) == 1 and last.isalpha() and _surname(first):
            return score  # « moreau.p »: the surname then the first name's initial, another site's habit
        return None
    if len(parts) == 1 and any(_surname(core[k:]) for k in (1, 2)):
        return score  # « jdupuis », « jpdurand »
    return None


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.user_name",
        label=Label.NOM,
        patterns=[
            Pattern("user-name", _USER_NAME, 0.8, group="value"),
            Pattern("made-by", _MADE_BY, 0.8, group="value"),
        ],
        validate=_check,
        needles=_CUES + _MADE_BY_CUES,
        starts=Needles(_CUES + _MADE_BY_CUES),
    )
