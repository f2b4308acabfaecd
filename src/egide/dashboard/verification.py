"""How professionals judged the assistant's answers: verified, corrected, rejected (issue 11).

The hook for the assistant's verification events: each verdict a professional records is one audit
event of kind :data:`VERIFICATION_KIND` whose field :data:`VERDICT_FIELD` holds one of
:data:`VERDICTS`. Until the assistant declares that event (``egide.audit.event_class`` knows no such
kind), the chart says so instead of showing zeros that would read as « nothing verified ».
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from egide.audit import event_class
from egide.dashboard.chart import Chart, Series, over_time
from egide.dashboard.trail import Filters, by_time

VERIFICATION_KIND = "assistant.verification"
VERDICT_FIELD = "verdict"
#: Verdict codes in display order, with their French names.
VERDICTS = {"verified": "vérifiées", "corrected": "corrigées", "rejected": "rejetées"}
COLOURS = {"verified": "pseudonymise", "corrected": "allow", "rejected": "block"}


def verification_declared() -> bool:
    """True once the assistant's verification event is declared in this process."""
    return event_class(VERIFICATION_KIND) is not None


def verifications(session: Session, filters: Filters) -> Chart:
    """Verdicts recorded by day or week (none counted before the assistant declares its event)."""
    period = filters.period
    buckets = period.buckets()
    declared = verification_declared()
    counts = by_time(session, VERIFICATION_KIND, VERDICT_FIELD, filters) if declared else None
    return over_time(
        "verifications-assistant",
        f"Réponses de l'assistant jugées, par {period.granularity.value}",
        "Verdicts enregistrés par les professionnels sur les réponses de l'assistant "
        f"(événements {VERIFICATION_KIND}).",
        period,
        tuple(
            Series(
                name,
                tuple(float(counts[(b, code)]) if counts else 0.0 for b in buckets),
                colour=COLOURS[code],
            )
            for code, name in VERDICTS.items()
        ),
        "" if declared else "Disponible quand l'assistant enregistrera les vérifications de ses réponses.",
    )
