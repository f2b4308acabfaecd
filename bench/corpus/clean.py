"""Clinical prose with no identifier at all, to measure how much a detector masks for nothing.

No names, dates, places or numbers that identify; plenty of what looks like them: eponyms
(« maladie de Parkinson », « signe de Babinski »), doses, lab values, scores, « TA 12/8 », ICD-10
codes, relative days (« J3 »), ages under 90 and capitalised section titles.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bench.corpus import medical
from bench.corpus.context import Ctx

_TITLES = ["SYNTHÈSE", "Histoire de la maladie", "CONCLUSION", "Examen clinique", "Discussion", "Au total"]


def clean_text(ctx: Ctx) -> str:
    parts: list[str] = []
    for _ in range(ctx.rng.randrange(1, 4)):
        parts.append(ctx.pick(_TITLES) + " :")
        parts.append(medical.paragraph(ctx))
    if ctx.chance(0.5):
        parts.append("Traitement :")
        parts.extend("- " + drug for drug in ctx.rng.sample(medical.DRUGS, ctx.rng.randrange(2, 5)))
    if ctx.chance(0.4):
        parts.append(f"Intervention proposée : {ctx.pick(medical.OPERATIONS)}.")
    return "\n".join(parts) + "\n"


def clean_records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    for i in range(n):
        ctx = Ctx.seeded(seed * 1_000_003 + 500_000 + i)
        yield {
            "id": f"clean-{seed}-{i:05d}",
            "kind": "prose_sans_identifiant",
            "text": clean_text(ctx),
            "entities": [],
        }
