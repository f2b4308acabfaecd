"""Letters read as digits in numbers, and digits read as letters in names.

OCR and people who want to slip past a filter swap letters and digits that look alike. Two readings,
each narrow enough to leave real codes alone:

- **In a number**, O and o are 0, I and l are 1, S is 5, B is 8 and Z is 2 (« tel: O6 12 34 56 78 »,
  « 1 85 O5 78 OO6 O84 91 », « l4/O3/195O », « 2O16 », « 7/l/23 »). A number is a run of tokens
  separated by one space, dot, dash, slash or pipe, where every token holds a real digit (or is one O,
  o, I or l alone, as the first digit of a NIR), the run holds four characters or more, at least
  half of them real digits, and three real digits or more (two in a single token: « 2OO9 »). Under
  eight characters, the run must start with a real digit and end with one or with O, S or Z:
  CIM-10 codes (« I21.0 ») and isotopes (« 131I ») stay. S, B and Z are never read at the start
  of a token (« B12 », « S1 », « Z3 »), nor B at its end (« 103B » is « bis ») or after a 2
  (« 2B » is Corsica in a NIR). Codes mixing other letters (« CO2 », « SpO2 », « HbA1c »,
  « G6PD », « T4N0M0 ») are not runs. A pipe is never read as a 1: between digits it separates
  boxes or the parts of a date (« l4|O3|195O » → « 14|03|1950 »), and ``boxed_digits`` and the
  date recognisers read it so. A scan may turn most digits of a number into letters, so what only a
  date or a phone number looks like is read whatever the share of real digits, once the reading is a
  real day or a number starting with 0 (« IO/O2/2OI6 », « 2B/4/19 », « 25/ll », « Ol-72-B5-67-22 »;
  « le 2l/ll » after a date's word, with one real digit left, and so « le 26.ll », a day and its month
  with a dot);
  so are a five-character postcode before a capitalised word (« S6O0O Vannes »), a year (« l9B2 »,
  « 2O2l »), the groups of a NIR or an RPPS that opens on one digit (« 1 08 SO34 494S »), where S, B
  and Z may start a group, a Corsican FINESS (« 2A0S74986 ») and an IPv6 address that is then valid
  (« 2O0I:db8::dIe4 »). « 2B » stays Corsica only where a department stands. A month and a year
  (« O6/19S2 », « l1/2024 ») are read as dates are. The number after a code of capitals that are no
  look-alikes (« PAOOl2874 », « MO04I2B8 », « 31KT0051I90 »: five characters or more, three real
  digits and half of them at least) is read too, and so is every look-alike in a box drawn with
  brackets or pipes (« [1][5][I]… », « |O|4|O|7|… », six boxes or more, half of them real digits),
  before the boxes are joined.
- **In a name**, 0 is o, 1 is i or l, 3 is e, 4 is a, 5 is s and 7 is t (« J3an DUP0NT »), but
  only where the token has at least three letters, more letters than digits, and reads as a first
  name or a surname of the word lists once read, or a street type (« al1ée »): a code (« T4N0M0 »,
  « HbA1c », « 5FU ») does not.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import re

from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTH_SHORT, MONTHS, unaccented
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.names.wordlist import words
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

_AS_DIGIT = {"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8", "Z": "2"}
_INNER_ONLY = frozenset("SBZ")
_ALONE = frozenset("OoIl")
# Led by the digit, so that the scan skips from digit to digit (a pattern led by « o » or « l »
# would stop at most letters of French prose).
# A digit next to a look-alike, or next to one alone between separators (« 7/l/23 », « l 85 … »).
_NUMBER_PREFILTER = re.compile(
    r"[0-9](?:(?<=[OoIlSBZ][0-9])|(?=[OoIlSBZ])|(?<=[OoIlSBZ][ ./|-][0-9])|(?=[ ./|-][OoIlSBZ][ ./|-])|(?=[./|-][OoIlSBZ]))"
)
_NUMBER_RUN = re.compile(r"(?<!\w)[0-9OoIlSBZ]+(?:[ ./|-][0-9OoIlSBZ]+)*(?!\w)")
_TOKEN = re.compile(r"[^ ./|-]+")
_RUN_CHARS = frozenset("0123456789OoIlSBZ ./|-")
MIN_CHARS = 4
LONG_CHARS = 8  # a phone, a NIR, a full date: long enough to be read with letters at its ends
MIN_DIGITS = 3
MIN_DIGIT_SHARE = 0.5

# Shapes that only a date or a phone number has: read whole, whatever share of their digits the
# scan turned into letters (« IO/O2/2OI6 », « 2B/4/19 », « O4.04.0I.19.B0 », « I9Sl-O5-IB », « 25/ll »),
# once the reading is a real calendar day or a French number starting with 0.
_L = "[0-9OoIlSBZ]"
_SHAPE = re.compile(
    rf"""(?<!\w)(?<!\w[./|-])(?<![0-9OoIlSBZ][ ])
    (?:(?P<phone>{_L}{{2}}(?P<sep>[ .-]){_L}{{2}}(?:(?P=sep){_L}{{2}}){{3}})
      |(?P<iso>{_L}{{4}}[./-]{_L}{{2}}[./-]{_L}{{2}})
      |(?P<dmy>{_L}{{1,2}}[./|-]{_L}{{1,2}}[./|-](?:{_L}{{4}}|{_L}{{2}}))
      |(?P<my>{_L}{{1,2}}/{_L}{{4}})
      |(?P<dm>{_L}{{1,2}}/{_L}{{1,2}})
      |(?P<dm_dot>{_L}{{2}}\.{_L}{{2}}))
    (?!\w)(?![./|-]\w)(?![ ][0-9])""",
    re.VERBOSE,
)
_SHAPE_MIN_DIGITS = {"phone": 4, "iso": 2, "dmy": 2, "my": 2, "dm": 2, "dm_dot": 1}
# A day and a month with one real digit left (« le 2l/ll ») is read after the word that sets a date.
_DATE_CUE_BEFORE = re.compile(r"(?<!\w)(?i:le|du|au|depuis|dès|jusqu'au)[ \t]+$")
# A form's date with its separators between spaces (« O7 / 1O / 1988 », « O6 / O3 / 25 »), or a scan's
# that spaced every character too (« O 4 / l l / l 9 8 5 »): the runs above stop at the spaces; read
# whole when it then is a real day with a four-digit year, or with a two-digit one and three real
# digits (``boxed_digits`` then joins the digits, as it does a date printed one digit per box).
_SPACED_DATE = re.compile(
    rf"(?<![\w./|-])(?P<d>(?:{_L}[ ]?)?{_L})[ ]?[./|-][ ]?(?P<m>(?:{_L}[ ]?)?{_L})[ ]?[./|-][ ]?"
    rf"(?P<y>(?:{_L}[ ]?){{3}}{_L}|{_L}[ ]?{_L})(?![\w./|-])"
)
# A date in one piece, day, month and year of four digits, a scan having read most digits as letters
# (« O7lO2O2l » on a card's line after a name): the share of real digits that a number needs is not
# there, but a real day of a year 1900-2099 with three real digits is no code.
_COMPACT_DATE = re.compile(rf"(?<![\w./|-])(?P<d>{_L}{{2}})(?P<m>{_L}{{2}})(?P<y>{_L}{{4}})(?![\w./|-])")
_COMPACT_MIN_DIGITS = 3
# The number of a house before its street's type, OCR'd (« l2 rue des Cerisiers », « 1l, avenue Foch »,
# « I4 bd Carnot »): a token of four characters at most, one real digit at least, its other characters
# O, o, I or l; not opening on O (no house number starts with a zero: « O2 », oxygen).
_HOUSE_NUMBER = re.compile(r"(?=[0-9OoIl]{1,4}(?![\w]))(?=[OoIl]*[0-9])[0-9Il][0-9OoIl]{0,3}")
_STREET_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?i:rue|avenue|av\.|bd|boulevard|all[ée]e|impasse|chemin|route|place|quai|r[ée]sidence"
    r"|cours|square|lotissement)(?![\w])"
)
# A postcode before its commune (« S6O0O Vannes », « l6lO0 COGNAC », « 9OOOO BELFORT »): five
# characters, a department first, then a capitalised word (on the next line too: an address block
# « O3200⏎VICHY »).
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)[A-ZÀ-Ý]")
# FINESS and NIR of Corsica: « 2A » then look-alikes (« 2A0S74986 »).
_CORSICA = re.compile(rf"(?<!\w)2[AB](?P<tail>{_L}{{7}})(?!\w)")

# A NIR of Corsica printed in its groups, the scan's O and l for its zeros and ones (« 1 62 O4 2A OO4 117
# O9 »): the department's « 2A » or « 2B » is no look-alike and cuts the run of look-alikes in two, each
# part then too short to be read; the groups' layout says it is one number (its key, a column apart, too).
_LG = "[0-9OoIl]"
_CORSICAN_NIR = re.compile(
    rf"(?<![\w])[12OoIl][ .-]?{_LG}{{2}}[ .-]?{_LG}{{2}}[ .-]?2[AB][ .-]?{_LG}{{3}}[ .-]?{_LG}{{3}}"
    rf"(?:[ .-]{{1,4}}{_LG}{{2}})?(?![\w])"
)
# An IPv6 address scanned: hexadecimal groups between colons, O and o read as 0, I and l as 1
# (« 2O0I:db8:b96a::dIe4 »); read only when the whole then is a valid address.
_IPV6_HIT = re.compile(r":[0-9A-Fa-fOoIl]{1,4}:")
_IPV6_RUN = re.compile(r"(?<![\w:.])[0-9A-Fa-fOoIl:]{6,39}(?![\w:])")
_HEX_LOOKALIKE = {"O": "0", "o": "0", "I": "1", "l": "1"}

_AS_LETTERS = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t"}
_NAME_PREFILTER = re.compile(r"[013457](?:(?<=[^\W\d_][013457])|(?=[^\W\d_]))")
MAX_LEET_DIGITS = 3


def _valid_token(token: str, *, grouped: bool = False) -> bool:
    if not any(c.isdigit() for c in token):
        return token in _ALONE  # the first digit of a NIR, printed alone: « l 85 O5 … »
    if grouped:
        return True
    # « B12 », « S1 », « Z3 »: a letter before digits is a code, not a misread digit; « 103B » is a
    # street number « bis » (a longer number ending in B is not: « 22O7197B »).
    return token[0] not in _INNER_ONLY and (token[-1] != "B" or len(token) >= 5)


def _readable(chars: str, tokens: int) -> bool:
    """True when a stretch of valid tokens (``chars`` without separators) is a misread number."""
    digits = sum(c.isdigit() for c in chars)
    # One token is one number; tokens in a row need one more real digit to be read as one.
    min_digits = MIN_DIGITS if tokens > 1 else MIN_DIGITS - 1
    if (
        len(chars) < MIN_CHARS
        or not min_digits <= digits < len(chars)
        or digits < MIN_DIGIT_SHARE * len(chars)
    ):
        return False
    if len(chars) >= LONG_CHARS:
        return True
    # A short number is read only when it starts with a real digit and ends with one or with O, S
    # or Z: « 2O16 », « 7/l/23 », « 7626O », but not a code of a letter and digits (« I21.0 » in
    # the CIM-10, « O80 ») nor an isotope (« 131I »).
    return chars[0].isdigit() and (chars[-1].isdigit() or chars[-1] in "OoSZ")


def _as_digits(chars: str) -> str:
    return "".join(_AS_DIGIT.get(c, c) for c in chars)


def _calendar_day(day: str, month: str, year: int = 2000) -> bool:
    try:
        dt.date(year, int(month), int(day))
    except ValueError:
        return False
    return True


def _shape_reads(shape: re.Match[str]) -> bool:
    """True when a date or phone shape, read with digits, is a real day or a French number."""
    kind = shape.lastgroup if shape.lastgroup != "sep" else "phone"
    chars = shape.group()
    digits = sum(c.isdigit() for c in chars)
    if (
        kind == "dm"
        and digits == 1
        and _DATE_CUE_BEFORE.search(shape.string, max(0, shape.start() - 12), shape.start())
    ):
        pass  # « victime de coups le 2l/ll »: a day and a month after « le », one digit left by the scan
    elif kind is None or digits < _SHAPE_MIN_DIGITS[kind]:
        return False
    elif kind == "dm_dot" and not _DATE_CUE_BEFORE.search(
        shape.string, max(0, shape.start() - 12), shape.start()
    ):
        return False  # « 12.lO » is a decimal as often: « opéré le 26.ll » is a day and its month
    parts = re.split(r"[ ./|-]", _as_digits(chars))
    if kind == "phone":
        return parts[0][0] == "0"
    if kind == "iso":
        return 1900 <= int(parts[0]) <= 2099 and _calendar_day(parts[2], parts[1], int(parts[0]))
    if kind == "my":  # « O6/19S2 », « l1/2024 »: a month and a year
        return 1 <= int(parts[0]) <= 12 and 1900 <= int(parts[1]) <= 2099
    if kind == "dmy":
        year = int(parts[2])
        return (len(parts[2]) == 2 or 1900 <= year <= 2099) and _calendar_day(
            parts[0], parts[1], year if len(parts[2]) == 4 else 2000
        )
    return _calendar_day(parts[0], parts[1])


def _compact_date_reads(m: re.Match[str]) -> bool:
    """« O7lO2O2l »: three real digits or more, and a real day of a year 1900-2099 once read."""
    if sum(c.isdigit() for c in m.group()) < _COMPACT_MIN_DIGITS or m.group().isdigit():
        return False
    year = int(_as_digits(m["y"]))
    return 1900 <= year <= 2099 and _calendar_day(_as_digits(m["d"]), _as_digits(m["m"]), year)


def _short_shape(text: str, stretch: list[re.Match[str]]) -> bool:
    """A single short token that is a postcode before its commune or a year (« S6O0O Vannes », « l964 »,
    « 2O2l »): read although it starts or ends with a look-alike."""
    if len(stretch) > 1:
        return _spaced_postcode(text, stretch)
    if not stretch:
        return False
    chars = stretch[0].group()
    digits = sum(c.isdigit() for c in chars)
    reading = _as_digits(chars)
    if len(chars) == 5 and chars[-1] != "B" and digits >= 1:
        department = int(reading[:2])
        return 1 <= department <= 98 and bool(_CAPITALISED_AFTER.match(text, stretch[0].end()))
    if len(chars) == 4 and 1900 <= int(reading) <= 2099:
        return digits >= 2 or chars[0].isdigit()
    return False


def _spaced_postcode(text: str, stretch: list[re.Match[str]]) -> bool:
    """« l2 5 8 0 Villecomtal »: a postcode a scan spaced, one or two characters per box and one space
    between them, three real digits at least, a department first, before a capitalised word."""
    chars = "".join(t.group() for t in stretch)
    if (
        len(chars) != 5
        or chars[-1] == "B"
        or sum(c.isdigit() for c in chars) < MIN_DIGITS
        or any(len(t.group()) > 2 for t in stretch)
        or any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(stretch))
    ):
        return False
    department = int(_as_digits(chars)[:2])
    return 1 <= department <= 98 and bool(_CAPITALISED_AFTER.match(text, stretch[-1].end()))


def _corsica(token: str, i: int) -> bool:
    """« 2B » is Corsica, not « 28 », where a department stands: a group of its own or the start of a
    FINESS or a postcode, or the sixth and seventh digits of a NIR written in one piece."""
    return (
        token[i] == "B" and i > 0 and token[i - 1] == "2" and (i == 1 or (i == 6 and len(token) in (13, 15)))
    )


def _number_edits(text: str, start: int, end: int) -> list[Edit]:
    """Edits for the shapes and the valid stretches of tokens of one candidate run."""
    edits: list[Edit] = []
    shaped: list[tuple[int, int]] = []
    for shape in _SHAPE.finditer(text, start, end):
        if _shape_reads(shape):
            shaped.append(shape.span())
            edits.extend(
                (i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(shape.group(), shape.start()) if c in _AS_DIGIT
            )
    for compact in _COMPACT_DATE.finditer(text, start, end):
        if _compact_date_reads(compact):
            shaped.append(compact.span())
            edits.extend(
                (i, i + 1, _AS_DIGIT[c])
                for i, c in enumerate(compact.group(), compact.start())
                if c in _AS_DIGIT
            )
    tokens = [t for t in _TOKEN.finditer(text, start, end)]
    # A NIR or an RPPS in its groups opens on one digit alone (the sex, the « 1 » of an RPPS): in such
    # a run of three groups or more, one of them all real digits, S, B and Z may start a group and B
    # end one (« 1 08 SO34 494S », « 1-4B-O4-97-l66-3B6-S7 »). « S1 S2 S3 » and « B12 100 000 » do not.
    grouped = (
        len(tokens) >= 3
        and len(tokens[0].group()) == 1
        and any(t.group().isdigit() for t in tokens)
        and sum(len(t.group()) for t in tokens) >= LONG_CHARS
    )
    stretch: list[re.Match[str]] = []
    for token in [*tokens, None]:
        if (
            token is not None
            and not any(a <= token.start() < b for a, b in shaped)
            and (
                _valid_token(token.group(), grouped=grouped)
                or (len(tokens) == 1 and _short_shape(text, tokens))
            )
        ):
            stretch.append(token)
            continue
        chars = "".join(t.group() for t in stretch)
        if stretch and (_readable(chars, len(stretch)) or _short_shape(text, stretch)):
            for t in stretch:
                for i, c in enumerate(t.group(), t.start()):
                    if c in _AS_DIGIT and not _corsica(t.group(), i - t.start()):
                        edits.append((i, i + 1, _AS_DIGIT[c]))
        stretch = []
    return edits


def _stretch(text: str, start: int, end: int, chars: frozenset[str]) -> tuple[int, int]:
    """The widest span around ``[start, end)`` made of ``chars``."""
    while start > 0 and text[start - 1] in chars:
        start -= 1
    while end < len(text) and text[end] in chars:
        end += 1
    return start, end


# One character per box, drawn with brackets or pipes (« [1][5][7][I][1]… », « |O|4|O|7|1|9|3|B| »):
# in a box, a look-alike is a digit, whatever its place (a box is no code: « B » there is no « bis »).
_BOXES = re.compile(r"(?:\[[0-9OoIlSBZ]\][ ]?){6,}|\|(?:[0-9OoIlSBZ]\|){6,}")
# A code of capitals that are no look-alikes (digits may open it), then a number a scan filled with
# look-alikes (« PAOOl2874 », « MO04I2B8 », « E25OO4l7 », « 31KT0051I90 »): the number is read.
_PREFIXED = re.compile(r"(?P<prefix>[0-9]{0,4}[AC-HJ-NP-RT-Y]{1,3})(?P<tail>[0-9OoIlSBZ]{5,12})")
MIN_PREFIXED_DIGITS = 3
_MONTH_WORDS = frozenset(unaccented(m) for m in (*MONTHS, *MONTH_ABBREVIATIONS, *MONTH_SHORT))


def read_boxed_lookalikes(draft: Draft) -> None:
    """Read the look-alikes in boxes drawn with brackets or pipes as digits, before the boxes are
    joined (``boxed_digits``): « [1][5][7][I][1]… », « |O|4|O|7|1|9|3|B| »; join the pipe boxes of
    a number with a letter (« |2|6|U|0|0|4|… »)."""
    text = draft.text
    if "][" in text or "|" in text:
        draft.apply(_box_edits(text))


# Boxes drawn with pipes, one of them (or two) holding a capital that no digit looks like: an
# alphanumeric number printed one character per box (« |2|6|U|0|0|4|1|7|7|5| », a stay number).
_LETTER_BOXES = re.compile(r"\|(?:[0-9A-Z]\|){6,}")
MAX_BOX_LETTERS = 2


def _lettered_box_edits(text: str) -> list[Edit]:
    """The pipes inside a run of boxes that holds one or two letters among digits deleted, its
    look-alikes read as digits: ``boxed_digits`` joins digits only, and would cut the number at
    its letter (« |2|6|U|0|0|4|1|7|7|5| » read « 26 » and « 0041775 »). The outer pipes stay."""
    edits: list[Edit] = []
    for m in _LETTER_BOXES.finditer(text):
        chars = m.group()[1::2]
        letters = [c for c in chars if not c.isdigit() and c not in _AS_DIGIT]
        digits = sum(c.isdigit() for c in chars)
        if not 1 <= len(letters) <= MAX_BOX_LETTERS or digits * 4 < len(chars) * 3:
            continue
        for k, c in enumerate(m.group()[1:-1], m.start() + 1):
            if c == "|":
                edits.append((k, k + 1, ""))
            elif c in _AS_DIGIT:
                edits.append((k, k + 1, _AS_DIGIT[c]))
    return edits


def _box_edits(text: str) -> list[Edit]:
    edits = _lettered_box_edits(text) if "|" in text else []
    for m in _BOXES.finditer(text):
        chars = [c for c in m.group() if c not in "[]| "]
        digits = sum(c.isdigit() for c in chars)
        if digits < len(chars) and digits * 2 >= len(chars):
            edits.extend(
                (i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(m.group(), m.start()) if c in _AS_DIGIT
            )
    return edits


def _prefixed_edits(text: str, start: int, end: int) -> list[Edit]:
    """The look-alikes of the number of a code ``text[start:end]`` (a whole token), if it is one."""
    m = _PREFIXED.fullmatch(text, start, end)
    if m is None:
        return []
    letters = unaccented(
        text[start : start + next(k for k, c in enumerate(m.group()) if c.isdigit())].lower()
    )
    if letters in _MONTH_WORDS:
        return []  # « MAI2020 »: a month glued to its year, no code
    tail = m["tail"]
    digits = sum(c.isdigit() for c in tail)
    if (
        digits < MIN_PREFIXED_DIGITS
        or digits == len(tail)
        or digits * 2 < len(tail)
        or tail[0] in _INNER_ONLY  # (« ABO1234 »: S, B, Z never open a number)
        or tail[-1] in "BIl"
    ):
        return []
    return [(i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(tail, m.start("tail")) if c in _AS_DIGIT]


# In a line written all in capitals, a scanned « l » is printed « L » (« NÉ LE L4/O9/L938 », « TÉL :
# O6 7L 22 48 9O »): there, the stretches of number characters that hold an « L » and three real
# digits or more are read with it as the « l » it was. Fewer real digits are a vertebra's level
# (« L4-L5 », « L1/L2 »), which stays.
_CAPITAL_L_STRETCH = re.compile(
    r"(?<![^\W_])(?:[0-9OILSBZL./|-]*[0-9][0-9OILSBZL./|-]*[ ])*[0-9OILSBZ./|-]*L[0-9OILSBZL./|-]*(?![^\W_])"
    r"(?:[ ][0-9OILSBZL./|-]+(?![^\W_]))*"
)
_CAPITAL_L_MIN_DIGITS = 3


def _capital_l_as_l(text: str) -> str:
    """``text`` with the « L » of number stretches on lines in capitals as « l » (same length)."""
    if "L" not in text:
        return text
    chars: list[str] | None = None
    offset = 0
    for line in text.split("\n"):
        if "L" in line and line.isupper() and any(c.isdigit() for c in line):
            for m in _CAPITAL_L_STRETCH.finditer(line):
                piece = m.group()
                start = offset + m.start()
                if (start and text[start - 1].isalnum()) or (
                    offset + m.end() < len(text) and text[offset + m.end()].isalnum()
                ):
                    continue  # (inside a word: « LL2 », « 3LA »)
                if sum(c.isdigit() for c in piece) < _CAPITAL_L_MIN_DIGITS:
                    continue
                if chars is None:
                    chars = list(text)
                for k, c in enumerate(piece, start):
                    if c == "L":
                        chars[k] = "l"
        offset += len(line) + 1
    return text if chars is None else "".join(chars)


def read_digit_lookalikes(draft: Draft) -> None:
    """Read look-alike letters as digits inside digit-dominant runs."""
    text = _capital_l_as_l(draft.text)
    edits: list[Edit] = []
    done = 0
    # Only around a digit next to a look-alike: the runs are read in that stretch of text alone.
    for hit in _NUMBER_PREFILTER.finditer(text):
        if hit.start() < done:
            continue
        start, end = _stretch(text, *hit.span(), _RUN_CHARS)
        if start and text[start - 1].isupper():
            token_start, token_end = _stretch_alnum(text, start, start)
            if token_start == 0 or not text[token_start - 1].isalnum():
                edits.extend(_prefixed_edits(text, token_start, token_end))
        for match in _NUMBER_RUN.finditer(text, start, min(len(text), end + 1)):
            read = _number_edits(text, *match.span())
            edits.extend(
                read
                or _house_number_edits(text, match.start(), match.end())
                or _day_before_month_edits(text, match.start(), match.end())
            )
        for spaced in _SPACED_DATE.finditer(text, start, min(len(text), end + 1)):
            if " " in spaced.group() and _spaced_date_reads(spaced):
                edits.extend(
                    (i, i + 1, _AS_DIGIT[c])
                    for i, c in enumerate(spaced.group(), spaced.start())
                    if c in _AS_DIGIT
                )
        if start >= 2 and text[start - 2 : start] in ("2A", "2B"):
            corsica = _CORSICA.match(text, start - 2)
            if corsica and sum(c.isdigit() for c in corsica["tail"]) >= MIN_DIGITS:
                edits.extend(
                    (i, i + 1, _AS_DIGIT[c])
                    for i, c in enumerate(corsica["tail"], corsica.start("tail"))
                    if c in _AS_DIGIT
                )
        done = end
    if "2A" in text or "2B" in text:
        for nir in _CORSICAN_NIR.finditer(text):
            body = nir.group()
            if sum(c.isdigit() for c in body) >= MIN_DIGIT_SHARE * sum(c.isalnum() for c in body):
                edits.extend((i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(body, nir.start()) if c in _ALONE)
    if ":" in text:
        edits.extend(_ipv6_edits(text))
    if "postal" in text or "POSTAL" in text or "CP" in text:
        edits.extend(_postcode_field_edits(text))
    draft.apply(sorted(set(edits)))


# A form's postcode field and its five characters, spaced one a box or not, that a scan read with
# look-alikes (« CODE POSTAL : l 4 l O O », « CP : 2 9 2 O O »): the label says they are digits, even
# where few real digits are left.
_POSTCODE_FIELD = re.compile(
    # (led by the « C » or « c », the character before it looked at after it: a leading look-behind would
    # have ``re`` try the pattern at every character)
    r"(?:C(?<![\w]C)(?:ODE[ \t]+POSTAL|ode[ \t]+postal|\.?P\.?)|c(?<![\w]c)ode[ \t]+postal)[ \t]*:?[ \t]*"
    r"(?P<code>[0-9OoIlSBZ](?:[ ]?[0-9OoIlSBZ]){4})(?![\w])"
)


def _postcode_field_edits(text: str) -> list[Edit]:
    """The look-alikes of a postcode after its field's label read as digits and its boxes joined, when it
    keeps a real digit and reads as a department's code."""
    edits: list[Edit] = []
    for m in _POSTCODE_FIELD.finditer(text):
        code = m["code"]
        if not any(c.isdigit() for c in code) or code.isdigit():
            continue
        reading = _as_digits(code.replace(" ", ""))
        if not 1 <= int(reading[:2]) <= 98:
            continue
        # (the spaces between the boxes deleted too: the scan may have joined some of them, « O O » →
        # « OO », which ``boxed_digits``, reading single digits, would then cut the code at)
        edits.extend(
            (i, i + 1, _AS_DIGIT.get(c, ""))
            for i, c in enumerate(code, m.start("code"))
            if c in _AS_DIGIT or c == " "
        )
    return edits


def _spaced_date_reads(m: re.Match[str]) -> bool:
    """« O7 / 1O / 1988 »: two real digits or more, and a real day of a year 1900-2099 once read;
    « O6 / O3 / 25 »: three real digits or more, and a real day."""
    real = sum(c.isdigit() for c in m.group())
    if real < 2:
        return False
    day, month, year_chars = (_as_digits(m[part].replace(" ", "")) for part in ("d", "m", "y"))
    year = int(year_chars)
    if len(year_chars) == 2:
        return real >= 3 and _calendar_day(day, month, 2000 + year)
    return 1900 <= year <= 2099 and _calendar_day(day, month, year)


# The day before its month's name, OCR'd (« 3O n0vembre 2O26 », « l7 mars », « O2 janv. »): one or two
# characters, one real digit at least, before a month's name whose O and l may be digits too.
_DAY_LOOKALIKE = re.compile(r"(?=[0-9OoIl]{1,2}(?!\w))(?=[OoIl]*[0-9])[0-9OoIl]{1,2}")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W_]{3,9})")
_MONTH_WORDS = frozenset(unaccented(m) for m in (*MONTHS, *MONTH_ABBREVIATIONS, *MONTH_SHORT))
_DIGIT_AS_LETTER = str.maketrans({"0": "o", "1": "l"})


def _day_before_month_edits(text: str, start: int, end: int) -> list[Edit]:
    """« 3O n0vembre »: a day before its month's name, its look-alikes read, when it is a real day."""
    day = _DAY_LOOKALIKE.fullmatch(text, start, end)
    word = _WORD_AFTER.match(text, end)
    if day is None or day.group().isdigit() or word is None:
        return []
    if unaccented(word["word"].lower().translate(_DIGIT_AS_LETTER)) not in _MONTH_WORDS:
        return []
    if not 1 <= int(_as_digits(day.group())) <= 31:
        return []
    return [(i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(day.group(), start) if c in _AS_DIGIT]


def _house_number_edits(text: str, start: int, end: int) -> list[Edit]:
    """« l2 rue des Cerisiers »: the house number before a street's type, its look-alikes read."""
    number = _HOUSE_NUMBER.fullmatch(text, start, end)
    if number is None or number.group().isdigit() or not _STREET_AFTER.match(text, end):
        return []
    return [(i, i + 1, _AS_DIGIT[c]) for i, c in enumerate(number.group(), start) if c in _AS_DIGIT]


def _ipv6_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    done = 0
    for hit in _IPV6_HIT.finditer(text):
        if hit.start() < done:
            continue
        start, end = _stretch(text, *hit.span(), frozenset("0123456789ABCDEFabcdefOoIl:"))
        done = end
        run = _IPV6_RUN.fullmatch(text, start, end)
        if run is None or not any(c in _HEX_LOOKALIKE for c in run.group()):
            continue
        reading = "".join(_HEX_LOOKALIKE.get(c, c) for c in run.group())
        try:
            ipaddress.IPv6Address(reading)
        except ValueError:
            continue
        edits.extend(
            (i, i + 1, _HEX_LOOKALIKE[c]) for i, c in enumerate(run.group(), start) if c in _HEX_LOOKALIKE
        )
    return edits


def _stretch_alnum(text: str, start: int, end: int) -> tuple[int, int]:
    """The letters and digits around ``[start, end)``: the token."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


_PARTS_AROUND = 3


def _hyphenated_parts(text: str, start: int, end: int) -> tuple[str, str]:
    """The letters joined to the token ``text[start:end]`` by hyphens or apostrophes, before and after it
    (« REMIRE- » before « M0NTJ0LY »): the rest of a compound name, up to three parts each way. A part
    may hold a scan's digits too (« P0RT0- » before « VECCHI0 »): see :func:`_part_readings`."""
    first, last = start, end
    for _ in range(_PARTS_AROUND):
        if first > 1 and text[first - 1] in "-'’" and text[first - 2].isalnum():
            first -= 1
            while first > 0 and text[first - 1].isalnum():
                first -= 1
    for _ in range(_PARTS_AROUND):
        if last + 1 < len(text) and text[last] in "-'’" and text[last + 1].isalnum():
            last += 1
            while last < len(text) and text[last].isalnum():
                last += 1
    return text[first:start], text[end:last]


def _part_readings(part: str) -> list[str]:
    """The readings of the other parts of a compound, their scan's digits read as letters as the
    token's are (« P0RT0-VECCHI0 »: each part is read with the other read too, so that the whole
    reads as the commune whichever part is looked at); a part of digits only, or with more digits
    than a token may hold, is left as written (and then reads as no commune)."""
    digits = sum(c.isdigit() for c in part)
    if digits == 0 or digits > MAX_LEET_DIGITS or any(c.isdigit() and c not in _AS_LETTERS for c in part):
        return [part]
    return _readings(part)


_MAX_L_AS_I = 3


def _readings(token: str) -> list[str]:
    """Every reading of the leet digits of ``token`` as letters, in the case of its letters. A scan that
    reads an « i » as a « 1 » reads others as an « l » (« Vll1ard »: Villard): in a token with a « 1 »,
    a lower-case « l » may be an « i » too."""
    upper = all(c.isupper() for c in token if c.isalpha())
    ones = "1" in token
    options: list[str] = []
    for i, c in enumerate(token):
        if c in _AS_LETTERS:
            letters = _AS_LETTERS[c]
            options.append(letters.upper() if upper or i == 0 else letters)
        elif ones and c == "l" and i > 0 and token.count("l") <= _MAX_L_AS_I:
            options.append("li")
        else:
            options.append(c)
    return ["".join(chars) for chars in itertools.product(*options)]


# The street types an OCR'd address line opens with (« 8, al1ée des Ti1leuls », « 12 ru3 Pasteur »):
# once read, they let the address be read too. Folded: accents as typed are kept by the reading.
_STREET_TYPES = words(
    """
    allée allee avenue boulevard impasse chemin route place résidence residence quai square
    lotissement hameau sentier passage faubourg cours
    """
)


# A code of capitals and a hyphen right before a token (« RH- », « HLA- »): the token is its member.
# The code is a whole token: the end of a scanned compound's part is none (« P0RT0- » before
# « VECCHI0 »: « RT0- » inside it).
_CODE_BEFORE = re.compile(r"(?<!\w)[A-Z]{1,4}\d*-\Z")


_OCR_LETTERS = frozenset("015")
# A word read through an OCR's digits: six letters or more, so that a code or a short commune does not
# read as one by chance (« VA1SE » stays; « VALSE » would say nothing more).
_MIN_WORD_LETTERS = 6
# A zero for an « o », the scan's commonest confusion, from five letters (« triangle de Cal0t »).
_MIN_WORD_LETTERS_ZERO = 5


def _one_case(token: str) -> bool:
    """Letters all in capitals, all in lower case, or a capital then lower case (« H0SPITALIER »,
    « h0pital », « H0pital »), not a code's mixed case (« HbA1c »)."""
    letters = "".join(c for c in token if c.isalpha())
    return letters.isupper() or letters.islower() or (letters[0].isupper() and letters[1:].islower())


def _known_word(word: str, *, zeros_only: bool) -> bool:
    least = _MIN_WORD_LETTERS_ZERO if zeros_only else _MIN_WORD_LETTERS
    return len(word) >= least and is_common_word(word)


def _known_name(word: str) -> bool:
    return is_first_name(word) or is_surname(word) or word.lower() in _STREET_TYPES or _known_commune(word)


# A commune read through an OCR's digits (« LANNI0N », « R0UEN », « MARSE1LLE »): five letters or more
# and no French word, so that a code is not taken for a village (« C0L », « B3RRE »).
_MIN_COMMUNE_LETTERS = 5


def _known_commune(word: str) -> bool:
    if len(word) < _MIN_COMMUNE_LETTERS:
        return False
    commune = load_lexicon().commune(word)
    return commune is not None and not commune.is_word


# A title right before a word (« Mr », « Mme », « Dr », « Docteur », « Monsieur »…), capitalised; or
# before the initials of a first name (« Dr J-P Vll1ard », « Dr J. Lef0rt ») or the name's first word
# (« Mme Ca5tan Ode11e »: the first name after the surname), on the same line.
_TITLE_BEFORE = re.compile(
    r"(?<![^\W_])(?:M|Mr|Mme|Mlle|Dr|Pr|Docteur|Professeur|Monsieur|Madame)\.?[ \t]+"
    r"(?:(?:[A-ZÀ-Ý]\.?(?:-?[A-ZÀ-Ý]\.?)?|[A-ZÀ-Ý][^\W_]+)[ \t]+)?\Z"
)
_TITLE_REACH = 40
_MIN_TITLED_LETTERS = 4


def _reads_as_known(reading: str, inner: bool, digits: list[str], before: str, after: str) -> bool:
    """True when a reading of a token is a known name, a word (digits inside it only), or, with the
    other parts of its compound, a name or a commune."""
    return (
        _known_name(reading)
        or (inner and _known_word(reading, zeros_only=set(digits) == {"0"}))
        # « N'D1AYE », « LE-G0FF »: a name with its particle or its other part
        or bool((before or after) and _known_name(before + reading + after))
        # one part of a compound commune (« REMIRE-M0NTJ0LY », « V1LLENEUVE-D'ASCQ »)
        or bool(
            (before or after)
            and any(
                _known_commune(b + reading + a) for b in _part_readings(before) for a in _part_readings(after)
            )
        )
    )


def read_leet_names(draft: Draft) -> None:
    """Read digits as letters inside tokens that then read as a known name."""
    text = draft.text
    edits: list[Edit] = []
    done = 0
    # Only the tokens around a letter next to a leet digit are read (« J3an »: « J3 »).
    for hit in _NAME_PREFILTER.finditer(text):
        if hit.start() < done:
            continue
        start, end = _stretch_alnum(text, *hit.span())
        done = end
        token = text[start:end]
        digits = [c for c in token if c.isdigit()]
        letters = len(token) - len(digits)
        if letters < 3 or len(digits) >= letters or len(digits) > MAX_LEET_DIGITS:
            continue
        if any(d not in _AS_LETTERS for d in digits):
            continue
        if all(c.isdigit() or c in _AS_DIGIT for c in token):
            continue  # « l0OS »: digits and their look-alikes only, a misread number, not « Loos »
        if (
            token[-1].isdigit()
            and token.rstrip("0123456789").isupper()
            and _CODE_BEFORE.search(text, max(0, start - 8), start)
        ):
            continue  # « RH-KEL1 », « HLA-DR4 »: the numbered member of a code, not « Keli »
        # A digit between two letters of a word typed in one case (« CENTRE H0SPITALIER », « C0MPTE
        # RENDU OPERAT0IRE »): the word is read too, so that the labels and the types of a scanned
        # form read as they were printed; a digit that opens or closes the token may be a count
        # glued to its word (« 5ans »), and is read only into a name. Only the digits a scan
        # confuses with letters (0, 1, 5): « S3INES » is the field S3 of a code, no « SEINES ».
        inner = (
            token[0].isalpha()
            and token[-1].isalpha()
            and all(d in _OCR_LETTERS for d in digits)
            and _one_case(token)
        )
        before, after = _hyphenated_parts(text, start, end)
        # After a title, a word in one case an OCR filled with digits is the name it was, listed or not
        # (« Mr W1LLEMETZ Gérard », « Dr Lef0rt »): the title says a name stands there.
        titled = (
            inner
            and len(token) - len(digits) >= _MIN_TITLED_LETTERS
            and _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start) is not None
        )
        readings = _readings(token)
        # A street type among the readings wins over a name (« 2 p1ace du Marché » is a place, not the
        # surname « Piace » that the first reading finds): the type is what the address line needs.
        readings.sort(key=lambda reading: reading.lower() not in _STREET_TYPES)
        # A reading that is a known name or word wins; after a title, the first reading else.
        chosen = next(
            (reading for reading in readings if _reads_as_known(reading, inner, digits, before, after)),
            readings[0] if titled else None,
        )
        if chosen is not None:
            edits.extend(
                (i, i + 1, r) for i, (c, r) in enumerate(zip(token, chosen, strict=True), start) if c != r
            )
    draft.apply(edits)


# A capital « I » a scan read as a lower-case « l » inside a word in capitals (« MlLLAU », « CLlNlQUE »,
# « MARTlN »), or opening one before three capitals at least (« lRlBARREN », « D'lMAGERIE »): led by
# the « l », which the scan skips to. (Both forms open on the « l », the character before it looked at
# after it: a branch opening on a look-behind would make ``re`` try the pattern at every character.)
_L_IN_CAPITALS = re.compile(r"l(?:(?<=[A-ZÀ-ÖØ-Þ]l)|(?<!\w.)(?=[A-ZÀ-ÖØ-Þl]{2,}[A-ZÀ-ÖØ-Þ]))")
_CAPITALS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þl]+")
_MIN_CAPITALS_AROUND_L = 3


def read_capital_i(draft: Draft) -> None:
    """Read the « l » of a word otherwise in capitals as the « I » it was: a word of three capitals or
    more that look like no digit, whose only lower-case letters are « l », opening it too (« lRlBARREN »,
    « lMAGERIE »: no French word opens on « l » before capitals; « l'IRM » has its apostrophe). A chemical
    formula has a capital before its « l » and fewer capitals (« KCl », « HCl »), and a word in lower case
    none."""
    text = draft.text
    first = _L_IN_CAPITALS.search(text)
    if first is None:
        return
    edits: list[Edit] = []
    done = 0
    # (from the first hit on: the text before it holds none, and the look-behinds see it all the same)
    for hit in _L_IN_CAPITALS.finditer(text, first.start()):
        if hit.start() < done:
            continue
        start, end = _stretch_alnum(text, hit.start(), hit.end())
        done = end
        word = _CAPITALS_WORD.fullmatch(text, start, end)
        if word is None:
            continue
        if sum(c.isupper() and c not in _AS_DIGIT for c in word.group()) < _MIN_CAPITALS_AROUND_L:
            continue  # « OlOlOlOl »: look-alikes of digits only, a code, read by the number's rules
        edits.extend((i, i + 1, "I") for i, c in enumerate(word.group(), start) if c == "l")
    draft.apply(edits)
