"""Small named pieces that every date pattern is assembled from (after edsnlp's ``dates/patterns/atomic``).

Each atom is a verbose-mode regex fragment *without* capturing groups of its own, so that a pattern
can wrap it in the named group it needs (``(?P<day>{DAY})``). Patterns that use these atoms must be
compiled with ``re.VERBOSE | re.IGNORECASE`` unless noted. Boundaries (« not preceded by a digit »)
belong to the patterns, not to the atoms, because glued forms (« 05nov2019 ») need other boundaries.
"""

from __future__ import annotations

import re

from egide.detect.calendar import MONTHS, unaccented

# --- numbers ---------------------------------------------------------------------------------------

DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"  # 1..31, optional leading zero
DAY2 = r"(?:0[1-9]|[12][0-9]|3[01])"  # exactly two digits
MONTH = r"(?:0?[1-9]|1[0-2])"  # 1..12, optional leading zero
MONTH2 = r"(?:0[1-9]|1[0-2])"
YEAR4 = r"(?:19[0-9]{2}|20[0-9]{2})"  # 1900..2099: clinical history, no medieval dates
YEAR2 = r"(?:[0-9]{2})"
YEAR = rf"(?:{YEAR4}|{YEAR2})"

# « 1er », « 1 er », « 1ᵉʳ »: the first of the month.
FIRST = r"(?:1\s?(?:er|ᵉʳ))"

# --- separators ------------------------------------------------------------------------------------

# Between the parts of a numeric date: the same separator is enforced by a back-reference.
NUM_SEP = r"[/.\-]"
SPACE = r"[ \t]+"  # inside one line only: a date never spans a line break

# --- month names -----------------------------------------------------------------------------------

# Each entry: canonical month number -> alternatives, longest first. Abbreviations may carry a dot.
# English abbreviations (« Feb », « Apr », « May », « Aug ») come from laboratory and imaging exports.
# « sept » alone is also the number seven and « mar » is also Tuesday's abbreviation: patterns that
# use MONTH_NAME require a day before it or a year after it, which settles both.
# The names and their unaccented spellings come from ``egide.detect.calendar``; the abbreviations are
# written here as patterns, with what only this reader needs (optional dots, « juill. », the English
# forms, « mar » only before a year).
_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: (r"janv\.?", r"jan\.?"),
    2: (r"févr\.?", r"fevr\.?", r"fév\.?", r"fev\.?", r"feb\.?"),
    # « mar » without its dot only before a year, after a space or, as Oracle exports write it, a dash
    # (« 14-MAR-2025 »)
    3: (r"mar\.", r"mar(?=(?:[ \t]*|[\-/])[0-9]{2})"),
    4: (r"avr\.?", r"apr\.?"),
    5: ("may",),
    6: (),
    7: (r"juil\.?", r"juill\.?"),
    8: (r"aoû\.?", r"aug\.?"),
    9: (r"sept\.?", r"sep\.?"),
    10: (r"oct\.?",),
    11: (r"nov\.?",),
    12: (r"déc\.?", r"dec\.?"),
}
_MONTH_FORMS: dict[int, tuple[str, ...]] = {
    n: tuple(dict.fromkeys((name, unaccented(name), *_ABBREVIATIONS[n])))
    for n, name in enumerate(MONTHS, start=1)
}

MONTH_NAME = "(?:" + "|".join(form for forms in _MONTH_FORMS.values() for form in forms) + ")"
# Before a dash or a slash and a year (« mars-25 », « juin/2024 »): every form but « sept », the number
# seven (« sept-10 jours »).
MONTH_NAME_DASHED = (
    "(?:" + "|".join(form for forms in _MONTH_FORMS.values() for form in forms if form != r"sept\.?") + ")"
)

# Abbreviations glued to digits (« 05nov2019 », « dec1993 », « 3fev »): three or four letters.
MONTH_ABBR_GLUED = (
    r"(?:janv?|f[ée]vr?|feb|mars?|avr|apr|mai|may|juin|jun|juil|jul|ao[uû]t?|aug|sept?|oct|nov|d[ée]c)"
)

_MONTH_LOOKUP = [
    (re.compile(rf"(?:{form})$", re.I), n) for n, forms in _MONTH_FORMS.items() for form in forms
]
_GLUED_LOOKUP = {
    "jan": 1, "janv": 1, "fev": 2, "fév": 2, "fevr": 2, "févr": 2, "feb": 2, "mar": 3, "mars": 3, "avr": 4,
    "apr": 4, "mai": 5, "may": 5, "aug": 8, "juin": 6, "jun": 6, "juil": 7, "jul": 7, "aou": 8, "aoû": 8, "aout": 8, "août": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "déc": 12,
}  # fmt: skip


def month_number(name: str) -> int | None:
    """The month number of a French month name or abbreviation, or None."""
    key = name.lower().rstrip(".")
    if key in _GLUED_LOOKUP:
        return _GLUED_LOOKUP[key]
    for regex, number in _MONTH_LOOKUP:
        if regex.match(name.lower()):
            return number
    return None


WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"

# --- numbers in words ------------------------------------------------------------------------------

_W = r"[\s-]+"  # « vingt-deux », « vingt deux », « vingt - deux »
UNIT_WORD = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf)"
TEEN_WORD = rf"(?:dix{_W}sept|dix{_W}huit|dix{_W}neuf|dix|onze|douze|treize|quatorze|quinze|seize)"
TENS_WORD = rf"(?:vingt|trente|quarante|cinquante|soixante|quatre{_W}vingts?)"
# 1..99 in words: « neuf », « seize », « vingt-et-un », « soixante-dix-huit », « quatre-vingt-douze ».
NUMBER_WORD = rf"(?:{TENS_WORD}(?:{_W}(?:et{_W})?(?:{TEEN_WORD}|{UNIT_WORD}))?|{TEEN_WORD}|{UNIT_WORD})"
# A day in words: « premier », « deux » … « trente et un ».
DAY_WORD = rf"(?:premier|1er|{NUMBER_WORD})"
# A year in words: « mille neuf cent soixante-dix-huit », « dix-neuf cent quatre-vingt », « deux mille
# vingt », « deux mille », « mil neuf cent ».
YEAR_WORD = (
    rf"(?:(?:mille|mil){_W}neuf{_W}cents?(?:{_W}{NUMBER_WORD})?"
    rf"|dix{_W}neuf{_W}cents?(?:{_W}{NUMBER_WORD})?"
    rf"|deux{_W}mille(?:{_W}{NUMBER_WORD})?)"
)

# --- what must not follow a number for it to be a date or a year -----------------------------------

# Units, doses and scores: « 2000 mg », « 1500 ml », « 12/8 mmHg », « 1/2 cp ». On the same line only: the
# next line may open on anything (« 15 novembre 2016⏎l5h3O Cible … » is a date, then a time).
UNIT_AFTER = (
    # (« l » before a digit is an OCR's 1 opening a time, « 2025-01-14 l0:47 », no litre)
    r"(?-i:[ \t]*(?:mg|g|kg|µg|μg|mcg|ng|ml|mL|ML|cl|dl|dL|l(?![0-9])|L|ui|UI|u|U|mmol|µmol|mol|meq|mEq|mmhg|mmHg|cmH2O|"
    # (« m » before a surname in capitals is « monsieur » typed in a hurry, no metre: « 24-11-26 m LEROUX »;
    # « m » or « h » alone that ends its line or its cell is a banner's sex, « né le 03.03.2003  m⏎ »)
    r"cm|mm|m(?![ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]|[ \t]*(?:\n|$|[|\t]))|km|%|‰|cp|cps|comprimés?|gél|gélules?|sachets?"
    r"|ampoules?|gouttes?|bouffées?|doses?|"
    r"unités?|points?|pts?|kcal|cal|bpm|/min|min|sec|s|h(?![ \t]*(?:\n|$|[|\t]))|heures?|jours?|j|semaines?|sem|SA|mois|ans?|"
    # (a letter then an apostrophe is an elided word, no unit: « le 12/03 l'enfant », « s'est », « j'ai »;
    # « patient : » after a date is the next field's label, no count: « date : 04.12.2026   patient : … »)
    r"fois|x|€|euros?|cc|Gy|mSv|mGy|UI/L|g/L|g/l|mg/L|mg/l|patients?(?![ \t]*:)|cas|personnes|habitants)"
    r"(?![^\W\d_]|['’]))"
)

# --- examinations ------------------------------------------------------------------------------------

# An examination, a procedure or a vaccine's booster that a note dates with a month or a year alone
# (« IRM janv : discopathie », « ETT 2023 normale », « fond d'œil 2025 », « dernier rappel 2019 »): the
# word says that what follows is when it was done. Compile with ``re.IGNORECASE``; « FO » only in
# capitals (« fo » is nothing).
EXAMINATION = (
    r"(?:irm|scanner|tdm|tep(?:[ -]?(?:scan|tdm))?|pet[ -]?scan|(?:[ée]cho(?:graphie)?|doppler)(?:[ -]doppler)?"
    r"|radio(?:graphie)?|mammo(?:graphie)?|ett|eto|efr|ecg|eeg|emg|holter|mapa|polysomnographie"
    r"|colo(?:scopie)?|fibro(?:scopie)?|gastroscopie|endoscopie|fogd|cystoscopie|biopsie|scintigraphie"
    r"|(?:ost[ée]o)?densitom[ée]trie|coronarographie|art[ée]riographie|angiographie|angio-?irm|arthroscanner"
    r"|fond[ \t]+d['’][ \t]*(?:œ|oe)il|(?-i:FO)|frottis|audiogramme|[ée]preuve[ \t]+d['’]effort"
    # the films of an earlier imaging a report compares with (« comparaison aux clichés de 2024 »)
    r"|clich[ée]s"
    # a booster or a vaccine, maybe with the vaccine's acronym (« rappel DTP 2018 », « vaccin ROR »)
    r"|(?:rappel|vaccin|vaccination)(?:[ \t]+(?-i:d?[A-Z][A-Za-z]{1,5}))?)"
)

# --- accents dropped ------------------------------------------------------------------------------

# « è » is left out: « dès » is not « des ».
_BARE = {"é": "e", "ê": "e", "ë": "e", "â": "a", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u",
         "ç": "c", "É": "E", "Ê": "E", "Â": "A", "Î": "I", "Ô": "O", "Û": "U", "Ç": "C"}  # fmt: skip


def accents_optional(pattern: str) -> str:
    """``pattern`` with every accented letter outside a character class also matching its bare letter
    (« début » -> « d[ée]but »): notes typed on a keyboard without accents write « debut », « hopital »,
    « residence ». « à » and « è » are left as they are: « a » is also a verb, « des » is not « dès »."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char in _BARE:
            out.append(f"[{char}{_BARE[char]}]")
        else:
            out.append(char)
    return "".join(out)
