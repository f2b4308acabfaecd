"""Synthetic identifiers with correct keys, and a helper to apply the engine's threshold.

Everything here is generated: no real person, professional, company or account.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from stdnum import iban as stdnum_iban
from stdnum import luhn

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.overlap import resolve
from egide.detect.recogniser import Recogniser

THRESHOLD = DetectConfig().min_score


def kept(recogniser: Recogniser, text: str, threshold: float = THRESHOLD) -> list[Finding]:
    """The recogniser's findings the engine would keep: above the threshold, overlaps resolved."""
    return resolve(f for f in recogniser.find(Document(text)) if f.score >= threshold)


def values(recogniser: Recogniser, text: str, threshold: float = THRESHOLD) -> list[str]:
    return [text[f.start : f.end] for f in kept(recogniser, text, threshold)]


def nir(
    sex: int = 1, year: int = 85, month: int = 5, dept: str = "78", commune: int = 6, order: int = 84
) -> str:
    """A 15-character NIR with its correct key (2A→19, 2B→18 for the key)."""
    body = f"{sex}{year:02d}{month:02d}{dept}{commune:03d}{order:03d}"
    numeric = body.replace("2A", "19").replace("2B", "18") if dept in ("2A", "2B") else body
    return body + f"{97 - int(numeric) % 97:02d}"


def spaced_nir(value: str, sep: str = " ") -> str:
    """The usual grouping: 1 85 05 78 006 084 91."""
    parts = (value[0], value[1:3], value[3:5], value[5:7], value[7:10], value[10:13], value[13:])
    return sep.join(parts)


def with_luhn(prefix: str) -> str:
    return prefix + luhn.calc_check_digit(prefix)


def luhn_broken(value: str) -> str:
    """The same number with its last digit changed: the key no longer matches."""
    return value[:-1] + str((int(value[-1]) + 1) % 10)


def rpps(rng: random.Random) -> str:
    return with_luhn("10" + "".join(rng.choice("0123456789") for _ in range(8)))


def finess(rng: random.Random, dept: str = "75") -> str:
    return with_luhn(dept + "".join(rng.choice("0123456789") for _ in range(6)))


def siren(rng: random.Random) -> str:
    return with_luhn(str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(7)))


def siret(rng: random.Random) -> str:
    return with_luhn(siren(rng) + "".join(rng.choice("0123456789") for _ in range(4)))


def iban(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def french_iban(rng: random.Random) -> str:
    return iban("FR", "".join(rng.choice("0123456789") for _ in range(23)))


def card(rng: random.Random, prefix: str = "4", length: int = 16) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return with_luhn(body)


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def masked_share(findings: Iterable[Finding], text: str) -> float:
    """The share of letters and digits of ``text`` covered by findings."""
    covered = set()
    for f in findings:
        covered.update(range(f.start, f.end))
    alnum = [i for i, c in enumerate(text) if c.isalnum()]
    return sum(1 for i in alnum if i in covered) / max(1, len(alnum))
