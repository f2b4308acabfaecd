"""Hidden characters and entities change no finding: the same words, mapped onto what was written.

Texts with identifiers (some already written with the tricks the normaliser reads) are rendered
again with invisible characters inserted between characters and characters replaced by an HTML
entity or a JSON escape. The engine must find the same labels, each on exactly the rendering of
the characters it found in the clean text.
"""

from __future__ import annotations

import html.entities

from bench.corpus import clinical_records
from hypothesis import given, settings
from hypothesis import strategies as st

from egide.detect.engine import Detector
from egide.detect.normalise import normalise

DETECTOR = Detector()

CLEAN_TEXTS = [
    "Patiente Hélène LE GOFF, née le 14/03/1950 à Lyon, NIR 2 50 03 69 123 456 87, tél. 06 12 34 56 78.",
    "Vu ce jour M. Jean DUPONT pour un contrôle ; courriel j.dupont@exemple.fr, IPP 12345678.",
    "Patient : J e a n  D U P O N T, né le 1 4 . 0 3 . 1 9 5 0, joignable au 06 12 34 56 78.",
    "NIR : 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7 ; Mme Françoise MARTIN, 12 rue des Lilas 69003 Lyon.",
    "Appeler sa fille Marie au zéro six douze trente-quatre cinquante-six soixante-dix-huit.",
    "Dr B3rn4rd a revu M. DUP0NT, tel: O6 12 34 56 78, le 3 avril 2024.",
]
# Documents of the synthetic clinical corpus too (their first 700 characters), identifiers of
# every kind in every context the generator knows.
CORPUS_TEXTS = [record["text"][:700] for record in clinical_records(40, seed=7)]
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202c\u202e\u2060\u2062\u2064\u2066\u2069\ufe0f\u034f\u00ad\ufeff\u3164\U000e0001\U000e0100"
NAMED = {value: name for name, value in html.entities.html5.items() if name.endswith(";") and len(value) == 1}


def _escaped(char: str, how: int) -> str:
    if how == 0:
        return f"&#{ord(char)};"
    if how == 1:
        return f"&#x{ord(char):X};"
    if how == 2 and ord(char) < 0x10000:
        return f"\\u{ord(char):04x}"
    return f"&{NAMED[char]}" if char in NAMED else f"&#{ord(char)};"


@st.composite
def rendered(draw: st.DrawFn, texts: list[str]) -> tuple[str, str, list[tuple[int, int]]]:
    """A clean text, its rendering with tricks, and where each clean character went in it."""
    clean = draw(st.sampled_from(texts))
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for char in clean:
        before = draw(st.sampled_from(["", "", "", "", *INVISIBLES]))
        how = draw(st.integers(0, 15))
        shown = _escaped(char, how) if how < 4 else char
        pieces.append(before + shown)
        spans.append((length + len(before), length + len(before) + len(shown)))
        length += len(before) + len(shown)
    return clean, "".join(pieces), spans


@settings(max_examples=120, deadline=None)
@given(case=rendered(CLEAN_TEXTS))
def test_tricks_change_no_finding_and_findings_map_onto_what_was_written(
    case: tuple[str, str, list[tuple[int, int]]],
) -> None:
    _check(*case)


@settings(max_examples=60, deadline=None)
@given(case=rendered(CORPUS_TEXTS))
def test_tricks_in_corpus_documents_change_no_finding(case: tuple[str, str, list[tuple[int, int]]]) -> None:
    _check(*case)


def _check(clean: str, dirty: str, spans: list[tuple[int, int]]) -> None:
    assert normalise(dirty).text == normalise(clean).text
    expected = [(f.label, spans[f.start][0], spans[f.end - 1][1]) for f in DETECTOR.detect(clean)]
    assert [(f.label, f.start, f.end) for f in DETECTOR.detect(dirty)] == expected
