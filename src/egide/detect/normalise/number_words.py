"""Numbers dictated in French words read as digits.

« zéro six douze trente-quatre cinquante-six soixante-dix-huit » is a phone number and « un
quatre-vingt-cinq zéro cinq soixante-dix-huit zéro zéro six zéro quatre-vingt-quatre
quatre-vingt-onze » a NIR: the model reads them, so the detector reads them as « 0612345678 » and
« 185057800608491 ». Each number of the run (« quatre-vingt-cinq », « zéro ») becomes its digits,
standing for its words; the separators between numbers are deleted so that the run is one digit
string. Numbers compose as French writes them, hyphens or spaces alike (« soixante dix huit » is
78, « vingt et un » 21, « deux cent trois » 203); a comma always ends a number.

Only runs worth eight digits or more are read: prose (« deux comprimés », « trois fois par jour
pendant dix jours ») is left as written; after the label of a record's number (« numéro de dossier
quatre cinq zéro un deux trois », « IPP : … », « NDA … »), five digits or more, as short as the numbers
hospitals give. A NIR's key dictated apart after its thirteen digits
(« …, zéro quarante-cinq, clé quarante-neuf ») is one number after « clé »: it is read too, so that the
key is found with its NIR.
"""

from __future__ import annotations

import re

from egide.detect.normalise.mapping import Draft, Edit

_UNITS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_HUNDREDS = {"cent": 100, "cents": 100}
_ZERO = {"zéro": 0, "zero": 0}
_THOUSAND = {"mille": 1000}
_WORDS = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS, **_ZERO, **_THOUSAND}

# The words, factored by their first letters: the scan tries a few letters at each position
# instead of thirty words.
_WORD = (
    r"(?:z[ée]ro|une?|d(?:eux|ix|ouze)|t(?:rois|reize|rente)|q(?:uatre|uatorze|uinze|uarante)"
    r"|c(?:inq(?:uante)?|ents?)|s(?:ix|ept|eize|oixante)|huit|neuf|onze|vingts?|mille)(?!\w)"
)
_GAP = r"(?:[ ,-]+(?:et[ -]+)?)"
MIN_WORDS = 4  # eight digits take four words at least (« douze » is two digits, « cent » three)
_RUN = re.compile(rf"(?<!\w){_WORD}(?:{_GAP}{_WORD}){{{MIN_WORDS - 1},}}")
# Three words after a separator: every run has them (its second to fourth words). Starting on a
# separator lets the scan skip straight from space to space.
_PREFILTER = re.compile(rf"[ ,-]{_WORD}{_GAP}{_WORD}{_GAP}{_WORD}")
_LOOK_BACK = 30  # from a prefilter hit back to the start of its run: one word and its separator
_LOOK_AHEAD = 600  # a run longer than this is read in pieces
_PART = re.compile(r"\w+|[ ,-]+")
MIN_DIGITS = 8
# « , clé quarante-neuf » after a run: one number (at most four words) after the label.
_KEY_AFTER = re.compile(rf"[ ,;:]*cl[ée][ :,]*(?P<key>{_WORD}(?:[ -]+(?:et[ -]+)?{_WORD}){{0,3}})")
NIR_BODY_DIGITS = 13
# The label of a record's number right before the run: its digits are that number, however few.
_RECORD_LABEL = re.compile(
    r"(?<!\w)(?:ipp|nda|n°|no|num[ée]ro|num)"
    r"(?:[ \t]+(?:(?:de[ \t]+)?(?:dossier|s[ée]jour|patient|venue|ipp|nda)|d'(?:intervention|hospitalisation)))?"
    r"|(?<!\w)dossier(?:[ \t]+(?:patient|m[ée]dical))?"
)
# (a series' letter may open the number: « numéro d'intervention B vingt-six… »)
_LABEL_TO_RUN = re.compile(r"[ \t]*(?::[ \t]*|(?:c'est|est|=)[ \t]+)?(?:[a-z][ \t]+)?$")
MIN_LABELLED_DIGITS = 5
_LABEL_REACH = 40


class _Reader:
    """Reads numbers from a list of (word, start, end, comma-before) as French composes them."""

    def __init__(self, words: list[tuple[str, int, int, bool]]) -> None:
        self.words = words
        self.i = 0

    def _peek(self, table: dict[str, int]) -> int | None:
        """The value of the next word if it is in ``table`` and joined to the number (no comma)."""
        if self.i < len(self.words) and not self.words[self.i][3]:
            return table.get(self.words[self.i][0])
        return None

    def _take(self, table: dict[str, int]) -> int | None:
        value = self._peek(table)
        if value is not None:
            self.i += 1
        return value

    def _below_twenty(self) -> int | None:
        """1–19 after a tens word: « un », « onze », « dix-sept »."""
        teen = self._take(_TEENS)
        if teen is not None:
            if teen == 10:
                unit = self._peek(_UNITS)
                if unit is not None and unit >= 7:
                    self.i += 1
                    return 10 + unit
            return teen
        return self._take(_UNITS)

    def _below_hundred(self, first: str) -> int | None:
        """The rest of a number below 100 whose first word ``first`` was just read."""
        if first in _TENS:
            value = _TENS[first]
            if value == 60:  # soixante, soixante-dix-neuf
                return value + (self._below_twenty() or 0)
            return value + (self._take(_UNITS) or 0)
        if first in _TEENS:
            unit = self._peek(_UNITS) if first == "dix" else None
            if unit is not None and unit >= 7:
                self.i += 1
                return 10 + unit
            return _TEENS[first]
        if first in _UNITS:
            if _UNITS[first] == 4 and self._peek({"vingt": 80, "vingts": 80}) is not None:
                self.i += 1
                return 80 + (self._below_twenty() or 0)
            return _UNITS[first]
        return None

    def number(self) -> tuple[str, int, int]:
        """The next number: its digits and the index range of its words; « quatre cent douze mille huit
        cent trois » is one number, its thousands and the hundreds after them."""
        first_index = self.i
        if self.words[self.i][0] in _THOUSAND:
            self.i += 1
            return self._after_thousand(1), first_index, self.i
        digits, _, _ = self._below_thousand()
        if digits != "0" and self._take(_THOUSAND) is not None:
            return self._after_thousand(int(digits)), first_index, self.i
        return digits, first_index, self.i

    def _after_thousand(self, thousands: int) -> str:
        """The number after « mille », read: its thousands then the hundreds that follow (none, or a
        number below a thousand joined to it)."""
        rest = 0
        if self.i < len(self.words) and not self.words[self.i][3]:
            word = self.words[self.i][0]
            if word not in _ZERO and word not in _THOUSAND:
                rest = int(self._below_thousand()[0])
        return str(thousands * 1000 + rest)

    def _below_thousand(self) -> tuple[str, int, int]:
        """A number below a thousand: its digits and the index range of its words."""
        first_index = self.i
        first = self.words[self.i][0]
        self.i += 1
        if first in _ZERO:
            return "0", first_index, self.i
        if first in _HUNDREDS:
            hundreds = 1
        elif first in _UNITS and _UNITS[first] > 1 and self._peek(_HUNDREDS) is not None:
            hundreds = _UNITS[first]
            self.i += 1
        else:
            return str(self._below_hundred(first)), first_index, self.i
        rest = 0
        if self.i < len(self.words) and not self.words[self.i][3] and self.words[self.i][0] not in _ZERO:
            word = self.words[self.i][0]
            if (
                word not in _HUNDREDS
                and word not in _THOUSAND
                and not (word in _UNITS and self._after_is_hundred())
            ):
                self.i += 1
                rest = self._below_hundred(word) or 0
        return str(hundreds * 100 + rest), first_index, self.i

    def _after_is_hundred(self) -> bool:
        nxt = self.i + 1
        return nxt < len(self.words) and not self.words[nxt][3] and self.words[nxt][0] in _HUNDREDS


def _numbers(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The numbers the words of ``text[start:end]`` say: digits, start and end of their words."""
    words: list[tuple[str, int, int, bool]] = []
    comma = False
    for part in _PART.finditer(text, start, end):
        value = part.group()
        if value[0].isalnum():
            if value == "et":
                continue
            words.append((value, part.start(), part.end(), comma))
            comma = False
        elif "," in value:
            comma = True
    reader = _Reader(words)
    numbers: list[tuple[str, int, int]] = []
    while reader.i < len(words):
        digits, first, last = reader.number()
        numbers.append((digits, words[first][1], words[last - 1][2]))
    return numbers


def _after_record_label(text: str, start: int) -> bool:
    """A record number's label ends right before ``start`` (« numéro de dossier », « IPP : »)."""
    window = max(0, start - _LABEL_REACH)
    for label in _RECORD_LABEL.finditer(text, window, start):
        if _LABEL_TO_RUN.fullmatch(text, label.end(), start):
            return True
    return False


# « mille » in a run: a year's (« vingt-huit onze deux mille vingt-cinq » is a date the date recognisers
# read in words) unless a record's label says the run is its number.
_MILLE = re.compile(r"(?<!\w)mille(?!\w)")


def _run_edits(text: str, start: int, end: int) -> list[Edit]:
    if _MILLE.search(text, start, end) is not None and not _after_record_label(text, start):
        # read the pieces around each « mille » as they were read before the word joined the runs
        edits: list[Edit] = []
        piece = start
        for mille in [*_MILLE.finditer(text, start, end), None]:
            piece_end = end if mille is None else mille.start()
            for run in _RUN.finditer(text, piece, piece_end):
                if _MILLE.search(text, run.start(), run.end()) is None:
                    edits.extend(_labelled_run_edits(text, run.start(), run.end()))
            if mille is not None:
                piece = mille.end()
        return edits
    return _labelled_run_edits(text, start, end)


def _labelled_run_edits(text: str, start: int, end: int) -> list[Edit]:
    numbers = _numbers(text, start, end)
    total = sum(len(d) for d, _, _ in numbers)
    if total < MIN_DIGITS and not (total >= MIN_LABELLED_DIGITS and _after_record_label(text, start)):
        return []
    in_run = len(numbers)
    if total == NIR_BODY_DIGITS:
        key = _KEY_AFTER.match(text, end)
        if key is not None:
            said = _numbers(text, *key.span("key"))
            if len(said) == 1 and 1 <= int(said[0][0]) <= 97:
                numbers.append((f"{int(said[0][0]):02d}", said[0][1], said[0][2]))
    edits: list[Edit] = []
    previous_end: int | None = None
    for k, (digits, number_start, number_end) in enumerate(numbers):
        if previous_end is not None and k < in_run:  # the words between the body and its key stay
            edits.append((previous_end, number_start, ""))
        edits.append((number_start, number_end, digits))
        previous_end = number_end
    return edits


def read_number_words(draft: Draft) -> None:
    """Replace long runs of French number words by their digits."""
    text = draft.text
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer (« İ »)
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    edits: list[Edit] = []
    done = 0
    for hit in _PREFILTER.finditer(lowered):
        if hit.start() < done:
            continue
        window_end = min(len(lowered), hit.end() + _LOOK_AHEAD)
        run = _RUN.search(lowered, max(done, hit.start() - _LOOK_BACK), window_end)
        if run is None or run.start() > hit.end():
            continue
        edits.extend(_run_edits(lowered, *run.span()))
        done = run.end()
    draft.apply(edits)
