"""IPP and NDA: the hospital's patient and stay numbers, found after their label words.

Formats differ from one establishment to the next (site patterns, ``site_patterns.py``, cover a
known format anywhere in the text); here a label word (« IPP », « NIP », « NDA », « N° de
séjour », « N° dossier », « numéro de venue », « NUM SEJ »…) followed by an identifier is enough.

« IPP » is also the usual abbreviation of proton-pump inhibitors (« sous IPP 20 mg/j »): a value
after « IPP » needs five digits or more and must not be followed by a dose unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.atoms import LABEL_FILLER
from egide.detect.recognisers.fr.dates.base import matches_at

_OF = r"(?:\s*(?:de\s+l[ae']\s*|de\s+|du\s+|d['’]\s*))?"
# Each label word is written without its first letter (« i », « n », or « p », « d », « s », « v »,
# « é » for « Patient n° », « Dossier n° », « Séjour : »…), which the regex matches first, before its look-behind: the
# engine then jumps from one such letter to the next instead of testing every position.
# Lower case: matched against the lower-cased text.
_NUMBER_WORD_TAIL = r"(?:\s?[°º]|o\.?|um(?:[ée]ro)?\.?)"  # n°, no., num, numéro
IPP_AFTER_I = (r"pp", r"d\.?\s*patient", r"dentifiant\s+(?:du\s+)?patient")
IPP_AFTER_N = (
    r"ip",
    rf"{_NUMBER_WORD_TAIL}\s*{_OF}\s*patient",
    # « n° de dossier médical », « n° de dossier patient »: the patient's file, not the stay's
    rf"{_NUMBER_WORD_TAIL}\s*{_OF}\s*dossier\s+(?:m[ée]dical|patient)",
    rf"{_NUMBER_WORD_TAIL}\s*{_OF}\s*identification",
)
NDA_AFTER_N = (
    r"da",
    r"um\s+s[ée]j",
    r"um\s+dossier",
    rf"{_NUMBER_WORD_TAIL}\s*{_OF}\s*(?:s[ée]jour|dossier(?:\s+administratif)?|venue|passage|hospitalisation|admission"
    rf"|entr[ée]e|[ée]pisode|demande"
    # « numéro d'intervention B 264112 »: an operation's number in the theatre's register (a dictated
    # series' letter, then its digits)
    rf"|intervention|op[ée]ration)",
)

# The identifier: an optional letter prefix, then digits possibly grouped by single separators; a
# space may only separate digit groups, so that the word after the number is never swallowed.
# Matching runs on the lower-cased text (a case-insensitive regex is twice as slow), hence [a-z].
# A short code of letters may sit between two groups (« 2024/PSY/00418 », « 23-CAR-00412 »: the year,
# the unit, the number), never at the end (« n° 123456-bis » stops before « bis »).
# Between spaces, a code of two or three letters that is no word nor a label, after a short group and
# before a long one (« N° venue 25 HC 004418 »: the year, the kind of stay, the number; « 123 et 456 »
# are two numbers, « 230045678 UF 4521 » a stay and a unit).
_SPACED_CODE = (
    r"(?<![0-9a-z]{5})[ ](?!(?:et|ou|au|du|de|le|la|les|des|en|un|une|sur|par|uf|nir|ipp|nda|tel|cp)[ ])"
    r"[a-z]{2,3}(?=[ ]\d{4})"
)
# Two capitals, a space, then spaced groups (« dossier n° OL 19 04521 »: a centre's letters, the year,
# the rank), the capitals checked on the original text (``_SPACED_LETTERS``).
_VALUE = (
    r"(?:[a-z]{1,3}-?|[a-z][ ](?=\d{4})|[a-z]{2}[ ](?=\d{2,4}[ ]\d{3}))?\d[0-9a-z]*"
    rf"(?:(?:[.\-/]|[ ](?=\d))\d[0-9a-z]*|[\-/][a-z]{{1,5}}(?=[\-/]\d)|{_SPACED_CODE})*"
)
# The label word inside a sentence rather than before a colon: « son IPP est le 80012345 », « NDA
# du séjour : … » is the filler above; « enregistré sous le numéro 123456 », « IPP actuel = … » here.
_SENTENCE_FILLER = (
    r"(?:\s*(?<!\w)(?:est|[ée]tait|sera|reste|devient|vaut|actuel|attribu[ée]|correspond\s+au|:|=)){0,2}"
    r"\s+(?:(?:le|la|l['’]|au|du|de)\s+)?(?:(?:n\s?[°º]|num[ée]ro|no\.?)\s*)?"
)
# Two columns side by side (a PDF extracted line by line): the value's last group, after a space, is
# the house number or the postcode of the next column's address (« N° IPP : 300184471 2 av. de la
# Gare », « Séjour : 2503-004781 26000 Valence »): the value stops before it.
_NEXT_COLUMN = re.compile(
    r"[ ](?:\d{1,4}(?:[ ]?(?:bis|ter))?,?[ ]+(?i:rue|av\.?|avenue|bd|boulevard|place|pl\.|chemin|route|all[ée]e|impasse"
    r"|quai|cours|square|r[ée]sidence|lieu-dit)(?![\w])|\d{5}[ ]+[A-ZÀ-Ý])"
)
# An amount after an invoice's figures (« facture 12 500 € », « facture 1 250,00 EUR »): no number.
_AMOUNT_AFTER = re.compile(r"\s*(?:[,.][0-9]|€|eur(?:os?)?\b|euros?\b)")
_MIN_BILL_DIGITS = 5
_DOSE_AFTER = re.compile(r"\s*(?:mg|g\b|µg|mcg|ml|cp|gél|gel|sachet|amp|/j|x\s?\d|fois|ui\b)")
# The value opens on two letters and a space: they must be capitals (« dossier du 12 345 » is no code).
_SPACED_LETTERS = re.compile(r"[a-z]{2}[ ]")
_DATE_LIKE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}")


def _reads_as_date(value: str) -> bool:
    """The value has a date's shape with a real day and month (« 22-26-4471 » has no month 26: a
    département, a year and a rank)."""
    shape = _DATE_LIKE.fullmatch(value)
    return shape is not None and 1 <= int(shape[1]) <= 31 and 1 <= int(shape[2]) <= 12


# Another value after the first, listed with a slash, a comma, « et », « ou ».
_MORE = re.compile(rf"[ \t]*(?:[/,;&+]|et(?!\w)|ou(?!\w))[ \t]*(?P<value>{_VALUE})(?!\w)")
_LABELLED = re.compile(
    r"(?:i(?<![^\W\d_].)(?:(?P<ipp>"
    + "|".join(IPP_AFTER_I)
    + r")|ep)"  # IEP: identifiant d'épisode, a stay number
    + r"|n(?<![^\W\d_].)(?:(?P<ipp2>"
    + "|".join(IPP_AFTER_N)
    + r")|(?P<nda>"
    + "|".join(NDA_AFTER_N)
    + r"))"
    + r"|p(?<![^\W\d_].)(?P<ipp3>atient\s*(?:n\s?[°º]|no\.|num[ée]ro|:))"  # « Patient n° »
    # « Passage urgences : URG25/018442 », « Passage n° … »: an emergency visit's number, a stay's
    + r"|p(?<![^\W\d_].)(?P<nda2>assage(?:\s+(?:aux\s+)?urg(?:ences?|\.)?)?\s*(?:n\s?[°º]|no\.|num[ée]ro|:))"
    + r"|e(?<![^\W\d_].)(?P<ipp4>nregistr[ée]e?s?\s+sous)"
    # « SMUR Lannion : intervention 22-26-4471 »: a mobile unit's intervention, its number in three
    # dashed groups (the département, the year, the rank) with no « n° » (« intervention 2019 » stays)
    + r"|i(?<![^\W\d_].)(?P<nda3>ntervention)(?=\s*:?\s*\d{1,4}-\d{2,4}-\d{3,})"  # « enregistré sous le numéro … »
    # « Fiche n° 2231 », « Fiche patient n° 22314 »: the patient's file in a practice or a small unit,
    # four digits being enough there (« fiche n° 2 du protocole » is a page)
    + r"|f(?<![^\W\d_].)(?P<file>iche(?:\s+(?:du\s+)?patient)?\s*(?:n\s?[°º]|no\.|num[ée]ro))"
    # « Facture 2026/118204 », « facture n° FA-2611-0418 »: the invoice of a stay or a transport, sent to
    # the patient it bills (its number with five digits or more, no amount: ``_AMOUNT_AFTER``)
    + r"|f(?<![^\W\d_].)(?P<bill>acture)"
    + r"|[dsvée](?<![^\W\d_].)"  # « Dossier n° », « Séjour : », « Venue n° », « Épisode : »
    # (or the next cell of a table's row: « Référence dossier | 2024/PSY/00418 », « Séjour⇥… »)
    + r"(?:(?:(?<=d)ossier|(?<=s)[ée]jour|(?<=v)enue|(?<=[ée])pisode)\s*(?:n\s?[°º]|no\.|num[ée]ro|:|\||(?<=\t))"
    + r"|(?<=d)ossier\s(?=\d{6})"  # « dossier 00456789 »: six digits or more need no « n° »
    # nor « dossier NE 44 018 552 »: two capitals then spaced groups (the space left to the filler,
    # the label's end being followed by no letter)
    + r"|(?<=d)ossier(?=\s[a-z]{2}[ ]\d{2,4}[ ]\d{3})"
    # « séjour S24/004812 », « venue V250004418 »: a code that opens on letters, then digits, is the
    # stay's number (« séjour de 3 jours », « séjour J3 » are not: no digits there, or too few)
    + r"|(?:(?<=s)[ée]jour|(?<=v)enue)(?=\s[a-z]{1,3}\d)"
    # « Séj. 2503004412 », « séj 125031955 »: a banner's abbreviation, then five digits or more
    # or a short group, a code of letters and a long group (« Séj. 26 HA 001742 »: the year, the kind of
    # stay, the number, as a scanned label spaces them)
    + r"|(?<=s)[ée]j\.?(?=\s?\d{5}|\s?\d{2,4}[ ][a-z]{2,3}[ ]\d{4})"
    # « Demande n° 250314-0417 »: a lab's request number, the stay's as the probe counts it
    + r"|(?<=d)emande\s*(?:n\s?[°º]|no\.|num[ée]ro|:))"
    + r")(?![^\W\d_])"
    # the structure whose number it is, in capitals between the label and its value (« IPP CSAPA D-0734 »,
    # « NDA HAD 26-0388 »: the unit that keeps its own register), checked as capitals on the text as written
    + r"(?:[ ](?!(?:des|les|une|est|sur|par|pour|ipp|nda|nir|nip)[ :])(?P<site>[a-z]{3,6})(?=[ ]?[:\s]))?"
    + rf"(?:{LABEL_FILLER}|{_SENTENCE_FILLER})"
    + rf"(?P<value>{_VALUE})(?!\w)"
)
# Where a label word can start: after a character that is no letter (or at the start), « ipp »,
# « id », « iep », « nip », « n° », « no », « num », « nda », « patient », « dossier », « séjour »,
# « venue », « épisode ». ``re`` tries ``_LABELLED`` at every « i », « n », « p », « d », « s », « v »
# or « é », a quarter of the letters of any text; it is tried at these places only (``matches_at``).
# One pattern per word, each opening with a letter ``re`` jumps to: half the time of one pattern
# opening with « a character that is no letter », which ``re`` tries at every space.
_LABEL_WORDS = tuple(
    re.compile(word)
    for word in (r"i(?:pp|d|ep)", r"n(?:ip|\s?[°º]|o|um|da)", "patient", "passage", "dossier", "s[ée]j", "venue",
                 "épisode", "episode", "enregistr", "demande", "fiche", "facture", "intervention")
)  # fmt: skip
_NOT_LETTER = re.compile(r"[^a-zà-ÿ]")


def label_starts(lowered: str) -> list[int]:
    """Where a label word starts in the lower-cased text, in order. Every position is looked at,
    even inside another word's match: « n°ipp » holds two places."""
    starts = []
    for word in _LABEL_WORDS:
        found = word.search(lowered)
        while found is not None:
            at = found.start()
            if at == 0 or _NOT_LETTER.match(lowered, at - 1):
                starts.append(at)
            found = word.search(lowered, at + 1)
    starts.sort()
    return starts


#: Fewer digits than this after the label word is not an identifier (« IPP 20 mg »).
MIN_DIGITS = {Label.IPP: 5, Label.NDA: 4}
# A value that opens on a register's letters (« IPP D-0734 », « IPP A1234 »): no dose is written so.
_MIN_CODED_DIGITS = 4
# A patient's file (« Fiche n° 2231 »): no dose is written so, and a practice numbers few files.
_MIN_FILE_DIGITS = 4
# Every label word above contains one of these (a text without any is skipped at once).
_NEEDLES = ("ipp", "nip", "iep", "passage", "patient", "nda", "séj", "sej", "dossier", "venue", "hospitalisation", "admission",
            "entrée", "entree", "épisode", "episode", "identification", "enregistr", "demande", "fiche",
            "facture", "intervention")  # fmt: skip
_NEEDLE_SEARCH = Needles(_NEEDLES)


@dataclass(slots=True)
class HospitalIdRecogniser:
    """Labelled IPP and NDA values."""

    name: str = "fr.hospital_ids"
    score: float = 0.9

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lowered = doc.lower
        if len(lowered) != len(text):  # a rare character whose lower case is longer: keep offsets
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
            if not _NEEDLE_SEARCH.found_in(lowered):
                return
        elif not doc.holds(_NEEDLE_SEARCH):
            return
        for match in matches_at(_LABELLED, lowered, label_starts(lowered)):
            is_file = match.group("file") is not None
            is_ipp = is_file or any(match.group(g) is not None for g in ("ipp", "ipp2", "ipp3", "ipp4"))
            label = Label.IPP if is_ipp else Label.NDA
            value = match.group("value")
            start, end = match.span("value")
            if " " in value:
                column = _NEXT_COLUMN.search(text, start, end + 40)
                if column is not None and column.start() < end:
                    end = column.start()
                    value = text[start:end]
            site = match.span("site")
            if site[0] >= 0 and not text[site[0] : site[1]].isupper():
                continue
            is_bill = match.group("bill") is not None
            least = _MIN_FILE_DIGITS if is_file else _MIN_BILL_DIGITS if is_bill else MIN_DIGITS[label]
            if value[0].isalpha():
                least = min(least, _MIN_CODED_DIGITS)  # « IPP D-0734 »: a register's letter, no dose
            if sum(c.isdigit() for c in value) < least or _reads_as_date(value):
                continue
            if _SPACED_LETTERS.match(lowered, start) and not text[start : start + 2].isupper():
                continue
            if is_bill and _AMOUNT_AFTER.match(lowered, end):
                continue
            if _DOSE_AFTER.match(lowered, end):
                continue
            # the structure's capitals go with the value (« IPP ICR 2104 8853 », « dossier ANJ 0558213 »): its
            # register's code, which says where the patient is followed, is a part of the number as printed
            yield Finding(site[0] if site[0] >= 0 else start, end, label, self.score, self.name)
            yield from self._listed_after(lowered, end, label, sum(c.isdigit() for c in value))

    def _listed_after(self, lowered: str, end: int, label: Label, digits: int) -> Iterator[Finding]:
        """The values listed after the first under one label word: « doublon IPP 88412 / 88977 »,
        « NDA 2501234 et 2501240 ». Each has as many digits as the first, give or take one (« IPP
        88412 / 2 patients » lists no number)."""
        more = _MORE.match(lowered, end)
        while more is not None:
            value = more.group("value")
            if abs(sum(c.isdigit() for c in value) - digits) > 1 or _reads_as_date(value):
                return
            if _DOSE_AFTER.match(lowered, more.end()):
                return
            yield Finding(more.start("value"), more.end("value"), label, self.score, self.name)
            more = _MORE.match(lowered, more.end())


def build() -> HospitalIdRecogniser:
    return HospitalIdRecogniser()
