"""Evidence about people for an auditor: training records, charter acceptances, coverage by service (CSV).

Files are CSV as French spreadsheets open them: « ; » between cells, a UTF-8 byte-order mark, dates
as AAAA-MM-JJ, decimal commas. A cell that a spreadsheet would read as a formula (starting with =, +, -, @) is
prefixed with an apostrophe. Each export is an audit event (which export, how many rows); call the
functions inside ``db.session(write=True)``. They hold the staff's names and addresses, never
anything about patients.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from egide.audit.log import append_events
from egide.governance.coverage import Coverage, training_coverage
from egide.governance.events import EvidenceExported
from egide.store.models.governance import Charter, CharterAcceptance, TrainingModule, TrainingRecord, User

Cell = str | int | float | date | datetime | None

TRAINING_HEADER = (
    "n° enregistrement",
    "n° personne",
    "nom",
    "adresse électronique",
    "rôle",
    "service",
    "n° module",
    "formation",
    "suivie le",
    "valable jusqu'au",
    "enregistrée le",
    "enregistrée par (n°)",
)
CHARTER_HEADER = (
    "n° personne",
    "nom",
    "adresse électronique",
    "rôle",
    "service",
    "version de la charte",
    "titre",
    "publiée le",
    "acceptée le",
)
COVERAGE_HEADER = (
    "service",
    "personnes",
    "formées",
    "charte acceptée",
    "formées et charte acceptée",
    "part formée (%)",
    "part charte (%)",
    "part couverte (%)",
)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    # A spreadsheet runs a cell starting with these as a formula (CSV injection): make it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_text(cell) for cell in row] for row in rows)
    return "\ufeff" + out.getvalue()


def _exported(session: Session, export: str, rows: int, actor_user_id: int | None) -> None:
    append_events(session, EvidenceExported(actor_user_id=actor_user_id, export=export, rows=rows))


def training_records_csv(session: Session, *, actor_user_id: int | None = None) -> str:
    """Every training record with its person, module and validity, by person then date."""
    query = (
        select(TrainingRecord, User, TrainingModule.id)
        .join(User, User.id == TrainingRecord.user_id)
        .outerjoin(TrainingModule, TrainingModule.id == TrainingRecord.module_id)
        .order_by(User.name, User.id, TrainingRecord.completed_on, TrainingRecord.id)
    )
    rows = [
        (
            record.id,
            user.id,
            user.name,
            user.email,
            user.role,
            user.service,
            module_id,
            record.title,
            record.completed_on,
            record.valid_until,
            record.recorded_at,
            record.recorded_by,
        )
        for record, user, module_id in session.execute(query).all()
    ]
    _exported(session, "training_records", len(rows), actor_user_id)
    return to_csv(TRAINING_HEADER, rows)


def charter_acceptances_csv(session: Session, *, actor_user_id: int | None = None) -> str:
    """Every acceptance of every charter version, by version then date."""
    charter = aliased(Charter)
    query = (
        select(CharterAcceptance, User, charter)
        .join(User, User.id == CharterAcceptance.user_id)
        .join(charter, charter.id == CharterAcceptance.charter_id)
        .order_by(charter.published_at, charter.id, CharterAcceptance.accepted_at, CharterAcceptance.id)
    )
    rows = [
        (
            user.id,
            user.name,
            user.email,
            user.role,
            user.service,
            version.version,
            version.title,
            version.published_at,
            acceptance.accepted_at,
        )
        for acceptance, user, version in session.execute(query).all()
    ]
    _exported(session, "charter_acceptances", len(rows), actor_user_id)
    return to_csv(CHARTER_HEADER, rows)


def _percent(share: float | None) -> str | None:
    """« 66,7 »: a decimal comma, as a French spreadsheet reads a number."""
    return None if share is None else f"{100 * share:.1f}".replace(".", ",")


def coverage_csv(
    session: Session, on: date | None = None, *, actor_user_id: int | None = None
) -> tuple[Coverage, str]:
    """Coverage by service on ``on`` (today), one row per service and a last « Total » row."""
    coverage = training_coverage(session, on)
    rows = [
        (
            "Total" if entry is coverage.overall else entry.service or "Sans service",
            entry.people,
            entry.trained,
            entry.charter_accepted,
            entry.covered,
            _percent(entry.trained_share),
            _percent(entry.charter_share),
            _percent(entry.covered_share),
        )
        for entry in (*coverage.services, coverage.overall)
    ]
    _exported(session, "coverage", len(coverage.services), actor_user_id)
    return coverage, to_csv(COVERAGE_HEADER, rows)
