"""Word lists written as prose: one helper so that long lists stay a few compact lines."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())
