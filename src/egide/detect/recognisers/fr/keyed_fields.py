"""Values of JSON keys and XML elements that name what they hold: FHIR resources and CDA headers.

A FHIR fragment (« "address": [{"line": ["12 cours de l'Yser"], "city": "Bordeaux", "postalCode":
"33800"}] ») or a CDA header (« <postalCode>75011</postalCode><city>Paris</city> », « <birthTime
value="19460812"/> ») says what each value is in its key: a postcode without a commune after it, a
commune without a postcode before it, a surname that is also a word are found by their key. The
INS, whose identifier system is its OID (« "system": "urn:oid:1.2.250.1.213.1.4.8", "value": "…" »,
« <id root="1.2.250.1.213.1.4.8" extension="…"/> »), is a NIR whatever its neighbours.

Keys read: ``postalCode`` (CODE_POSTAL), ``city`` (VILLE), ``line`` and ``streetAddressLine`` (ADRESSE),
``family`` and ``given`` (NOM), ``birthDate`` and ``birthTime`` (DATE_NAISSANCE); a JSON value may be
a string or an array of strings. A value that holds no letter nor digit, or a longer text than a
field's (a sentence, a paragraph), is left to the other recognisers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.field_keys import names_a_person
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles

_LABELS = {
    "postalcode": Label.CODE_POSTAL,
    "city": Label.VILLE,
    "line": Label.ADRESSE,
    "streetaddressline": Label.ADRESSE,
    "family": Label.NOM,
    "given": Label.NOM,
    "birthdate": Label.DATE_NAISSANCE,
    "birthtime": Label.DATE_NAISSANCE,
}
_KEYS = "postalCode|city|line|streetAddressLine|family|given|birthDate|birthTime"
# « "city": "Bordeaux" », « "given": ["Inès", "Marie"] »
# (a key in any case: an export lowered or raised whole writes « "postalcode" », « <CITY> »)
_JSON_KEY = re.compile(rf'"(?P<key>(?i:{_KEYS}))"[ \t]*:[ \t]*(?P<open>\[)?')
_JSON_STRING = re.compile(r'[ \t\n]*,?[ \t\n]*"(?P<value>(?:[^"\\\n]|\\.){1,80})"')
# « <city>Paris</city> », « <family qualifier="BR">GUÉRIN</family> », « <birthTime value="19460812"/> »
_XML_ELEMENT = re.compile(
    rf"<(?P<key>(?i:{_KEYS}))(?:[ \t][^<>\n]{{0,80}})?>(?P<value>[^<>\n]{{1,80}})</(?P=key)>"
)
_XML_VALUE = re.compile(r'<(?P<key>(?i:birthTime))[ \t][^<>\n]{0,40}?(?i:value)="(?P<value>[0-9]{4,14})')
# The INS by its system: the OIDs of the NIR and of the NIA (and their test OIDs).
_INS_OID = r"1\.2\.250\.1\.213\.1\.4\.(?:8|9|10|11)"
# The system and the value of an identifier, in either order (« "value": …, "system": … » too).
_JSON_INS = re.compile(
    rf'"system"[ \t]*:[ \t]*"(?:urn:oid:)?{_INS_OID}"[ \t]*,[ \t\n]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{{13,21}})"'
    rf'|"value"[ \t]*:[ \t]*"(?P<first>[^"\n]{{13,21}})"[ \t]*,[ \t\n]*"system"[ \t]*:[ \t]*"(?:urn:oid:)?{_INS_OID}"'
)
_XML_INS = re.compile(
    rf'<id[ \t]+root="{_INS_OID}"[ \t]+extension="(?P<value>[^"\n]{{13,21}})"'
    rf'|<id[ \t]+extension="(?P<first>[^"\n]{{13,21}})"[ \t]+root="{_INS_OID}"'
)
# Other identifiers: a Patient's are IPP, an Encounter's NDA (the nearest « resourceType » before them);
# in CDA, the ids of the patient's role and of the encounter.
_JSON_ID = re.compile(
    r'"system"[ \t]*:[ \t]*"[^"\n]{1,120}"[ \t]*,[ \t\n]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{4,30})"'
    r'|"value"[ \t]*:[ \t]*"(?P<first>[^"\n]{4,30})"[ \t]*,[ \t\n]*"system"[ \t]*:[ \t]*"[^"\n]{1,120}"'
)
_RESOURCE = re.compile(r'"resourceType"[ \t]*:[ \t]*"(?P<type>[A-Za-z]+)"')
_RESOURCE_LABELS = {"Patient": Label.IPP, "Encounter": Label.NDA}
# A Patient's or an Encounter's own logical id, next to its type (« "resourceType":"Patient","id":"p-5510" »,
# either first): the server's key of that person's record or stay, as telling as its identifiers.
_RESOURCE_ID = re.compile(
    r'"resourceType"[ \t]*:[ \t]*"(?P<type>Patient|Encounter)"[ \t]*,[ \t\n]*"id"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,64})"'
    r'|"id"[ \t]*:[ \t]*"(?P<first>[^"\n]{1,64})"[ \t]*,[ \t\n]*"resourceType"[ \t]*:[ \t]*"(?P<kind>Patient|Encounter)"'
)
_XML_ID = re.compile(
    r'<id[ \t]+root="[0-9.]{3,80}"[ \t]+extension="(?P<value>[^"\n]{4,30})"'
    r'|<id[ \t]+extension="(?P<first>[^"\n]{4,30})"[ \t]+root="[0-9.]{3,80}"'
)
_XML_CONTAINER = re.compile(
    r"<(?P<tag>patientRole|encompassingEncounter|assignedAuthor|representedCustodianOrganization)[ \t>]"
)
_CONTAINER_LABELS = {"patientRole": Label.IPP, "encompassingEncounter": Label.NDA}
# The dates of a CDA header: « <time value="20250309174500+0100"/> », « <low value="20250302"/> ».
_XML_DATE = re.compile(
    r'<(?:time|low|high|effectiveTime)[ \t][^<>\n]{0,40}?value="(?P<value>(?:19|20)[0-9]{2}[01][0-9][0-3][0-9])'
)
_WORDS = re.compile(r"[^\W_]")
# A flat export, one « KEY=value » a line, the key in capitals and built of parts (« PATIENT_NOM=… »,
# « ADR_CP=29000 »): its last part says what the value is (in lower case too, an export lowered whole:
# « patient_nom=… »).
_EXPORT_LINE = re.compile(
    r"(?m)^[ \t]*[A-Za-z][A-Za-z0-9]*_(?:[A-Za-z0-9]+_)*(?P<key>[A-Za-z]+)[ \t]*=[ \t]*(?P<value>[^\n=]{1,80})$"
)
# (a key under which a name is written is read from the shared table, :mod:`egide.detect.field_keys`)
_EXPORT_LABELS = {
    "CP": Label.CODE_POSTAL,
    "CODEPOSTAL": Label.CODE_POSTAL,
    "VILLE": Label.VILLE,
    "COMMUNE": Label.VILLE,
}
_EXPORT_VALUES = {
    Label.NOM: re.compile(r"[^\W\d_]+(?:['\- ][^\W\d_]+){0,3}[ \t]*$"),
    Label.CODE_POSTAL: re.compile(r"(?:[0-9]{5}|2[AB][0-9]{3})[ \t]*$"),
    Label.VILLE: re.compile(r"[^\W\d_]+(?:['\- ][^\W\d_]+){0,5}[ \t]*$"),
}
SCORE = 0.9
SCORE_BIRTH = 0.97
SCORE_PLACED = 0.8  # an identifier whose resource says whose it is; the INS by its OID wins
_INS_SYSTEM = re.compile(_INS_OID)


class KeyedFieldRecogniser:
    """Postcodes, communes, streets, names, birth dates and the INS in FHIR JSON and CDA XML."""

    name = "fr.keyed_fields"

    def may_match(self, doc: Document) -> bool:
        """A key or element name of the list is in the text (see :func:`egide.detect.recogniser.may_match`)."""
        text = doc.text
        lower = doc.lower
        return (('"' in text or "<" in text) and _KEY_NEEDLES.found_in(lower)) or (
            "_" in text and "=" in text
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.may_match(doc):
            return
        if "_" in text and "=" in text:
            for line in _EXPORT_LINE.finditer(text):
                key = line["key"]
                label = Label.NOM if names_a_person(key.lower()) else _EXPORT_LABELS.get(key.upper())
                if label is not None and _EXPORT_VALUES[label].match(line["value"]):
                    yield from self._value(line, label)
        if '"' in text:
            for key in _JSON_KEY.finditer(text):
                label = _LABELS[key["key"].lower()]
                at = key.end()
                while True:
                    value = _JSON_STRING.match(text, at)
                    if value is None:
                        break
                    yield from self._value(value, label)
                    if key["open"] is None:
                        break
                    at = value.end()
            for ins in _JSON_INS.finditer(text):
                yield Finding(*_value_span(ins), Label.NIR, SCORE, self.name)
            resources = [(m.start(), m["type"]) for m in _RESOURCE.finditer(text)]
            for own in _RESOURCE_ID.finditer(text) if resources else ():
                label = _RESOURCE_LABELS[own["type"] or own["kind"]]
                yield Finding(*_value_span(own), label, SCORE_PLACED, self.name)
            if resources:
                for ident in _JSON_ID.finditer(text):
                    owner = _nearest_before(resources, ident.start(), _RESOURCE_LABELS)
                    if owner is not None and not _INS_SYSTEM.search(ident.group()):
                        yield Finding(*_value_span(ident), owner, SCORE_PLACED, self.name)
        if "<" in text:
            for element in _XML_ELEMENT.finditer(text):
                yield from self._value(element, _LABELS[element["key"].lower()])
            for element in _XML_VALUE.finditer(text):
                yield Finding(
                    element.start("value"), element.end("value"), Label.DATE_NAISSANCE, SCORE_BIRTH, self.name
                )
            for ins in _XML_INS.finditer(text):
                yield Finding(*_value_span(ins), Label.NIR, SCORE, self.name)
            containers = [(m.start(), m["tag"]) for m in _XML_CONTAINER.finditer(text)]
            if containers:
                for ident in _XML_ID.finditer(text):
                    owner = _nearest_before(containers, ident.start(), _CONTAINER_LABELS)
                    if owner is not None and not _INS_SYSTEM.search(ident.group()):
                        yield Finding(*_value_span(ident), owner, SCORE_PLACED, self.name)
            for date in _XML_DATE.finditer(text):
                yield Finding(date.start("value"), date.end("value"), Label.DATE, SCORE, self.name)

    def _value(self, match: re.Match[str], label: Label) -> Iterator[Finding]:
        value = match["value"]
        start, end = match.span("value")
        stripped = value.strip()
        if not _WORDS.search(stripped) or len(stripped.split()) > _MAX_WORDS[label]:
            return
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        # the key says whose date it is: above a date's own reading (« 1987-05-21 » alone is a DATE)
        yield Finding(start, end, label, SCORE_BIRTH if label is Label.DATE_NAISSANCE else SCORE, self.name)


# (looked for in the lower-case text: the keys are read in any case)
_NEEDLES = (
    "postalcode",
    "city",
    "line",
    "streetaddressline",
    "family",
    "given",
    "birth",
    "1.2.250.1.213.1.4.",
    "resourcetype",
    "patientrole",
    "encompassingencounter",
    "value=",
)
_KEY_NEEDLES = Needles(_NEEDLES)
# More words than this is no field's value but a sentence.
_MAX_WORDS = {
    Label.CODE_POSTAL: 2,
    Label.VILLE: 6,
    Label.ADRESSE: 10,
    Label.NOM: 5,
    Label.DATE_NAISSANCE: 3,
}


def _value_span(match: re.Match[str]) -> tuple[int, int]:
    """The identifier's value, whichever of the system and the value came first."""
    group = "value" if match.group("value") is not None else "first"
    return match.span(group)


def _nearest_before(starts: list[tuple[int, str]], at: int, labels: dict[str, Label]) -> Label | None:
    """The label of the nearest container or resource opened before ``at``, if it names one."""
    nearest = None
    for start, kind in starts:
        if start > at:
            break
        nearest = kind
    return None if nearest is None else labels.get(nearest)


def build() -> KeyedFieldRecogniser:
    return KeyedFieldRecogniser()
