"""The clinical corpus: a deterministic mix of document kinds, each from its own seeded case."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from bench.corpus.builder import Doc
from bench.corpus.case import Case, new_case
from bench.corpus.context import Ctx
from bench.corpus.documents.administrative import admission_form, it_request
from bench.corpus.documents.certificates import certificate, imaging_report
from bench.corpus.documents.consultations import consultation_note
from bench.corpus.documents.letters import letter_to_gp, request_for_opinion
from bench.corpus.documents.nursing import handover_list, nursing_notes
from bench.corpus.documents.operative import operative_report
from bench.corpus.documents.prescriptions import prescription
from bench.corpus.documents.prompts import assistant_prompt
from bench.corpus.documents.reports import discharge_summary, hospital_report

Template = Callable[[Ctx, Case], Doc]

#: Document kinds and their weights in the mix (prompts are the gateway's everyday input).
TEMPLATES: list[tuple[Template, int]] = [
    (letter_to_gp, 3),
    (request_for_opinion, 2),
    (hospital_report, 3),
    (discharge_summary, 2),
    (prescription, 2),
    (operative_report, 2),
    (consultation_note, 3),
    (assistant_prompt, 4),
    (nursing_notes, 2),
    (handover_list, 1),
    (admission_form, 1),
    (it_request, 1),
    (certificate, 1),
    (imaging_report, 2),
]


def clinical_records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` documents with gold spans; document ``i`` depends only on ``(seed, i)``."""
    cycle = [template for template, weight in TEMPLATES for _ in range(weight)]
    for i in range(n):
        ctx = Ctx.seeded(seed * 1_000_003 + i)
        template = cycle[ctx.rng.randrange(len(cycle))]
        doc = template(ctx, new_case(ctx))
        yield doc.record(f"clin-{seed}-{i:05d}")
