"""A heading in capitals glued to the surname in capitals that opens the next line, read apart (issue 8,
probe16's family: a record screen's heading and banner pasted without their line break); words in
capitals of clinical text stay whole. Every name is invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise.glued_headings import read_glued_headings
from tests.detect.inline import parse_inline
from tests.detect.normalise.support import run_pass


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("TRAITEMENTSFOURNIER Gilles - 12/04/1961", "TRAITEMENTS\nFOURNIER Gilles - 12/04/1961"),
        ("CONCLUSIONVASSEUR Annick, 71 ans", "CONCLUSION\nVASSEUR Annick, 71 ans"),
        ("ALLERGIESLAMBERT Hugo\nPénicilline", "ALLERGIES\nLAMBERT Hugo\nPénicilline"),
    ],
)
def test_a_heading_glued_to_a_surname_is_read_apart(written: str, read: str) -> None:
    assert run_pass(read_glued_headings, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "ADÉNOCARCINOME LIEBERKÜHNIEN moyennement différencié",
        "HÉPATOSPLÉNOMÉGALIE modérée",
        "CHOLÉCYSTECTOMIE en 2019",
        "RADIOTHÉRAPIE EXTERNE - 25 séances",
        "COMPTE RENDU D'HOSPITALISATION",
        "OBSERVATION MÉDICALE",
        "BERNADETTE Lucienne",  # a name alone, whole
        "MARTINEAU Paul",
    ],
)
def test_words_in_capitals_stay_whole(text: str) -> None:
    assert run_pass(read_glued_headings, text) == text


@pytest.mark.parametrize(
    "marked",
    [
        "reformule ces antécédents\n\nANTÉCÉDENTS<NOM>BARBIER</NOM> <NOM>Serge</NOM> - 21/06/1948 - "
        "IPP:0051207ANTÉCÉDENTS\nMédicaux : AVC 2016 (thrombolyse), BPCO, AOMI",
        "trie ceci\n\nTRAITEMENTS<NOM>GUILLOT</NOM> <NOM>Serge</NOM> - 03/10/1939 - IPP:0071244TRAITEMENTS\n"
        "Kardégic 75 mg, bisoprolol 2,5 mg",
    ],
)
def test_the_name_after_the_heading_is_found_through_the_engine(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for a, b, _ in spans:
        assert any(f.start <= a and b <= f.end for f in found), text[a:b]
