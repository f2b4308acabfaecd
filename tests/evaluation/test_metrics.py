"""Scoring on small hand-made gold and predictions, with the numbers worked out by hand."""

from __future__ import annotations

import json

import pytest

from egide.evaluation import Document, Span, score
from egide.evaluation.matching import equivalent, label_class

TEXT_A = "M. Jean DUPONT né le 03/02/1961, IPP 80012345."
TEXT_B = "Maladie de Parkinson, TA 12/8."
TEXT_C = "Dr Martin"


def _span(text: str, part: str, label: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), label)


GOLD = [
    Document(
        "a",
        TEXT_A,
        (
            _span(TEXT_A, "Jean DUPONT", "NOM"),
            _span(TEXT_A, "03/02/1961", "DATE_NAISSANCE"),
            _span(TEXT_A, "80012345", "IPP"),
        ),
    ),
    Document("b", TEXT_B, ()),
    Document("c", TEXT_C, (_span(TEXT_C, "Martin", "NOM"),)),
]
PRED = {
    "a": (
        _span(TEXT_A, "Jean", "NOM"),  # half the name: found, but DUPONT leaks
        _span(TEXT_A, "né", "NOM"),  # a false positive
        _span(TEXT_A, "03/02/1961", "DATE"),  # equivalent label: found (relaxed), not strict
        _span(TEXT_A, "80012345", "TELEPHONE"),  # masked but wrong class
    ),
    "b": (_span(TEXT_B, "Parkinson", "NOM"),),  # an eponym masked in clean prose
    "c": (_span(TEXT_C, "Martin", "NOM"),),
}


def test_per_label_relaxed_and_strict_scores() -> None:
    report = score(GOLD, PRED)
    nom = report.per_label["NOM"]
    assert (nom.gold, nom.predicted, nom.gold_found, nom.predicted_correct) == (2, 4, 2, 2)
    assert (nom.gold_caught, nom.gold_fully_masked, nom.strict_matches) == (2, 1, 1)
    assert nom.precision == 0.5 and nom.recall == 1.0
    assert nom.f1 == pytest.approx(2 / 3)
    assert nom.strict_precision == 0.25 and nom.strict_recall == 0.5
    assert nom.strict_f1 == pytest.approx(1 / 3)
    birth = report.per_label["DATE_NAISSANCE"]
    assert (birth.recall, birth.precision, birth.strict_recall) == (1.0, None, 0.0)
    assert report.per_label["DATE"].precision == 1.0 and report.per_label["DATE"].recall is None
    ipp = report.per_label["IPP"]
    assert (ipp.recall, ipp.recall_any_label, ipp.share_fully_masked) == (0.0, 1.0, 1.0)
    assert report.per_label["TELEPHONE"].precision == 0.0
    total = report.total
    assert (total.gold, total.predicted, total.gold_found, total.predicted_correct) == (4, 6, 3, 3)
    assert (total.gold_caught, total.gold_fully_masked, total.strict_matches) == (4, 3, 1)


def test_character_and_document_measures() -> None:
    report = score(GOLD, PRED)
    # gold letters and digits: JeanDUPONT (10) + 03021961 (8) + 80012345 (8) + Martin (6); DUPONT leaks
    assert (report.gold_chars, report.gold_chars_masked) == (32, 26)
    assert report.share_gold_chars_masked == 26 / 32
    assert (report.documents_with_identifiers, report.documents_fully_redacted) == (2, 1)
    assert report.share_docs_fully_redacted == 0.5
    # clean prose: Maladie de Parkinson TA 12 8 = 23 letters and digits, Parkinson (9) masked
    assert (report.clean_documents, report.clean_chars, report.clean_chars_masked) == (1, 23, 9)
    assert report.share_clean_chars_masked == 9 / 23
    # outside gold everywhere: M né le IPP (8) + 23 + Dr (2); masked: né (2) + Parkinson (9)
    assert (report.other_chars, report.other_chars_masked) == (33, 11)


def test_perfect_predictions_score_one_everywhere() -> None:
    report = score(GOLD, {d.id: d.spans for d in GOLD})
    total = report.total
    assert total.precision == total.recall == total.strict_f1 == 1.0
    assert report.share_docs_fully_redacted == 1.0 and report.share_clean_chars_masked == 0.0


def test_missing_and_unknown_predictions_are_counted_not_guessed() -> None:
    report = score(GOLD, {"c": PRED["c"], "zzz": ()})
    assert report.missing_predictions == 2 and report.unknown_predictions == 1
    assert report.per_label["NOM"].recall == 0.5  # a's name counts as missed
    assert report.share_clean_chars_masked == 0.0


def test_report_is_json_serialisable() -> None:
    data = json.loads(json.dumps(score(GOLD, PRED).to_dict()))
    assert data["per_label"]["NOM"]["precision"] == 0.5
    assert data["total"]["gold"] == 4 and data["share_docs_fully_redacted"] == 0.5


def test_equivalence_classes() -> None:
    assert equivalent("DATE", "DATE_NAISSANCE") and equivalent("VILLE", "ETABLISSEMENT")
    assert equivalent("IPP", "NDA") and not equivalent("IPP", "NIR") and not equivalent("NOM", "VILLE")
    assert label_class("NIR") == "NIR"
