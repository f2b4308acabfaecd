"""Turkish addresses, as a letter for a family doctor in Turkey gives them (issue 8, probe16's family): the
street's name, its type (« Cad. », « Sok. », « Bulvarı »), « No: » and the number, the flat (« D: 4 »),
then the postcode and the district with its province after a slash (« 34710 Kadıköy/İstanbul »). The
dotted capital « İ », whose lower case is two characters long, leaves the recognisers their lower-case
text. Traps: the abbreviations in a French sentence, a type without its number."""

from __future__ import annotations

import pytest

from egide.detect.document import Document
from egide.detect.engine import Detector
from tests.detect.places.support import find_places

DETECTOR = Detector()


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "adres Atatürk Cad. No: 15 D: 4, 34710 Kadıköy/İstanbul, tel",
            [
                ("ADRESSE", "Atatürk Cad. No: 15 D: 4"),
                ("CODE_POSTAL", "34710"),
                ("VILLE", "Kadıköy/İstanbul"),
            ],
        ),
        (
            "Bağdat Caddesi No 12, 34730 Kadıköy",
            [("ADRESSE", "Bağdat Caddesi No 12"), ("CODE_POSTAL", "34730"), ("VILLE", "Kadıköy")],
        ),
        ("Cumhuriyet Sok. No. 8, Ankara", [("ADRESSE", "Cumhuriyet Sok. No. 8")]),
    ],
)
def test_a_turkish_address_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["le cd. est rayé, sok. à revoir", "la Caddesi sans numéro"])
def test_no_turkish_address_is_made_up(text: str) -> None:
    assert [s for s in _spans(text) if s[0] == "ADRESSE"] == []


def test_the_dotted_capital_keeps_the_offsets_of_the_lower_case_text() -> None:
    doc = Document("né à İzmir, vu au CHU de Lyon")
    assert doc.lowered is not None and len(doc.lowered) == len(doc.text)
    found = [
        (f.label.value, "né à İzmir, vu au CHU de Lyon"[f.start : f.end]) for f in DETECTOR.detect(doc.text)
    ]
    assert ("ETABLISSEMENT", "CHU de Lyon") in found
