"""How professionals judged the assistant's answers: verified, corrected, rejected (issue 11, « Vérifier »).

Each verdict is one ``assistant.verification`` audit event (``egide.assistant.events``) carrying the
verdict, the tool and the model of the answer, copied from the gateway's own events: counted here
by day or week and by tool, like the gateway's requests.
"""

from __future__ import annotations

from collections import Counter
from typing import get_args

from sqlalchemy.orm import Session

from egide.assistant.events import AssistantVerification, Verdict
from egide.dashboard.chart import Chart, Series, over_time, ranking
from egide.dashboard.trail import Filters, by_time, grouped

VERIFICATION_KIND = AssistantVerification.kind
#: The verdict codes in display order, with the series' names.
VERDICTS = dict(zip(get_args(Verdict), ("vérifiées", "corrigées", "rejetées"), strict=True))
COLOURS = {"verified": "pseudonymise", "corrected": "allow", "rejected": "block"}


def verifications_over_time(session: Session, filters: Filters) -> Chart:
    """Verdicts recorded by day or week."""
    period = filters.period
    buckets = period.buckets()
    counts = by_time(session, VERIFICATION_KIND, "verdict", filters)
    return over_time(
        "verifications-assistant",
        f"Réponses de l'assistant jugées, par {period.granularity.value}",
        "Verdicts enregistrés par les professionnels sur les réponses de l'assistant "
        f"(événements {VERIFICATION_KIND}).",
        period,
        tuple(
            Series(name, tuple(float(counts[(b, code)]) for b in buckets), colour=COLOURS[code])
            for code, name in VERDICTS.items()
        ),
    )


def verifications_by_tool(session: Session, filters: Filters, tools: dict[int, str]) -> Chart:
    """Verdicts by the tool that wrote the answer: how often each tool's answers needed correcting."""
    counts: Counter[tuple[int, str]] = Counter()
    for (tool_id, verdict), _, n in grouped(session, VERIFICATION_KIND, filters, ("tool_id", "verdict")):
        counts[(int(tool_id), str(verdict))] += n
    totals: Counter[int] = Counter()
    for (tool_id, _), n in counts.items():
        totals[tool_id] += n
    order = sorted(totals, key=lambda t: (-totals[t], tools.get(t, "").casefold()))
    return ranking(
        "verifications-par-outil",
        "Réponses de l'assistant jugées, par outil",
        f"Verdicts par outil ayant écrit la réponse (événements {VERIFICATION_KIND}).",
        "outil",
        tuple(tools.get(t, f"outil n° {t}") for t in order),
        tuple(
            Series(name, tuple(float(counts[(t, code)]) for t in order), colour=COLOURS[code])
            for code, name in VERDICTS.items()
        ),
    )
