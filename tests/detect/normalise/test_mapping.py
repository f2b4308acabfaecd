"""The map back to the original: every span covers exactly the characters that produced it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from egide.detect.normalise import normalise
from egide.detect.normalise.mapping import Draft, Normalised


def test_without_edits_offsets_are_the_same() -> None:
    norm = Normalised("abc", "abc")
    assert norm.to_original(1, 3) == (1, 3)


def test_a_span_ending_on_a_many_to_one_group_ends_after_the_whole_group() -> None:
    draft = Draft("M. DUPON&#84; vu")
    draft.apply([(8, 13, "T")])
    norm = draft.result()
    assert norm.text == "M. DUPONT vu"
    assert norm.to_original(3, 9) == (3, 13)  # « DUPONT » → « DUPON&#84; », the entity whole
    assert norm.to_original(8, 9) == (8, 13)
    assert norm.to_original(9, 12) == (13, 16)


def test_a_span_starting_inside_a_group_starts_with_the_group() -> None:
    draft = Draft("au quatre-vingt-cinq ans")
    draft.apply([(3, 20, "85")])
    norm = draft.result()
    assert norm.text == "au 85 ans"
    assert norm.to_original(4, 5) == (3, 20)  # the « 5 » alone still stands for all the words


def test_deleted_characters_fall_outside_spans_that_end_before_them() -> None:
    draft = Draft("1 2 3x")
    draft.apply([(1, 2, ""), (3, 4, "")])
    norm = draft.result()
    assert norm.text == "123x"
    assert norm.to_original(0, 3) == (0, 5)
    assert norm.to_original(3, 4) == (5, 6)
    assert norm.to_original(4, 4) == (6, 6)


def test_passes_compose_their_maps() -> None:
    # The escape pass makes « &#8203; » a zero-width space, the character pass deletes it, the
    # boxed-digit pass deletes the spaces: each digit still maps to itself.
    text = "NIR 2&#8203; 7 1 0 5 7 5 1 1 2 3 4 5 6 7 fin"
    norm = normalise(text)
    assert norm.text == "NIR 271057511234567 fin"
    start = norm.text.index("2")
    assert norm.to_original(start, start + 15) == (4, text.index(" fin"))
    assert norm.to_original(start, start + 1) == (4, 5)


def test_an_insertion_stands_for_no_original_character() -> None:
    draft = Draft("ab")
    draft.apply([(1, 1, "-")])
    norm = draft.result()
    assert norm.text == "a-b"
    assert norm.to_original(1, 2) == (1, 1)
    assert norm.to_original(0, 3) == (0, 2)


def test_a_span_past_the_end_maps_to_the_end() -> None:
    norm = normalise("a\u200bb")
    assert norm.to_original(2, 3) == (3, 3)
    assert norm.to_original(0, 9) == (0, 3)


TRICKY_PIECES = [
    "J e a n", "  ", " ", "D U P", "1 4", " . ", "|", "0", "7", "O", "l", "B", "S", "zéro", "six", "-",
    "douze", "trente", "&#84;", "&eacute;", "\\u00e9", "\\ud83d\\ude00", "\u200b", "\u0301", "\u0332",
    "e", "a", "à", "y", "3", ",", "\U000e0041", "\u00a0", "Dupont", "Jean", "'",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(TRICKY_PIECES), max_size=25).map("".join))
def test_every_character_maps_to_a_group_in_order_within_the_text(text: str) -> None:
    norm = normalise(text)
    previous = (0, 0)
    for i in range(len(norm.text)):
        start, end = norm.to_original(i, i + 1)
        assert 0 <= start <= end <= len(text)
        assert start >= previous[0] and end >= previous[1]
        previous = (start, end)
    if norm.text:
        assert norm.to_original(0, len(norm.text))[1] <= len(text)
