"""Dates in every form clinical text uses, from « 03/02/1961 » to « deux janvier mille neuf cent
soixante-dix-huit » and glued forms typed in a hurry (« 05nov », « dec1993 », « 23022018 »)."""

from __future__ import annotations

import datetime as dt

from bench.corpus.builder import Piece, ent
from bench.corpus.context import Ctx

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]  # fmt: skip
_ABBREV = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
_GLUED = ["jan", "fev", "mar", "avr", "mai", "jun", "jul", "aou", "sep", "oct", "nov", "dec"]

_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
          "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def words_below_100(n: int) -> str:
    """French number words (traditional spelling with hyphens, « et un »)."""
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = unit + 10
        joiner = "-et-" if rest == 11 and tens == 7 else "-"
        return base + joiner + words_below_100(rest)
    if tens == 8:
        return "quatre-vingts" if unit == 0 else "quatre-vingt-" + _UNITS[unit]
    if unit == 0:
        return _TENS[tens]
    return _TENS[tens] + ("-et-un" if unit == 1 else "-" + _UNITS[unit])


def year_words(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "deux mille" + (" " + words_below_100(rest) if rest else "")
    hundreds, rest = divmod(year - 1000, 100)
    prefix = "mille " + (_UNITS[hundreds] + " cents" if hundreds > 1 else "cent") if hundreds else "mille"
    if hundreds > 1 and rest:
        prefix = "mille " + _UNITS[hundreds] + " cent"
    return prefix + (" " + words_below_100(rest) if rest else "")


def in_words(d: dt.date) -> str:
    day = "premier" if d.day == 1 else words_below_100(d.day)
    return f"{day} {MONTHS[d.month - 1]} {year_words(d.year)}"


def date_between(ctx: Ctx, start_year: int, end_year: int) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    end = dt.date(end_year, 12, 31).toordinal()
    return dt.date.fromordinal(ctx.rng.randrange(start, end + 1))


def render(ctx: Ctx, d: dt.date, *, allow_partial: bool = True) -> str:
    """One written form of ``d``; partial forms (no year, no day) only when ``allow_partial``."""
    forms = 17 if allow_partial else 12
    form = ctx.rng.randrange(forms)
    month = MONTHS[d.month - 1]
    day = "1er" if d.day == 1 and ctx.chance(0.7) else str(d.day)
    if form <= 2:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == 3:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if form == 4:
        return f"{d.day:02d}{ctx.pick(['-', '.'])}{d.month:02d}{ctx.pick(['-', '.'])}{d.year}"
    if form == 5:
        return d.isoformat()
    if form in (6, 7):
        return f"{day} {month} {d.year}"
    if form == 8:
        return f"{day} {_ABBREV[d.month - 1]} {d.year}"
    if form == 9:
        return f"{d.day:02d}{d.month:02d}{d.year}"  # « 23022018 »
    if form == 10:
        return in_words(d)
    if form == 11:
        return f"{day} {month.upper() if ctx.chance(0.5) else month.replace('é', 'e').replace('û', 'u')} {d.year}"
    if form == 12:
        return f"{d.day:02d}{_GLUED[d.month - 1]}"  # « 05nov »
    if form == 13:
        return f"{_GLUED[d.month - 1]}{d.year}"  # « dec1993 »
    if form == 14:
        return f"{d.day:02d}{_GLUED[d.month - 1]}{d.year % 100:02d}"
    if form == 15:
        return f"{d.day:02d}/{d.month:02d}"
    return f"{day} {month}"


def date(ctx: Ctx, d: dt.date, label: str = "DATE", *, allow_partial: bool = True) -> Piece:
    return ent(label, render(ctx, d, allow_partial=allow_partial))


def month_year(ctx: Ctx, d: dt.date) -> Piece:
    return ent("DATE", f"{MONTHS[d.month - 1]} {d.year}" if ctx.chance(0.8) else f"{d.month:02d}/{d.year}")


def year_in_context(ctx: Ctx, year: int) -> Piece:
    """A year alone, preceded by the words that make it a date: « en 2015 », « depuis 2012 »."""
    lead = ctx.pick(["en ", "depuis ", "depuis ", "en ", "courant ", "fin ", "début "])
    return [(lead, None), *ent("DATE", str(year))]


def birth(ctx: Ctx, d: dt.date, female: bool) -> Piece:
    """« née le 03/02/1961 », « DDN : 03/02/1961 », « date de naissance : 3 février 1961 »."""
    if ctx.chance(0.06):  # only the year: « née en 1931 »
        return [("née en " if female else "né en ", None), *ent("DATE_NAISSANCE", str(d.year))]
    lead = ctx.pick(
        [
            "née le " if female else "né le ", "né(e) le ", "DDN : ", "date de naissance : ",
            "Date de naissance : ", "née le " if female else "né le ", "DN ",
        ]
    )  # fmt: skip
    return [(lead, None), *ent("DATE_NAISSANCE", render(ctx, d, allow_partial=False))]
