"""The mapping: export / import round trip, counts that never carry values, and what the API promises."""

from __future__ import annotations

import json

import pytest

from egide.errors import InputError
from egide.transform import Mapping, Pseudonymiser
from tests.transform.conftest import SECRET, marked

TURN_1 = (
    "Mme <NOM>Jeanne DUPONT</NOM>, née le <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, "
    "NIR <NIR>2 61 02 76 123 456 22</NIR>, tél <TELEPHONE>06 12 34 56 78</TELEPHONE>, vue par le Dr <NOM>Leroy</NOM>."
)
TURN_2 = (
    "Et <NOM>Jeanne DUPONT</NOM> revient le <DATE>12/03/2024</DATE> avec sa fille <NOM>Lucie DUPONT</NOM>."
)


@pytest.mark.parametrize("operator", ["placeholder", "surrogate", "date_shift"])
def test_export_import_round_trip_keeps_the_conversation_consistent(operator: str) -> None:
    first = Pseudonymiser(operator, secret=SECRET, scope="conv-42")
    text1, findings1 = marked(TURN_1)
    masked1 = first.apply(text1, findings1)
    blob = first.mapping.to_bytes()

    # next request of the same conversation: the gateway decrypts the blob and goes on
    second = Pseudonymiser(operator, secret=SECRET, scope="conv-42", mapping=Mapping.from_bytes(blob))
    assert second.apply(text1, findings1) == masked1
    text2, findings2 = marked(TURN_2)
    masked2 = second.apply(text2, findings2)
    assert second.restore(masked1 + "\n" + masked2) == text1 + "\n" + text2
    assert second.counts()["NOM"] == first.counts()["NOM"] + 1  # Lucie DUPONT is new
    if operator == "placeholder":
        assert masked2.startswith("Et <NOM_1>")
        assert "<NOM_3>" in masked2  # numbering goes on after the import
    assert Mapping.from_bytes(second.mapping.to_bytes()).to_bytes() == second.mapping.to_bytes()


@pytest.mark.parametrize(
    "blob",
    [b"", b"not json", b'{"format": 99}', b'{"format": 1, "scope": "s"}', b"\xff\xfe", b"[]",
     b'{"format": 1, "scope": "s", "entries": [["NOM"]], "counters": {}, "seen": {}}'],
)  # fmt: skip
def test_unreadable_mapping_is_an_input_error_without_content(blob: bytes) -> None:
    with pytest.raises(InputError) as info:
        Mapping.from_bytes(blob)
    assert "DUPONT" not in str(info.value)


@pytest.mark.parametrize("operator", ["placeholder", "surrogate", "date_shift", "mask", "redact"])
def test_counts_never_contain_values(operator: str) -> None:
    p = Pseudonymiser(operator, secret=SECRET, scope="conv-7")
    text, findings = marked(TURN_1)
    masked = p.apply(text, findings)
    counts = p.counts()
    assert counts == {"DATE_NAISSANCE": 1, "NIR": 1, "NOM": 2, "TELEPHONE": 1}
    dumped = json.dumps(counts, ensure_ascii=False)
    for f in findings:
        value = text[f.start : f.end]
        assert value not in dumped
        assert masked.count(value) == 0 or (
            operator == "date_shift" and f.label not in ("DATE", "DATE_NAISSANCE")
        )
    for replacement in (e.replacement for e in p.mapping.entries()):
        assert replacement not in dumped


def test_the_export_holds_values_so_it_is_the_callers_to_encrypt() -> None:
    # Documented contract: to_bytes() contains originals (the gateway encrypts it); counts do not.
    p = Pseudonymiser("placeholder", secret=SECRET, scope="conv-7")
    text, findings = marked(TURN_1)
    p.apply(text, findings)
    assert b"Jeanne DUPONT" in p.mapping.to_bytes()


def test_findings_out_of_the_text_are_refused_and_overlaps_resolved() -> None:
    from egide.detect.finding import Finding

    p = Pseudonymiser("placeholder", secret=SECRET, scope="s")
    with pytest.raises(InputError):
        p.apply("court", [Finding(0, 10, "NOM", 0.9, "t")])
    overlapping = [Finding(0, 11, "NOM", 0.9, "t"), Finding(5, 18, "NOM", 0.8, "t")]
    assert p.apply("Jean DUPONT Martin, vu", overlapping) == "<NOM_1>, vu"


def test_public_api_names() -> None:
    import egide.transform as t

    for name in ("Pseudonymiser", "StreamRestorer", "Operator", "Mapping", "Mask", "Redact", "Placeholder",
                 "Surrogate", "DateShift"):  # fmt: skip
        assert name in t.__all__ and hasattr(t, name)
    p = t.Pseudonymiser(t.Placeholder(), secret=SECRET, scope="s")
    assert isinstance(p.stream_restorer(json_string=True), t.StreamRestorer)
    with pytest.raises(ValueError):
        t.Pseudonymiser("placeholder", secret=b"", scope="s")
