"""The shared digit-run prefilter finds exactly what a scan of the whole text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from egide.detect.document import Document
from egide.detect.recogniser import PatternRecogniser
from egide.detect.recognisers.fr import bank_card, nir, rpps, siret
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser, digit_runs

NUMERIC = [nir.build(), rpps.build(), siret.build(), bank_card.build()]


def test_digit_runs_keep_separators_and_corsica() -> None:
    text = "NIR 1 85 05 2A 006 084 35, tél 06.12.34.56.78, dose 500 mg, 12345678"
    runs = [(text[s:e], n) for s, e, n in digit_runs(Document(text))]
    assert runs == [("1 85 05 2A 006 084 35", 14), ("06.12.34.56.78", 10)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789 .-2AB4x\n", min_size=0, max_size=80).map(
        lambda t: "NIR carte SIRET RPPS " + t
    )
)
def test_scanning_runs_equals_scanning_the_whole_text(text: str) -> None:
    for recogniser in NUMERIC:
        assert isinstance(recogniser, PrefilteredRecogniser) and recogniser.min_digits
        assert sorted(recogniser.find(Document(text))) == sorted(
            PatternRecogniser.find(recogniser, Document(text))
        ), recogniser.name
