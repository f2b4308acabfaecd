"""Box-drawing strokes between boxed digits read as the pipes they stand for (synthetic numbers)."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from tests.detect.recognisers.support import nir

ENGINE = Detector()
NUMBER = nir(2, 71, 8, "33", 63, 12)


@pytest.mark.parametrize("bar", ["│", "┃", "┆", "║"])
@pytest.mark.parametrize(
    "layout",
    [
        "N° SS : {body} {bar} {key}\n",  # the key in its own box, spaced
        "Assuré : {body}{bar}{key}.",
        "NIR {body} {bar}  {key}",
    ],
)
def test_box_drawn_nir_is_read_through_its_strokes(bar: str, layout: str) -> None:
    text = layout.format(body=bar.join(NUMBER[:13]), key=bar.join(NUMBER[13:]), bar=bar)
    first = text.index(NUMBER[0] + bar)
    found = [f for f in ENGINE.detect(text) if f.label == Label.NIR]
    assert any(f.start <= first and f.end >= text.rindex(NUMBER[-1]) + 1 for f in found)


def test_box_strokes_between_words_stay() -> None:
    # A table drawn with strokes: its cells are not one number.
    text = "│ Poids │ 72 │ Taille │ 180 │\n│ TA    │ 13 │ FC     │ 74  │"
    assert not [f for f in ENGINE.detect(text) if f.label == Label.NIR]
