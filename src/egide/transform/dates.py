"""French dates: parse one date expression, remember its written form, render another date in that form.

Used by the date shift (move every date of a scope by one offset, re-rendered as it was written) and
by restoration (a shifted date the model writes in any supported form is recognised by its value).
Supported forms: « 03/02/1961 », « 3-2-61 », « 1961-02-03 », « 03021961 », « 02/2019 »,
« 3 février 1961 », « 1er févr. 2019 », « lundi 3 février 1961 », « févr. 2019 », « 05nov »,
« dec1993 », « 1961 ». Dates in words (« deux janvier … ») are not parsed: callers fall back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTH_SHORT, MONTHS, WEEKDAYS, unaccented

# The three ways clinical text names a month. A written word may fit several (« mai », « mars »).
STYLES: dict[str, tuple[str, ...]] = {"full": MONTHS, "abbr": MONTH_ABBREVIATIONS, "short": MONTH_SHORT}


# written word (lower case, with or without accents) → (month, the styles it fits)
_MONTH_LOOKUP: dict[str, tuple[int, frozenset[str]]] = {}
for _style, _names in STYLES.items():
    for _i, _name in enumerate(_names):
        for _word in {_name, unaccented(_name)}:
            _styles = _MONTH_LOOKUP.get(_word, (_i + 1, frozenset()))[1]
            _MONTH_LOOKUP[_word] = (_i + 1, _styles | {_style})

_MONTH_ALT = "|".join(sorted((re.escape(k) for k in _MONTH_LOOKUP), key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)

# One verbose pattern per written form. Groups: wd (weekday), d, m / mn (month name), dot, y.
DATE_FORMS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>\d{4})(?P<sep>-)(?P<m>\d{2})-(?P<d>\d{2})"),
    ("numeric", r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
    ("glued", r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>(?:19|20)\d{2})"),
    ("month_year_num", r"(?P<m>\d{1,2})(?P<sep>[/.-])(?P<y>\d{4})"),
    (
        "words",
        rf"(?:(?P<wd>{_WEEKDAY_ALT})\s+)?(?:(?P<d>1er|\d{{1,2}})(?P<dsp>\s*))?"
        rf"(?P<mn>{_MONTH_ALT})(?P<dot>\.?)(?:(?P<ysp>\s*)(?P<y>\d{{4}}|\d{{2}}))?",
    ),
    ("year", r"(?P<y>(?:1[89]|20)\d{2})"),
)
_COMPILED = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in DATE_FORMS)


@dataclass(frozen=True, slots=True)
class DateForm:
    """How a date was written, enough to write another date the same way."""

    kind: str
    sep: str = "/"
    day_width: int = 2  # 1: « 3 », 2: « 03 »
    month_width: int = 2
    year_digits: int = 4  # 0: no year
    has_day: bool = True
    has_month: bool = True
    premier: bool = False  # « 1er »
    month_style: str = "full"  # full | abbr | short (see STYLES)
    style_ambiguous: bool = False  # « mai » fits every style: the form does not tell
    dot: str = ""
    case: str = "lower"  # lower | title | upper (month name and weekday)
    weekday: bool = False
    day_space: str = " "
    year_space: str = " "
    ascii: bool = False  # « fevrier », « dec »: written without accents


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date value (parts may be missing: « févr. 2019 », « 05nov », « 1961 ») and its form."""

    year: int | None
    month: int | None
    day: int | None
    form: DateForm

    @property
    def key(self) -> str:
        """The value alone, used to recognise the same date written in another form."""
        y = f"{self.year:04d}" if self.year is not None else "-"
        m = f"{self.month:02d}" if self.month is not None else "-"
        d = f"{self.day:02d}" if self.day is not None else "-"
        return f"{y}/{m}/{d}"


def _case_of(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "title"
    return "lower"


def _expand_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    value = int(text)
    # Two-digit years: clinical text is about people alive now; 00-30 read as 20xx.
    return 2000 + value if value <= 30 else 1900 + value


def parse(text: str) -> ParsedDate | None:
    """Parse a whole date expression, or return None (the caller falls back to a placeholder)."""
    stripped = text.strip()
    for kind, pattern in _COMPILED:
        m = pattern.fullmatch(stripped)
        if m is None:
            continue
        parsed = _from_match(kind, m)
        if parsed is not None:
            return parsed
    return None


def _from_match(kind: str, m: re.Match[str]) -> ParsedDate | None:
    g = m.groupdict()
    year = _expand_year(g["y"]) if g.get("y") else None
    ydigits = len(g["y"]) if g.get("y") else 0
    if kind in ("iso", "numeric", "glued"):
        form = DateForm(
            kind,
            sep=g.get("sep") or "",
            day_width=len(g["d"]),
            month_width=len(g["m"]),
            year_digits=ydigits,
        )
        return _checked(year, int(g["m"]), int(g["d"]), form)
    if kind == "month_year_num":
        month = int(g["m"])
        form = DateForm(kind, sep=g["sep"], month_width=len(g["m"]), year_digits=ydigits, has_day=False)
        return _checked(year, month, None, form)
    if kind == "words":
        month, styles = _MONTH_LOOKUP[g["mn"].lower()]
        style = next(st for st in STYLES if st in styles)
        dtext: str = g.get("d") or ""
        premier = dtext.lower() == "1er"
        day = 1 if premier else (int(dtext) if dtext else None)
        form = DateForm(
            kind,
            day_width=2 if dtext.startswith("0") else 1,  # « 3 mars », « 23 mars », « 03 mars »
            year_digits=ydigits,
            has_day=day is not None,
            premier=premier,
            month_style=style,
            style_ambiguous=len(styles) > 1,
            dot=g.get("dot") or "",
            case=_case_of(g["mn"]),
            weekday=bool(g.get("wd")),
            day_space=g.get("dsp") or "",
            year_space=g.get("ysp") or "",
            # only a name that has accents tells: « fevrier » is unaccented, « mars » says nothing
            ascii=g["mn"].isascii() and not STYLES[style][month - 1].isascii(),
        )
        if day is None and year is None:
            return None  # a month name alone is not a date
        return _checked(year, month, day, form)
    if kind == "year":
        return ParsedDate(year, None, None, DateForm(kind, has_day=False, has_month=False))
    return None


def _checked(year: int | None, month: int, day: int | None, form: DateForm) -> ParsedDate | None:
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year if year is not None else 2000, month, day)  # 2000: leap, so 29/02 is allowed
        except ValueError:
            return None
    return ParsedDate(year, month, day, form)


def _apply_case(word: str, case: str) -> str:
    if case == "upper":
        return word.upper()
    if case == "title":
        return word[:1].upper() + word[1:]
    return word


def render(year: int | None, month: int | None, day: int | None, form: DateForm) -> str:
    """Write the date parts in ``form`` (parts the form does not show are ignored)."""
    yd = form.year_digits
    ytext = "" if year is None or yd == 0 else (f"{year:04d}" if yd == 4 else f"{year % 100:02d}")
    if form.kind == "year":
        return f"{year:04d}"
    assert month is not None
    if form.kind in ("iso", "numeric", "glued"):
        assert day is not None
        dtext = f"{day:0{form.day_width}d}"
        mtext = f"{month:0{form.month_width}d}"
        if form.kind == "iso":
            return f"{ytext}-{mtext}-{dtext}"
        return form.sep.join((dtext, mtext, ytext))
    if form.kind == "month_year_num":
        return f"{month:0{form.month_width}d}{form.sep}{ytext}"
    # words
    name = STYLES[form.month_style][month - 1]
    if form.ascii:
        name = unaccented(name)
    # « mars », « mai », « juin » have no abbreviation: no dot after them
    dot = "" if STYLES[form.month_style][month - 1] == MONTHS[month - 1] else form.dot
    parts = ""
    if form.weekday and year is not None and day is not None:
        parts = _apply_case(WEEKDAYS[dt.date(year, month, day).weekday()], form.case) + " "
    if form.has_day and day is not None:
        dtext = _apply_case("1er", form.case) if day == 1 and form.premier else f"{day:0{form.day_width}d}"
        parts += dtext + form.day_space
    parts += _apply_case(name, form.case) + dot
    if ytext:
        parts += form.year_space + ytext
    return parts


def shift(parsed: ParsedDate, days: int) -> tuple[int | None, int | None, int | None]:
    """Move a (possibly partial) date by ``days``, keeping intervals between full dates exact."""
    y, m, d = parsed.year, parsed.month, parsed.day
    if y is not None and m is not None and d is not None:
        new = dt.date(y, m, d) + dt.timedelta(days=days)
        return new.year, new.month, new.day
    if y is not None and m is not None:  # month and year: move the middle of the month
        new = dt.date(y, m, 15) + dt.timedelta(days=days)
        return new.year, new.month, None
    if m is not None and d is not None:  # day and month without year: a leap reference year
        new = dt.date(2000, m, d) + dt.timedelta(days=days)
        return None, new.month, new.day
    if y is not None:  # a year alone moves with the middle of that year
        new = dt.date(y, 7, 2) + dt.timedelta(days=days)
        return new.year, None, None
    return None, None, None


def value_key(year: int | None, month: int | None, day: int | None) -> str:
    return ParsedDate(year, month, day, DateForm("year")).key


def month_words() -> tuple[str, ...]:
    """Every spelling of a month the parser reads (full, unaccented, abbreviated)."""
    return tuple(_MONTH_LOOKUP)
