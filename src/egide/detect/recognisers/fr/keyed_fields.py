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
from egide.detect.finding import Finding
from egide.detect.labels import Label

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
_JSON_KEY = re.compile(rf'"(?P<key>{_KEYS})"[ \t]*:[ \t]*(?P<open>\[)?')
_JSON_STRING = re.compile(r'[ \t\n]*,?[ \t\n]*"(?P<value>(?:[^"\\\n]|\\.){1,80})"')
# « <city>Paris</city> », « <family qualifier="BR">GUÉRIN</family> », « <birthTime value="19460812"/> »
_XML_ELEMENT = re.compile(
    rf"<(?P<key>{_KEYS})(?:[ \t][^<>\n]{{0,80}})?>(?P<value>[^<>\n]{{1,80}})</(?P=key)>"
)
_XML_VALUE = re.compile(r'<(?P<key>birthTime)[ \t][^<>\n]{0,40}?value="(?P<value>[0-9]{4,14})')
# The INS by its system: the OIDs of the NIR and of the NIA (and their test OIDs).
_INS_OID = r"1\.2\.250\.1\.213\.1\.4\.(?:8|9|10|11)"
_JSON_INS = re.compile(
    rf'"system"[ \t]*:[ \t]*"(?:urn:oid:)?{_INS_OID}"[ \t]*,[ \t\n]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{{13,21}})"'
)
_XML_INS = re.compile(rf'<id[ \t]+root="{_INS_OID}"[ \t]+extension="(?P<value>[^"\n]{{13,21}})"')
_WORDS = re.compile(r"[^\W_]")
SCORE = 0.9


class KeyedFieldRecogniser:
    """Postcodes, communes, streets, names, birth dates and the INS in FHIR JSON and CDA XML."""

    name = "fr.keyed_fields"

    def may_match(self, doc: Document) -> bool:
        """A key or element name of the list is in the text (see :func:`egide.detect.recogniser.may_match`)."""
        text = doc.text
        return ('"' in text or "<" in text) and any(key in text for key in _NEEDLES)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.may_match(doc):
            return
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
                yield Finding(ins.start("value"), ins.end("value"), Label.NIR, SCORE, self.name)
        if "<" in text:
            for element in _XML_ELEMENT.finditer(text):
                yield from self._value(element, _LABELS[element["key"].lower()])
            for element in _XML_VALUE.finditer(text):
                yield Finding(
                    element.start("value"), element.end("value"), Label.DATE_NAISSANCE, SCORE, self.name
                )
            for ins in _XML_INS.finditer(text):
                yield Finding(ins.start("value"), ins.end("value"), Label.NIR, SCORE, self.name)

    def _value(self, match: re.Match[str], label: Label) -> Iterator[Finding]:
        value = match["value"]
        start, end = match.span("value")
        stripped = value.strip()
        if not _WORDS.search(stripped) or len(stripped.split()) > _MAX_WORDS[label]:
            return
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        yield Finding(start, end, label, SCORE, self.name)


_NEEDLES = (
    "postalCode",
    "city",
    "line",
    "streetAddressLine",
    "family",
    "given",
    "birth",
    "1.2.250.1.213.1.4.",
)
# More words than this is no field's value but a sentence.
_MAX_WORDS = {
    Label.CODE_POSTAL: 2,
    Label.VILLE: 6,
    Label.ADRESSE: 10,
    Label.NOM: 5,
    Label.DATE_NAISSANCE: 3,
}


def build() -> KeyedFieldRecogniser:
    return KeyedFieldRecogniser()
