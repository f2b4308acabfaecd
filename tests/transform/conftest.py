"""Helpers for transform tests: clinical sentences with their findings marked inline (synthetic)."""

from __future__ import annotations

from egide.detect.finding import Finding
from egide.transform import Pseudonymiser
from tests.detect.inline import parse_inline

SECRET = b"test-secret-transform-0123456789abcdef"


def marked(text: str) -> tuple[str, list[Finding]]:
    """``"M. <NOM>Jean DUPONT</NOM>"`` → the plain text and its findings."""
    plain, spans = parse_inline(text)
    return plain, [Finding(s, e, label, 0.99, "test") for s, e, label in spans]


def pseudo(operator: str = "placeholder", scope: str = "conversation-1") -> Pseudonymiser:
    return Pseudonymiser(operator, secret=SECRET, scope=scope)


def replace_one(p: Pseudonymiser, value: str, label: str) -> str:
    return p.apply(value, [Finding(0, len(value), label, 0.99, "test")])
