"""The cheap prefilters never hide a date: windowed scanning finds exactly what a full scan finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from egide.detect.document import Document
from egide.detect.recognisers.fr.dates import age, birth, month_names, numeric, words
from egide.detect.recognisers.fr.dates.base import windowed_finditer

TOKENS = [
    "03", "3", "12", "31", "1er ", "/", "-", ".", " ", "  ", "\n", "2020", "1961", "61", "le", "né", "née",
    "DDN", ":", "mars", "févr.", "sept", "Sept.", "décembre", "dec", "nov", "deux", "mille", "neuf", "cent",
    "vingt", "premier", "janvier", "mardi", "mai", "23022018", "x", "TA", "mg", "(", ")", "à", "ans", "–", "44",
    "IV", "XII", "juin",
]  # fmt: skip

# « 1er » comes with its space: the month prefilter wants a month name to start a word, or to touch a
# digit (« 05nov »), and « 1ermars » glued is a documented blind spot.
texts = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _check(regex: re.Pattern[str], text: str, hits: object, before: int, after: int) -> None:
    full = _spans(regex.finditer(text))
    windowed = _spans(windowed_finditer(regex, text, hits, before=before, after=after))  # type: ignore[arg-type]
    assert windowed == full


@settings(max_examples=300, deadline=None)
@given(text=texts)
# found by the search once each: a Roman month between spaces before a two-digit year, after « 1er »; a
# separator at a line's end or start
@example(text="1er IV 03")
@example(text="3 IV 03 et 12 xii 61")
@example(text="12-\n1961-IV")
@example(text="03ans-3\n.2020")
def test_numeric_prefilter_loses_nothing(text: str) -> None:
    _check(numeric.NUMERIC_DATE, text, numeric._PREFILTER.finditer(text), 6, 16)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_month_prefilter_loses_nothing(text: str) -> None:
    low = Document(text).lowered
    assert low is not None
    _check(month_names.MONTH_NAME_DATE, text, month_names.MONTH_PREFILTER.finditer(" " + low), 24, 20)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_words_prefilter_loses_nothing(text: str) -> None:
    low = Document(text).lowered
    assert low is not None
    _check(words.WORD_DATE, text, month_names.MONTH_PREFILTER.finditer(" " + low), 40, 80)


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_birth_prefilter_loses_nothing(text: str) -> None:
    low = Document(text).lowered
    assert low is not None
    _check(birth.BIRTH_CUE, text, birth._PREFILTER.finditer(low), 4, 60)


# « İ » lower-cases to two characters, which sends every recogniser to its full-scan fallback: the
# findings on ``text`` (prefiltered) must equal those on ``text`` followed by a blank line and « İ » (not prefiltered).
_FALLBACK = "\n\nİ"
place_tokens = [
    "12", "3", "bis", " ", ", ", "\n", "rue", "Rue", "de", "la", "Paix", "avenue", "av.", "place", "Place",
    "cours", "Mirabeau", "BP", "CS", "30001", "75013", "Paris", "CHU", "Hôpital", "hôpital", "Saint-Louis",
    "Clinique", "du", "Parc", "Centre", "Léon", "Bérard", "EHPAD", "Les", "Tilleuls", "AP-HP", "résidence",
]  # fmt: skip
place_texts = st.lists(st.sampled_from(place_tokens), min_size=1, max_size=40).map("".join)


def _same_with_and_without_prefilter(recogniser: object, text: str) -> None:
    find = recogniser.find  # type: ignore[attr-defined]
    prefiltered = sorted((f.start, f.end, f.label) for f in find(Document(text)))
    scanned = sorted(
        (f.start, f.end, f.label) for f in find(Document(text + _FALLBACK)) if f.end <= len(text)
    )
    assert prefiltered == scanned


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_date_recognisers_same_without_prefilter(text: str) -> None:
    for recogniser in (
        month_names.MonthNameDateRecogniser(),
        words.WordDateRecogniser(),
        birth.BirthDateRecogniser(),
    ):
        _same_with_and_without_prefilter(recogniser, text)


@settings(max_examples=200, deadline=None)
@given(text=place_texts)
def test_place_recognisers_same_without_prefilter(text: str) -> None:
    from egide.detect.places.address import AddressRecogniser
    from egide.detect.places.establishment import EstablishmentRecogniser

    for recogniser in (AddressRecogniser(), EstablishmentRecogniser()):
        _same_with_and_without_prefilter(recogniser, text)


AGE_TOKENS = [
    "quatre-", "quatre ", "vingt-", "VINGT ", "Vingt-", "vıngt-", "dix ", "DIX-", "onze ", "douze ", "treize ",
    "quatorze ", "quinze ", "seize ", "ſeize ", "cent ", "Cent-", "CENT ", "deux ", "trois ", "et ", "ans", "ANS",
    " ", "\n", "a",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(AGE_TOKENS), min_size=1, max_size=30).map("".join))
def test_age_in_words_prefilter_loses_nothing(text: str) -> None:
    # the prefilter looks for 90 and over only, so the ages found are compared, not the regex's matches
    _same_with_and_without_prefilter(age.AgeRecogniser(), text)
