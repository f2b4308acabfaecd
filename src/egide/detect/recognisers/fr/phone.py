"""Telephone numbers: French (« 06 12 34 56 78 », « +33 (0)1 23 45 67 89 », « 0033 … ») and
international (« +44 20 7946 0958 »), validated with ``phonenumbers``.

Digits may be grouped any way (pairs, triples, none) with spaces, dots or dashes, or be five pairs
separated by slashes. A French number
that ``phonenumbers`` calls invalid is still reported (a typo in a phone number is still a phone
number), lower; an international candidate must parse unless a context word precedes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import phonenumbers

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recogniser import PatternRecogniser
from egide.detect.recognisers.fr.atoms import NUM_END, SEP, digit_runs
from egide.detect.recognisers.fr.dates.base import matches_at

# Written so that the first character (« + » or « 0 ») comes before any assertion: the regex
# engine then jumps from one candidate character to the next.
_START = r"[+0](?<![\w+].)(?<!\d[ .\-].)(?<!\d  .)"
_FRENCH = re.compile(
    _START
    + rf"(?:(?:(?<=\+)|(?<=0)0){SEP}33\)?{SEP}(?:\(0\){SEP}|0{SEP})?|(?<=0){SEP})[1-9](?:{SEP}\d){{8}}"
    + NUM_END
)
_INTERNATIONAL = re.compile(
    _START + rf"(?:(?<=\+)|(?<=0)0)(?!{SEP}33)[1-9](?:{SEP}(?:\(\d{{1,4}}\){SEP})?\d){{6,14}}" + NUM_END
)

# « (33) 1 45 67 89 01 », « (+33) 6 … », « (0033) 1 … »: the country code in brackets.
_BRACKETED = re.compile(rf"\((?:\+|00)?33\){SEP}(?:\(0\){SEP}|0{SEP})?[1-9](?:{SEP}\d){{8}}" + NUM_END)
# « (+590) 590 89 15 62 », « (+41) 22 345 67 89 », « (0032) 2 548 84 11 »: another country's code in
# brackets, as overseas and foreign letterheads print it, then the national number (six to thirteen
# digits in groups); France's (33) is read above, with its own rules for the trunk « (0) ».
_BRACKETED_COUNTRY = re.compile(
    r"\((?:\+|00)(?P<country>(?!33\))[1-9][0-9]{0,2})\)[ .]?(?P<number>[0-9](?:[ .\-]?[0-9]){5,12})(?![\w]|[ .\-][0-9])"
)
_LEAST_UNPARSED_DIGITS = 8
# « (0596) 55 20 00 », « (05 96) 55 20 00 », « (02) 98 22 33 33 »: the area's first digits in brackets,
# as overseas departments and old letterheads print them; ten digits in all.
_AREA_BRACKETED = re.compile(
    r"\(0(?:[1-9][0-9]{2}|[1-9] ?[0-9]{2}|[1-9])\)[ .]?(?=[0-9])(?:[0-9][ .\-]?){5,8}[0-9](?![\w]|[ .,]?[0-9])"
)
# A number glued to its cue word (« tel0612345678 », « Tél.0612345678 », « portable:+33612345678 »):
# the usual start (no letter before the number) does not hold, the cue word says what it is.
_GLUED_CUE = re.compile(
    r"(?<![^\W\d_])(?:t[ée]l(?:[ée]phone)?|fax|port(?:able)?|mob(?:ile)?|gsm|fixe)\Z", re.I
)
_GLUED_NUMBER = re.compile(rf"(?:\+|00)?\d(?:{SEP}\d){{8,13}}" + NUM_END)

# « 06/12/34/56/78 »: pairs separated by slashes, five of them (a date has three parts).
_SLASHED = re.compile(r"0(?<![\w/]0)[1-9](?:/\d\d){4}(?![\w/])")
# « 0476/28.51.90 », « 02/345.67.89 », « 056/12 34 56 »: a Belgian number as Belgium writes it, the zone
# or the mobile's prefix before a slash, the rest in dotted or spaced groups (nine digits in all, ten
# for a mobile); kept only when ``phonenumbers`` vouches for it as Belgian (« 2/12.5 » is no number).
_BELGIAN = re.compile(r"0(?<![\w/.,]0)[1-9][0-9]{0,2}/[0-9]{2,3}(?:[. ][0-9]{2,3}){1,3}(?![\w/]|[.,][0-9])")
_BELGIAN_DIGITS = (9, 10)

# « Tel fille : 6 12 34 56 78 »: a French number typed without its leading zero, grouped as a phone
# number is (one digit, then four pairs); only after a context word (alone it is a list of values).
_WITHOUT_ZERO = re.compile(r"[1-9](?<![\w+.,/\-].)(?:([ .])\d\d)(?:\1\d\d){3}(?![\w]|[ .,/]\d)")

# A time's minutes right after a number: its last digits were the hour (« 25112026 08:12 »), no
# phone number's.
_TIME_AFTER = re.compile(r":[0-5]\d(?!\d)")

CONTEXT = (
    "tél", "tel", "téléphone", "telephone", "portable", "mobile", "fixe", "joignable", "joindre",
    "appeler", "rappeler", "numéro", "fax", "contact", "standard", "secrétariat",
)  # fmt: skip


# Several French numbers in a row separated by a single space or dot (« 01 23 45 67 89 06 12 34 56
# 78 ») make one long digit run that no number pattern claims on its own: split it.
_PHONE_LIST = re.compile(r"0[1-9](?:(?:\.| {1,2})\d\d){4}(?:(?:\.| {1,2})0[1-9](?:(?:\.| {1,2})\d\d){4})+")
_ONE_PHONE = re.compile(r"0[1-9](?:(?:\.| {1,2})\d\d){4}")


def _plus_and_zeros(text: str) -> list[int]:
    """Every « + » and « 0 » of ``text``, in order: where a French or international number can start.

    Both patterns open with « [+0] ». ``re`` looks for a class of characters about ten times slower
    than ``str.find`` looks for one character, and a clinical note holds few zeros: the patterns are
    tried at these positions only (``matches_at``), which finds what ``finditer`` finds.
    """
    starts = []
    for character in "+0":
        at = text.find(character)
        while at != -1:
            starts.append(at)
            at = text.find(character, at + 1)
    starts.sort()
    return starts


def _grouped_like_a_phone(value: str) -> bool:
    """French numbers: unseparated, or groups of 1-4 digits ending with at least two
    (« 0 800 123 456 »), not the « 01234 5678 9 » of a batch number."""
    groups = [g for g in re.split(r"[ .\-()]+", value) if g]
    if len(groups) == 1 or all(len(g) == 1 for g in groups):  # « 0 6 1 2 3 4 … »: spaced on purpose
        return True
    if re.fullmatch(r"0[1-9]", groups[0]) and (
        all(len(g) <= 2 for g in groups) or (len(groups) == 2 and len(groups[1]) == 8)
    ):
        # « 06 7 24 1 58 30 »: its first pair, then digits spaced in a hurry; « 06 7 2 4 1 5 8 3 0 »
        # too, which reaches the recogniser as « 06 72415830 » (the digits one per box are joined)
        return True
    return all(len(g.lstrip("+")) <= 4 for g in groups) and len(groups[-1]) >= 2


def _parses(value: str, region: str | None) -> bool:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _score(score: float, odd: bool, context: bool) -> float:
    """A number's score: lower when oddly grouped (« 01234 5678 9 »), higher after a context word."""
    if odd:
        score = min(score, 0.3)
    if context:
        score = min(1.0, score + 0.4)
    return score


@dataclass(slots=True)
class PhoneRecogniser:
    name: str = "fr.phone"
    french_scores: tuple[float, float] = (0.85, 0.6)
    international_scores: tuple[float, float] = (0.85, 0.3)
    _context: PatternRecogniser = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Only used for its context-word lookup.
        self._context = PatternRecogniser(self.name, Label.TELEPHONE, (), context=CONTEXT)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        starts = _plus_and_zeros(text)
        for regex, region, scores in (
            (_FRENCH, "FR", self.french_scores),
            (_INTERNATIONAL, None, self.international_scores),
        ):
            for match in matches_at(regex, text, starts):
                if _TIME_AFTER.match(text, match.end()):
                    continue  # « reçu le 0 5 0 1 2 0 2 6 11:42 »: its last digits are a time's hour
                value = match.group()
                if value.startswith("00"):
                    value = "+" + value[2:]
                odd = region == "FR" and not _grouped_like_a_phone(value)
                context = self._context.has_context(text, match.start())
                valid, invalid = (_score(s, odd, context) for s in scores)
                # Parsing is most of this recogniser's time; skip it when both answers score the same
                # (« tél. 06 12 34 56 78 »: a French number in context is sure either way).
                score = valid if valid == invalid or _parses(value, region) else invalid
                yield Finding(match.start(), match.end(), Label.TELEPHONE, score, self.name)
        if "33)" in text:
            for match in _BRACKETED.finditer(text):
                yield Finding(match.start(), match.end(), Label.TELEPHONE, self.french_scores[0], self.name)
        if "(+" in text or "(00" in text:
            yield from self._bracketed_country(text)
        if "(0" in text:
            for match in _AREA_BRACKETED.finditer(text):
                if sum(c.isdigit() for c in match.group()) == 10:
                    yield Finding(
                        match.start(), match.end(), Label.TELEPHONE, self.french_scores[0], self.name
                    )
        for at in starts:
            if at > 0 and text[at - 1].isalpha():
                yield from self._glued(text, at)
        yield from self._without_zero(doc)
        if "/" in text:
            for match in _SLASHED.finditer(text):
                score = self.french_scores[0] if _parses(match.group().replace("/", ""), "FR") else 0.6
                yield Finding(match.start(), match.end(), Label.TELEPHONE, score, self.name)
            for match in _BELGIAN.finditer(text):
                national = "".join(c for c in match.group() if c.isdigit())
                if len(national) in _BELGIAN_DIGITS and _parses(national, "BE"):
                    yield Finding(
                        match.start(), match.end(), Label.TELEPHONE, self.french_scores[0], self.name
                    )
        for run_start, run_end, digits in doc.shared(digit_runs):
            if digits >= 20 and _PHONE_LIST.fullmatch(text, run_start, run_end):
                for match in _ONE_PHONE.finditer(text, run_start, run_end):
                    yield Finding(
                        match.start(), match.end(), Label.TELEPHONE, self.french_scores[0], self.name
                    )

    def _bracketed_country(self, text: str) -> Iterator[Finding]:
        """« (+590) 590 89 15 62 »: a country's code in brackets, then its national number. A country
        code in brackets says « telephone » by itself: a number of eight digits or more that
        ``phonenumbers`` does not vouch for is still one, lower (« (+12) 345 678 » is a change)."""
        for match in _BRACKETED_COUNTRY.finditer(text):
            value = f"+{match['country']} {match['number']}"
            if _parses(value, None):
                score = self.international_scores[0]
            elif sum(c.isdigit() for c in match["number"]) >= _LEAST_UNPARSED_DIGITS:
                score = self.french_scores[1]
            else:
                continue
            yield Finding(match.start(), match.end(), Label.TELEPHONE, score, self.name)

    def _without_zero(self, doc: Document) -> Iterator[Finding]:
        """« Tel fille : 6 12 34 56 78 »: read on the shared runs of nine digits or more (a scan of the
        whole text would cost a quarter of this recogniser's time), after a context word only."""
        text = doc.text
        for run_start, run_end, digits in doc.shared(digit_runs):
            if (
                digits == 9
                and _WITHOUT_ZERO.fullmatch(text, run_start, run_end)
                and self._context.has_context(text, run_start)
            ):
                yield Finding(run_start, run_end, Label.TELEPHONE, self.french_scores[1], self.name)

    def _glued(self, text: str, at: int) -> Iterator[Finding]:
        """A number glued to its cue word (« tel0612345678 »), where the usual start does not hold."""
        if _GLUED_CUE.search(text, max(0, at - 9), at) is None:
            return
        match = _GLUED_NUMBER.match(text, at)
        if match is None:
            return
        value = match.group()
        region = None if value.startswith(("+", "00")) else "FR"
        value = "+" + value[2:] if value.startswith("00") else value
        score = self.french_scores[0] if _parses(value, region) else self.french_scores[1]
        yield Finding(match.start(), match.end(), Label.TELEPHONE, score, self.name)


def build() -> PhoneRecogniser:
    return PhoneRecogniser()
