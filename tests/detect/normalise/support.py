"""Helpers shared by the normaliser's tests."""

from __future__ import annotations

from collections.abc import Callable

from egide.detect.normalise import normalise
from egide.detect.normalise.mapping import Draft


def run_pass(normalise_pass: Callable[[Draft], None], text: str) -> str:
    """The text after one pass alone."""
    draft = Draft(text)
    normalise_pass(draft)
    return draft.text


def original_of(text: str, needle: str) -> str:
    """The original characters that the first occurrence of ``needle`` in the normalised text came from."""
    norm = normalise(text)
    start = norm.text.index(needle)
    orig_start, orig_end = norm.to_original(start, start + len(needle))
    return text[orig_start:orig_end]
