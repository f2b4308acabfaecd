"""Placeholder replaced by the trained token classifier (see scripts/train_name_model.py)."""

from __future__ import annotations

from egide.detect.names.rules import Lexicon, Span
from egide.detect.names.tokens import Token


class NameModel:
    @classmethod
    def load(cls, lexicon: Lexicon) -> NameModel | None:
        return None

    def find(self, toks: list[Token], taken: list[bool]) -> list[Span]:
        return []
