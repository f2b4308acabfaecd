"""Tricks that must not let an identifier through: the recognisers see normalised text.

Non-breaking, narrow and zero-width spaces, soft hyphens, full-width digits and Cyrillic
lookalikes are folded by ``egide.detect.normalise``; spaced, dotted or dashed digits are left to
the recognisers' patterns. Findings are mapped back to the characters the user wrote.
"""

from __future__ import annotations

import random

import pytest

from egide.detect.config import DetectConfig
from egide.detect.finding import Finding
from egide.detect.normalise import normalise
from egide.detect.overlap import resolve
from egide.detect.recognisers.fr import build_structured_recognisers
from tests.detect.recognisers.support import THRESHOLD, french_iban, grouped, nir, spaced_nir

RECOGNISERS = build_structured_recognisers(DetectConfig())
NIR = nir(sex=2, year=54, month=3, dept="69", commune=123, order=456)


def detect(text: str) -> list[tuple[str, str]]:
    norm = normalise(text)
    found = resolve(f for r in RECOGNISERS for f in r.find(norm.text) if f.score >= THRESHOLD)
    spans: list[Finding] = [f.shifted(*norm.to_original(f.start, f.end)) for f in found]
    return [(f.label, text[f.start : f.end]) for f in spans]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        (spaced_nir(NIR), "NIR"),
        (spaced_nir(NIR, "\u00a0"), "NIR"),  # non-breaking spaces
        (spaced_nir(NIR, "\u202f"), "NIR"),  # narrow non-breaking spaces
        (spaced_nir(NIR, "\u200b"), "NIR"),  # zero-width spaces
        (NIR[:7] + "\u00ad" + NIR[7:], "NIR"),  # a soft hyphen
        (" ".join(NIR), "NIR"),  # every digit spaced
        (NIR.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}), "NIR"),  # full-width digits
        ("０６ １２ ３４ ５６ ７８", "TELEPHONE"),
        ("06\u00a012\u00a034\u00a056\u00a078", "TELEPHONE"),
        ("06\u200b12\u200b34\u200b56\u200b78", "TELEPHONE"),
        ("06\u201212\u201334\u201456\u221278", "TELEPHONE"),  # Unicode dashes
        ("j.dup\u043ent@chu-ex\u0435mple.fr", "EMAIL"),  # Cyrillic о and е
        (grouped(french_iban(random.Random(2)), 4, "\u00a0"), "IBAN"),
    ],
)
def test_folded_characters_do_not_hide_identifiers(written: str, label: str) -> None:
    text = f"Coordonnées : {written}, merci."
    assert detect(text) == [(label, written)]
