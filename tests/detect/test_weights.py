"""The one reader and scorer of the trained word classifiers' weights (egide.detect.weights), and the
pieces the name model, the name tagger and the place tagger share: invented weights and words."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest

from egide.detect.finding import Finding
from egide.detect.hl7 import fields, repetitions
from egide.detect.names.tokens import covered_words, gap_feature, tokenise
from egide.detect.weights import load_pair_weights, load_weights, pair_sums, probability, softmax_pair


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "w.tsv.gz"
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return path


def test_one_and_two_class_files_read_their_last_fields(tmp_path: Path) -> None:
    one = load_weights(_file(tmp_path, "# provenance\n\nb\t-1.5\nga=\t\t0.25\n"))
    assert one == {"b": -1.5, "ga=\t": 0.25}  # a feature may hold a tab
    two = load_pair_weights(_file(tmp_path, "# provenance\nb\t0.5\t-0.5\nga=\t\t1\t2\n"))
    assert two == {"b": (0.5, -0.5), "ga=\t": (1.0, 2.0)}


@pytest.mark.parametrize(
    ("text", "two"),
    [("b\t0.5\nw=x\n", False), ("b\t0.5\t0.1\nw=x\t1\n", True), ("# only a header\n", False), ("", True)],
    ids=["one-no-weight", "two-one-weight", "no-bias", "empty"],
)
def test_files_without_their_weights_are_refused(tmp_path: Path, text: str, two: bool) -> None:
    with pytest.raises(ValueError):
        (load_pair_weights if two else load_weights)(_file(tmp_path, text))


def test_probabilities_are_the_logistic_and_the_softmax_of_the_sums() -> None:
    weights = {"b": -1.0, "w=x": 3.0}
    assert probability(weights, ["b", "w=x", "unknown"]) == 1.0 / (1.0 + math.exp(-2.0))
    assert probability({"b": -40.0}, ["b"]) == 0.0
    pair = {"b": (1.0, -1.0), "w=x": (0.5, 2.0)}
    za, zb = pair_sums(pair, ["b", "w=x", "unknown"])
    assert (za, zb) == (1.5, 1.0)
    pa, pb = softmax_pair(za, zb)
    total = math.exp(1.5) + math.exp(1.0) + 1.0
    assert pa == pytest.approx(math.exp(1.5) / total) and pb == pytest.approx(math.exp(1.0) / total)
    assert softmax_pair(900.0, -900.0)[0] == 1.0  # no overflow


def test_gap_features_keep_each_classifiers_names() -> None:
    tagger, model = gap_feature(":,-"), gap_feature(":,", none="none", digit="digit", space="sp")
    assert [tagger(g) for g in ["", " \n", " - ", " 12 ", "  "]] == ["0", "nl", "-", "d", "s"]
    assert [model(g) for g in ["", " - ", " 1 ", ", "]] == ["none", "sp", "digit", ","]


def test_covered_words_are_those_a_finding_touches() -> None:
    text = "Vu Mme Quessaud à Elbeuf hier"
    toks = tokenise(text)
    start = text.index("Quessaud")
    found = [
        Finding(start + 2, start + 4, "NOM", 0.9, "r"),
        Finding(text.index("Elbeuf"), len(text) - 5, "VILLE", 0.9, "r"),
    ]
    assert [t.text for t, c in zip(toks, covered_words(toks, found), strict=True) if c] == [
        "Quessaud",
        "Elbeuf",
    ]


def test_hl7_fields_are_numbered_msh_one_further_and_cut_at_the_next_segment() -> None:
    import re

    segment = re.compile(r"(?<![^\s])(?P<name>(?i:MSH|PID))\|")
    following = re.compile(r"\s[A-Za-z][A-Za-z0-9]{2}\|")
    text = "msh| ~\\&|LABO||CHRN PID|1||123 A~9~ PV1|x"
    got = [(name, number, text[s:e]) for name, number, s, e in fields(text, segment, following)]
    assert got[:4] == [("MSH", 2, " ~\\&"), ("MSH", 3, "LABO"), ("MSH", 4, ""), ("MSH", 5, "CHRN")]
    assert got[4:] == [("PID", 1, "1"), ("PID", 2, ""), ("PID", 3, "123 A~9~")]
    start = text.index("123")
    assert [text[s:e] for s, e in repetitions(text, start, start + 8)] == ["123 A", "9", ""]
