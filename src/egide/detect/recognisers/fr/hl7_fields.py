"""HL7 v2 segments read field by field: the field says what its value is (« PID|1||0051234987^^^CHU^PI »).

What a hospital's systems send each other (admissions, results, appointments) is pasted as it is, one
segment a line or all on one line: « PID|1||<IPP>^^^CHU^PI~<NIR>^^^ASIP-SANTE-INS-NIR…||NOM^PRENOM||
19520314|M|||12 RUE…^^AMBOISE^^37400^FRA||0247573120|||||525003318 ». The number of a field is
its meaning, whatever its value looks like:

- the patient's identifiers (PID-2, PID-3, PID-4, MRG-1): IPP, or NIR when the repetition is the INS
  (its type « INS », an INS OID, a NIR's structure and key);
- the stay's (PID-18, PV1-19, PV1-50, MRG-3, MRG-5) and the orders' (OBR-2, OBR-3, ORC-2, ORC-3, the
  lab's request number, an NDA as the probe counts it): NDA;
- the birth date (PID-7): DATE_NAISSANCE, on its date part;
- a professional's id and names (PV1-7, 8, 9, 17, 52, PD1-4, ORC-12, OBR-16, OBR-28, TXA-5, 9): NDA (RPPS
  when eleven digits) and NOM;
- the postcode of an address (PID-11, NK1-4, GT1-5, IN1-5): CODE_POSTAL, a component of five digits;
  its street when the component after it is empty (:mod:`~egide.detect.recognisers.fr.hl7_street`): ADRESSE;
- any other timestamp (« 20250314101522 »: MSH-7, EVN-2, PV1-44, OBR-7, OBX-14…): DATE, on its date
  part, so that it is read as the date it is and not as an unexplained number;
- the establishment that sends or receives the message (MSH-4, MSH-6), that gave a patient's or a
  stay's number (the assigning authority and facility of PID-2, PID-3, PID-4, PID-18, PV1-19, MRG-1:
  « …^^^CHUGA^PI »), or where the patient lies (the facility of PV1-3, PV1-6, PV1-11, PV1-42, PV1-43;
  PV1-39): ETABLISSEMENT, an establishment's own code whatever it looks like (« CHUGA », « HOPSUD »);
  not the INS's authority (« ASIP-SANTE-INS-NIR »), an OID or a generic word (« LABO », « CHU »).

The normaliser has turned the component separators « ^ » into spaces (same offsets); fields are still
separated by « | » and repetitions by « ~ ». Only the segments named below are read: « IPP|NDA|NOM »
in a table's header is no segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.hl7 import fields, repetitions
from egide.detect.labels import Label
from egide.detect.recognisers.fr.checks import nir_ok
from egide.detect.recognisers.fr.dates.base import is_valid_date
from egide.detect.recognisers.fr.hl7_street import street_component

_SEGMENTS = (
    "MSH|EVN|PID|PD1|PV1|PV2|NK1|MRG|OBR|OBX|ORC|SCH|AIL|AIS|AIG|AIP|TQ1|IN1|IN2|GT1|AL1|DG1|PR1|ROL|TXA|NTE"
    "|SPM|ZBE|ZFA|ZFP|ZFV|ZFM|ZFD"
)
# A segment starts a line or follows a space (a message pasted on one line lost its line breaks); its
# name in any case (a message lowered whole, « msh|^~\&|… », « pid|1||… », is still one: nothing else
# writes three letters of these and a bar at a line's start).
_SEGMENT = re.compile(rf"(?<![^\s])(?P<name>(?i:{_SEGMENTS}))\|")
_SEGMENT_WINDOW = 2_000
_NEXT_SEGMENT = re.compile(rf"\s(?i:{_SEGMENTS})\|")

_PATIENT_IDS = {("PID", 2), ("PID", 3), ("PID", 4), ("MRG", 1)}
_STAY_IDS = {("PID", 18), ("PV1", 19), ("PV1", 50), ("MRG", 3), ("MRG", 5)}
_ORDER_IDS = {("OBR", 2), ("OBR", 3), ("ORC", 2), ("ORC", 3)}
_BIRTH = {("PID", 7)}
# A professional (XCN: id^family^given^…): the attending, referring, consulting and admitting doctors of
# a visit (PV1-7, 8, 9, 17, 52), the primary care doctor (PD1-4), an order's prescriber (ORC-12, OBR-16),
# a result's copies (OBR-28), a document's author (TXA-5, 9): the id says who treats the patient (a
# batch counts it as the stay's NDA, an RPPS when it is one), the names are the professional's.
_PROFESSIONALS = {("PV1", 7), ("PV1", 8), ("PV1", 9), ("PV1", 17), ("PV1", 52), ("PD1", 4), ("ORC", 12),
                  ("OBR", 16), ("OBR", 28), ("TXA", 5), ("TXA", 9)}  # fmt: skip
# Fields whose first component (HD's namespace) is an establishment: the sending and receiving facility.
_FACILITIES = {("MSH", 4), ("MSH", 6), ("PV1", 39)}
# Fields whose components 4 and 6 (CX: the assigning authority and facility) name who gave the number.
_AUTHORITIES = _PATIENT_IDS | {("PID", 18), ("PV1", 19)}
# A location (PL: point of care^room^bed^facility^…): its fourth component is the establishment.
_LOCATIONS = {("PV1", 3), ("PV1", 6), ("PV1", 11), ("PV1", 42), ("PV1", 43)}
# An establishment's code: letters in it (a FINESS number is the FINESS recogniser's), « _ » or « - »
# between its parts (« CHU_RENNES », « GHT-ARMOR »); up to « & » (« CHUGA&1.2.250…&ISO »).
_FACILITY_CODE = re.compile(r"(?=[\w\-]*[^\W\d_])[0-9A-Za-z][\w\-]*[0-9A-Za-z]")
_COMPONENT_SEPARATOR = re.compile(r"[ ^]")
# Codes that name no establishment: the INS's authority and its types, generic words that every
# message writes (« LABO », « HOP »), a type of the record (« PI », « PN »), the bare acronyms.
_NOT_FACILITIES = frozenset(
    {"ASIP", "ANS", "INS", "ASIP-SANTE", "ASIP-SANTE-INS-NIR", "ASIP-SANTE-INS-NIA", "ASIP-SANTE-INS-C",
     "INS-NIR", "INS-NIA", "INS-C", "LABO", "LAB", "HOP", "HOPITAL", "CHU", "CH", "CHR", "CHRU", "GH",
     "GHU", "PI", "PN", "NH", "ISO", "DNS", "L", "EAI", "DPI", "FRA", "TEST", "LOCAL", "DEFAULT"}
)  # fmt: skip
_ADDRESSES = {("PID", 11), ("NK1", 4), ("GT1", 5), ("IN1", 5)}
# A person's name (XPN: family^given^middle^suffix^prefix): the patient's (PID-5), his mother's maiden
# name (PID-6), an alias (PID-9), a next of kin (NK1-2), a merged record's (MRG-7), a guarantor (GT1-3),
# the insured (IN1-16).
_NAMES = {("PID", 5), ("PID", 6), ("PID", 9), ("NK1", 2), ("MRG", 7), ("GT1", 3), ("IN1", 16)}
# The carets are spaces by now: « LE GALL^MARIE^^^MME » reads « LE GALL MARIE   MME ». The family name
# is its particles and one word; the given name is the word after it, when it is not a title.
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*")
_PARTICLES = frozenset(
    [
        "le",
        "la",
        "les",
        "de",
        "du",
        "des",
        "d",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "mac",
        "mc",
        "el",
        "al",
        "ben",
        "ibn",
        "abu",
        "bou",
        "st",
        "ste",
        "saint",
        "sainte",
    ]
)
_TITLES = frozenset(["m", "mr", "mme", "mlle", "mle", "dr", "pr", "me", "mrs", "ms", "miss", "sr", "sra"])
# An XPN's suffix and degree (components 4 and 6): « JR », « III », « MD »; no given name.
_SUFFIXES = frozenset(["jr", "ii", "iii", "iv", "md", "phd"])

# The first component of a field or of one of its repetitions: an identifier.
_FIRST_COMPONENT = re.compile(r"[ \t]*(?P<value>[0-9A-Za-z][0-9A-Za-z\-_./]*)")
# « INS », « INS-NIR », « INS-NIA », an INS OID: the repetition holds the INS.
_INS_TYPE = re.compile(
    r"(?<![\w\-])INS(?:-NI[RA]|-C)?(?![\w\-])|1\.2\.250\.1\.213\.1\.4\.(?:8|9|10|11)(?![\d.])"
)
# A timestamp: a date, maybe an hour, minutes, seconds and their fraction, and a time zone.
_TIMESTAMP = re.compile(
    r"(?<![\w.])(?P<date>(?:19|20)[0-9]{2}[01][0-9][0-3][0-9])(?:[0-9]{2}){0,3}(?:\.[0-9]{1,4})?(?:[+\-][0-9]{4})?(?![\w.])"
)
_POSTCODE = re.compile(r"(?<![\w.\-])(?:[0-9]{5}|2[AB][0-9]{3})(?![\w.\-])")
SCORE = 0.9


class Hl7FieldRecogniser:
    """Identifiers, dates and postcodes in HL7 v2 segments, by the number of their field."""

    name = "fr.hl7_fields"

    def may_match(self, doc: Document) -> bool:
        """A segment name and its bar (see :func:`egide.detect.recogniser.may_match`)."""
        text = doc.text
        return "|" in text and _SEGMENT.search(text) is not None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for name, number, start, end in fields(text, _SEGMENT, _NEXT_SEGMENT):
            yield from self._field(text, name, number, start, end)

    def _field(self, text: str, segment: str, number: int, start: int, end: int) -> Iterator[Finding]:
        if start >= end:
            return
        key = (segment, number)
        if key in _FACILITIES or key in _AUTHORITIES or key in _LOCATIONS:
            yield from self._facilities(text, key, start, end)
        if key in _PATIENT_IDS or key in _STAY_IDS or key in _ORDER_IDS:
            for rep_start, rep_end in repetitions(text, start, end):
                first = _FIRST_COMPONENT.match(text, rep_start, rep_end)
                if first is None or sum(c.isdigit() for c in first["value"]) < 4:
                    continue
                label = Label.IPP if key in _PATIENT_IDS else Label.NDA
                value = first["value"]
                if key in _PATIENT_IDS and (
                    _INS_TYPE.search(text, first.end(), rep_end) or (len(value) == 15 and nir_ok(value))
                ):
                    label = Label.NIR
                yield Finding(first.start("value"), first.end("value"), label, SCORE, self.name)
            return
        if key in _NAMES:
            for rep_start, rep_end in repetitions(text, start, end):
                yield from _person_name(text, rep_start, rep_end, self.name)
            return
        if key in _PROFESSIONALS:
            for rep_start, rep_end in repetitions(text, start, end):
                yield from _professional(text, rep_start, rep_end, self.name)
            return
        if key in _ADDRESSES:
            for code in _POSTCODE.finditer(text, start, end):
                yield Finding(code.start(), code.end(), Label.CODE_POSTAL, SCORE, self.name)
            for rep_start, rep_end in repetitions(text, start, end):
                for street_start, street_end in street_component(text, rep_start, rep_end):
                    yield Finding(street_start, street_end, Label.ADRESSE, SCORE, self.name)
            return
        label = Label.DATE_NAISSANCE if key in _BIRTH else Label.DATE
        for stamp in _TIMESTAMP.finditer(text, start, end):
            date = stamp["date"]
            if is_valid_date(int(date[6:]), int(date[4:6]), int(date[:4])):
                yield Finding(stamp.start("date"), stamp.end("date"), label, SCORE, self.name)

    def _facilities(self, text: str, key: tuple[str, int], start: int, end: int) -> Iterator[Finding]:
        """The establishments a field names by its code: its first component (MSH-4, MSH-6, PV1-39),
        its fourth (PV1-3: the location's facility), its fourth and sixth (a CX's assigning authority
        and facility). The carets are spaces by now: a component is what lies between two of them (an
        identifier's components hold no space; a caret between two digits, read as an exponent, stays:
        « 12^2 », a room and its bed)."""
        wanted = (0,) if key in _FACILITIES else (3,) if key in _LOCATIONS else (3, 5)
        for rep_start, rep_end in repetitions(text, start, end):
            at, index = rep_start, 0
            while index <= wanted[-1] and at <= rep_end:
                caret = _COMPONENT_SEPARATOR.search(text, at, rep_end)
                space = -1 if caret is None else caret.start()
                component_end = rep_end if space == -1 else space
                if index in wanted:
                    code = _FACILITY_CODE.match(text, at, component_end)
                    if (
                        code is not None
                        and code.group().upper() not in _NOT_FACILITIES
                        # (the INS's authority however it is spelt: « ASIP-SANTE-NIR », « INS-NIR-TEST »)
                        and not code.group().upper().startswith(("ASIP", "INS-", "ANS-"))
                    ):
                        yield Finding(code.start(), code.end(), Label.ETABLISSEMENT, SCORE, self.name)
                if space == -1:
                    break
                at, index = space + 1, index + 1


# « MSH|^~\&|…|…|…|…|20250314||ADT^A01|MSG0004471| », « MSA|AA|MSG0004471 »: the message's own number.
_MESSAGE_ID = re.compile(rf"(?<![^\s])(?i:MSH\|[^|\n]*(?:\|[^|\n]*){{{7}}}|MSA\|[^|\n]*)\|\Z")


def _professional(text: str, start: int, end: int, source: str) -> Iterator[Finding]:
    """The id (four digits at least) and the names of an XCN field's repetition."""
    first = _FIRST_COMPONENT.match(text, start, end)
    if first is not None and sum(c.isdigit() for c in first["value"]) >= 4:
        value = first["value"]
        label = Label.RPPS if len(value) == 11 and value.isdigit() else Label.NDA
        yield Finding(first.start("value"), first.end("value"), label, SCORE, source)
    # (the names after the id's component: the carets are spaces by now)
    sep = _COMPONENT_SEPARATOR.search(text, start, end)
    if sep is not None:
        yield from _person_name(text, sep.end(), end, source)


def _person_name(text: str, start: int, end: int, source: str) -> Iterator[Finding]:
    """The family name and given name of an XPN field's repetition."""
    words = list(_NAME_WORD.finditer(text, start, end))
    # Only letters and single spaces between the words read as the family name and given name:
    # anything else (a digit, a code) is no XPN this reader knows.
    at = 0
    while at < len(words) - 1 and words[at][0].lower() in _PARTICLES:
        at += 1
    if not words or words[at][0].lower() in _TITLES:
        return
    family = words[: at + 1]
    if text[family[0].start() : family[-1].end()].count("  ") or any(c.isdigit() for c in text[start:end]):
        return
    yield Finding(family[0].start(), family[-1].end(), Label.NOM, SCORE, source)
    given = words[at + 1] if at + 1 < len(words) else None
    # The given name is the next component: one space after the family name (an empty given name
    # leaves two, and what follows is a title or a suffix).
    if (
        given is not None
        and text[family[-1].end() : given.start()] == " "
        and given[0].lower() not in _TITLES
    ):
        yield Finding(given.start(), given.end(), Label.NOM, SCORE, source)
        # Every component after the given name up to the suffix is a further given name (XPN-3,
        # « ESCUDIÉ^Romain^Jean »; a given name of two words, « DUPONT^Marie Claire », reads the same):
        # one space apart, neither a title nor a suffix (« ^^^MME », « ^JR »).
        previous = given
        for word in words[at + 2 :]:
            if text[previous.end() : word.start()] != " " or word[0].lower() in _TITLES | _SUFFIXES:
                break
            yield Finding(word.start(), word.end(), Label.NOM, SCORE, source)
            previous = word


def message_control_id(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills the message control id of an MSH or MSA segment (MSH-10,
    MSA-2): a number the sending software gives the message, no patient's."""
    if text[end : end + 1] not in ("|", "\n", "") and not text[end : end + 1].isspace():
        return False
    line_start = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    return _MESSAGE_ID.search(text, line_start, start) is not None


# Fields that name a professional (XCN: identifier, family name, given name…): the attending, referring,
# consulting and admitting doctors (PV1-7, 8, 9, 17), the primary care doctor (PD1-4), who entered,
# verified and ordered (ORC-10, 11, 12), the ordering and result doctors and technicians (OBR-16, 28,
# 32 to 35), the responsible observer (OBX-16), the operator (EVN-5), a role's person (ROL-4), a
# document's authors (TXA-5, 9, 10, 22), a scheduled resource (AIP-3).
_PROFESSIONALS = {
    ("PV1", 7), ("PV1", 8), ("PV1", 9), ("PV1", 17), ("PD1", 4), ("ORC", 10), ("ORC", 11), ("ORC", 12),
    ("OBR", 16), ("OBR", 28), ("OBR", 32), ("OBR", 33), ("OBR", 34), ("OBR", 35), ("OBX", 16), ("EVN", 5),
    ("ROL", 4), ("TXA", 5), ("TXA", 9), ("TXA", 10), ("TXA", 22), ("AIP", 3),
}  # fmt: skip


def professional_id(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the identifier (the first component) of a professional in an
    HL7 v2 field that names one (« PV1|1|I|…||||10004587^ROLLAND^PAUL| »: the attending doctor's
    code, an RPPS or a local one): the field says it is nobody's patient number."""
    if text[end : end + 1] not in (" ", "|", "~", "\n", ""):
        return False
    # A segment is short: looking further back than a window would make a long line of codes (a
    # pasted table on one line) quadratic. A segment opened before the window is missed, which masks.
    window = max(0, start - _SEGMENT_WINDOW)
    line_start = max(text.rfind("\n", window, start) + 1, window)
    if text.rfind("|", line_start, start) == -1:
        return False  # no field before the value: no HL7 here (most calls)
    segments = list(_SEGMENT.finditer(text, line_start, start))
    if not segments:
        return False
    segment = segments[-1]  # the segment the value stands in (a message pasted on one line has several)
    field_start = max(text.rfind("|", segment.end() - 1, start), text.rfind("~", segment.end(), start)) + 1
    if text[field_start:start].strip(" "):
        return False  # not the field's (or the repetition's) first component
    name = segment["name"].upper()
    number = (2 if name == "MSH" else 1) + text.count("|", segment.end(), start)
    return (name, number) in _PROFESSIONALS


def build() -> Hl7FieldRecogniser:
    return Hl7FieldRecogniser()
