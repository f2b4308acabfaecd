"""The trained name tagger, a second opinion after the rules (``detect.use_tagger``, off by default).

Synthetic text only. The family it adds: names that OCR wrote in mixed case (« Dr BeRTHieR A. »),
which neither the lists (they read a word's key, but the rules want a usual case) nor the rules
read; it must leave medicines, Latin authors and letter-spaced headings alone, and an unreadable
weights file must block the text (fail closed), never let it through unread.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.names import tagger as tagger_module
from egide.errors import DetectionError

OCR_NAMES = [
    ("ordonnance scannée : Dr BeRTHieR A. — Pour : CoLLiN MaRCeL né le 03/04", ["BeRTHieR", "CoLLiN", "MaRCeL"]),
    ("ordonnance (OCR) : Dr VaLLeTTe J. — Pour : RiGauD SiMoNe, 2 cp/j", ["VaLLeTTe", "RiGauD", "SiMoNe"]),
]  # fmt: skip
TRAPS = [
    "Patient sous Efluelda et Doliprane, relais par Kardégic 75 mg puis Tahor 20 mg.",
    "Embryon de lézard vert ( Lacerta viridis Laur. ) ; myopathies de Duchenne et de Becker .",
    "C E R T I F I C A T  M E D I C A L — je soussigné certifie avoir examiné ce jour",
    "Bilan : HbA1c 7,2 %, NFS normale, CRP < 5. TDM TAP sans particularité. Avis ORL demandé.",
]


@pytest.fixture(scope="module")
def with_tagger() -> Detector:
    return Detector(DetectConfig(use_tagger=True))


@pytest.fixture(scope="module")
def without_tagger() -> Detector:
    return Detector(DetectConfig())


def _masked(detector: Detector, text: str) -> set[str]:
    return {text[f.start : f.end] for f in detector.detect(text)}


@pytest.mark.parametrize(("text", "names"), OCR_NAMES)
def test_mixed_case_ocr_names_only_the_tagger_reads(
    with_tagger: Detector, without_tagger: Detector, text: str, names: list[str]
) -> None:
    assert not any(n in _masked(without_tagger, text) for n in names)  # the rules leave them visible
    found = with_tagger.detect(text)
    for name in names:
        start = text.index(name)
        assert any(f.start <= start and start + len(name) <= f.end and f.label == "NOM" for f in found), name


@pytest.mark.parametrize("text", TRAPS)
def test_the_tagger_adds_nothing_to_medicines_authors_and_headings(
    with_tagger: Detector, without_tagger: Detector, text: str
) -> None:
    assert with_tagger.detect(text) == without_tagger.detect(text)


def test_off_by_default() -> None:
    assert DetectConfig().use_tagger is False
    assert Detector(DetectConfig()).tagger is None


def test_a_missing_weights_file_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger_module, "TAGGER_FILE", "absent.tsv.gz")
    detector = Detector(DetectConfig(use_tagger=True))  # starts, but detects nothing
    with pytest.raises(DetectionError):
        detector.detect("Dr BeRTHieR A. — Pour : CoLLiN MaRCeL")


@pytest.mark.parametrize(
    "content",
    [b"not gzip at all", gzip.compress(b"# a header and nothing else\n"), gzip.compress(b"b\t0.5\nw=x\n")],
    ids=["not-gzip", "no-weights", "malformed-line"],
)
def test_a_corrupt_weights_file_fails_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    bad = tmp_path / "name_tagger.tsv.gz"
    bad.write_bytes(content)
    read = tagger_module.read_weights
    with pytest.raises((OSError, ValueError, EOFError)):
        read(bad)
    monkeypatch.setattr(tagger_module, "read_weights", lambda source=None: read(bad))
    detector = Detector(DetectConfig(use_tagger=True))
    with pytest.raises(DetectionError):
        detector.detect("Dr BeRTHieR A. — Pour : CoLLiN MaRCeL")


def test_a_truncated_weights_file_fails_closed(tmp_path: Path) -> None:
    shipped = tagger_module.read_weights()
    assert len(shipped) > 1000
    bad = tmp_path / "name_tagger.tsv.gz"
    bad.write_bytes(gzip.compress("".join(f"{f}\t{w}\n" for f, w in shipped.items()).encode())[:5000])
    with pytest.raises((OSError, EOFError, ValueError)):
        tagger_module.read_weights(bad)
