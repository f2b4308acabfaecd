"""Reading gold and prediction JSONL: clear errors naming the line, never echoing its content."""

from __future__ import annotations

import pytest

from egide.errors import InputError
from egide.evaluation.documents import Span, gold_from_lines, predictions_from_lines


def test_reads_gold_and_predictions() -> None:
    gold = gold_from_lines(
        ['{"id": 1, "text": "Dr Martin", "entities": [{"start": 3, "end": 9, "label": "NOM"}]}', ""]
    )
    assert gold[0].id == "1" and gold[0].spans == (Span(3, 9, "NOM"),)
    preds = predictions_from_lines(
        ['{"id": "1", "entities": [{"start": 3, "end": 9, "label": "NOM", "score": 0.9}]}']
    )
    assert preds == {"1": (Span(3, 9, "NOM"),)}


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ('{"id": "x", "text": "SECRET-DUPONT"', "ligne 1 : JSON invalide"),
        ('["SECRET-DUPONT"]', "ligne 1: un objet avec un « id »"),
        (
            '{"id": "x", "text": "SECRET-DUPONT", "entities": [{"start": 3, "end": 99, "label": "NOM"}]}',
            "hors du texte",
        ),
        (
            '{"id": "x", "text": "SECRET-DUPONT", "entities": [{"start": "3", "end": 9, "label": "NOM"}]}',
            "entiers",
        ),
        ('{"id": "x"}', "« text » manquant"),
    ],
)
def test_bad_gold_lines_raise_input_error_without_their_content(line: str, fragment: str) -> None:
    with pytest.raises(InputError) as caught:
        gold_from_lines([line])
    assert fragment in caught.value.message
    assert "SECRET-DUPONT" not in caught.value.message


def test_duplicate_gold_ids_and_error_records_are_refused() -> None:
    with pytest.raises(InputError, match="double"):
        gold_from_lines(['{"id": "a", "text": "x"}', '{"id": "a", "text": "y"}'])
    with pytest.raises(InputError, match="pas été analysé"):
        predictions_from_lines(['{"id": "a", "error": "invalid_request"}'])
