"""French calendar words, once: month names, their abbreviations, weekdays.

The date recognisers build their patterns from these, the name rules know them as never names, and
the date-shift operator re-renders shifted dates with them (``egide.transform.dates``).
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
#: The abbreviations clinical text writes with a dot (« févr. 2019 »), in month order.
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc",
)  # fmt: skip
#: Three-letter forms (« 05nov », « fév 2020 »), in month order.
MONTH_SHORT: tuple[str, ...] = (
    "jan", "fév", "mar", "avr", "mai", "jun", "jul", "aoû", "sep", "oct", "nov", "déc",
)  # fmt: skip
WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def unaccented(word: str) -> str:
    """« février » → « fevrier », « août » → « aout »: how hurried notes write them."""
    return word.replace("é", "e").replace("û", "u")


#: A numeric date as forms and exports print it, for the rules that read one as a cue (« né le … à
#: Oran », « lieu de naissance : …, Limoges »): its separators (« / . - | » or a space, spaces around
#: them allowed) or none at all, the boxes of a form read as one number (« 12051947 », « 120547 »).
_SEPARATOR = r"(?:[ \t]{0,2}[/.\-|][ \t]{0,2}|[ \t]{1,2})"
NUMERIC_DATE = (
    rf"(?:[0-9]{{1,2}}{_SEPARATOR}[0-9]{{1,2}}{_SEPARATOR}[0-9]{{2,4}}|[0-9]{{8}}|[0-9]{{6}})(?![0-9])"
)
