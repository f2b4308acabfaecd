"""Storing discovery results for the console's dashboard, and reading them back.

Rows hold pseudonyms; identities are stored sealed, once per pseudonym (the keyed hash is stable
from scan to scan, so a user's history follows one pseudonym).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from egide.audit import append_events
from egide.errors import NotFound
from egide.shadow.aggregate import Usage
from egide.shadow.classify import Destination, Kind, Reason
from egide.shadow.events import ShadowScanDeleted, ShadowScanRecorded
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.scan import ScanResult
from egide.shadow.views import Views, build
from egide.store.models.shadow import ShadowIdentity, ShadowScan, ShadowUsage

_BATCH = 5000


@dataclass(frozen=True)
class ScanSummary:
    id: str
    started_at: datetime
    finished_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    files: int
    formats: tuple[str, ...]
    lines: int
    records: int
    ignored: int
    malformed: int
    ai_requests: int
    uploads_known: bool
    catalogue_version: str
    approved_tools: int


def save_scan(
    session: Session, result: ScanResult, pseudonymiser: UserPseudonyms, *, actor_user_id: int | None = None
) -> None:
    """Store a scan, its usage rows and the sealed identities, with its audit event (one transaction).

    Open the session with ``db.session(write=True)``. A revealed result is refused: only
    pseudonymised results are stored.
    """
    if result.revealed:
        raise ValueError("a revealed result is never stored")
    formats = ",".join(sorted({f.format for f in result.files}))
    session.add(
        ShadowScan(
            id=result.id,
            started_at=result.started_at,
            finished_at=result.finished_at,
            period_start=result.period_start,
            period_end=result.period_end,
            files=len(result.files),
            formats=formats[:100],
            lines=result.lines,
            records=result.records,
            ignored=result.ignored,
            malformed=result.malformed,
            ai_requests=result.ai_requests,
            uploads_known=result.uploads_known,
            catalogue_version=result.catalogue_version[:40],
            approved_tools=result.approved_tools,
        )
    )
    session.flush()
    rows = [_row(result.id, usage) for usage in result.rows]
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(ShadowUsage), rows[start : start + _BATCH])
    known = set(
        session.scalars(
            select(ShadowIdentity.pseudonym).where(ShadowIdentity.pseudonym.in_(list(result.identities)))
        )
    )
    for pseudonym, identity in result.identities.items():
        if pseudonym not in known:
            session.add(ShadowIdentity(pseudonym=pseudonym, sealed=pseudonymiser.seal(identity)))
    append_events(
        session,
        ShadowScanRecorded(
            actor_user_id=actor_user_id,
            scan_id=result.id,
            lines=result.lines,
            malformed=result.malformed,
            ai_requests=result.ai_requests,
            destinations=len({row.destination.host for row in result.rows}),
            pseudonyms=len(result.identities),
        ),
    )
    session.flush()


def _row(scan_id: str, usage: Usage) -> dict[str, object]:
    d = usage.destination
    return {
        "scan_id": scan_id,
        "day": usage.day,
        "host": d.host[:253],
        "kind": d.kind.value,
        "reason": d.reason.value,
        "vendor": d.vendor[:120],
        "category": d.category[:120],
        "country": d.country[:60],
        "eea": d.eea,
        "catalogue_domain": d.domain[:253],
        "tool": d.tool[:120],
        "service": usage.service[:200],
        "user_pseudonym": usage.user,
        "requests": usage.requests,
        "blocked": usage.blocked,
        "bytes_sent": usage.sent,
        "bytes_received": usage.received,
        "first_seen": usage.first_seen,
        "last_seen": usage.last_seen,
    }


def _summary(scan: ShadowScan) -> ScanSummary:
    return ScanSummary(
        id=scan.id,
        started_at=scan.started_at,
        finished_at=scan.finished_at,
        period_start=scan.period_start,
        period_end=scan.period_end,
        files=scan.files,
        formats=tuple(f for f in scan.formats.split(",") if f),
        lines=scan.lines,
        records=scan.records,
        ignored=scan.ignored,
        malformed=scan.malformed,
        ai_requests=scan.ai_requests,
        uploads_known=scan.uploads_known,
        catalogue_version=scan.catalogue_version,
        approved_tools=scan.approved_tools,
    )


def list_scans(session: Session, *, limit: int = 50) -> list[ScanSummary]:
    """The most recent scans first."""
    scans = session.scalars(select(ShadowScan).order_by(ShadowScan.finished_at.desc()).limit(limit)).all()
    return [_summary(scan) for scan in scans]


def get_scan(session: Session, scan_id: str | None = None) -> ScanSummary:
    """A scan by id, or the latest one."""
    if scan_id is None:
        scan = session.scalars(select(ShadowScan).order_by(ShadowScan.finished_at.desc()).limit(1)).first()
    else:
        scan = session.get(ShadowScan, scan_id)
    if scan is None:
        raise NotFound("aucune analyse enregistrée" if scan_id is None else f"analyse {scan_id} inconnue")
    return _summary(scan)


def load_usage(session: Session, scan_id: str) -> list[Usage]:
    """The usage rows of a scan (pseudonymised), in day, host, service, user order."""
    rows = session.scalars(
        select(ShadowUsage)
        .where(ShadowUsage.scan_id == scan_id)
        .order_by(ShadowUsage.day, ShadowUsage.host, ShadowUsage.service, ShadowUsage.user_pseudonym)
    ).all()
    return [
        Usage(
            day=row.day,
            destination=Destination(
                host=row.host,
                kind=Kind(row.kind),
                reason=Reason(row.reason),
                vendor=row.vendor,
                category=row.category,
                country=row.country,
                eea=row.eea,
                domain=row.catalogue_domain,
                tool=row.tool,
            ),
            service=row.service,
            user=row.user_pseudonym,
            requests=row.requests,
            blocked=row.blocked,
            sent=row.bytes_sent,
            received=row.bytes_received,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
        )
        for row in rows
    ]


def delete_scan(session: Session, scan_id: str, *, actor_user_id: int | None = None) -> int:
    """Remove a scan, its rows and the sealed identities no other scan uses; return how many identities went.

    Data minimisation: once no stored scan mentions a pseudonym, nothing justifies keeping its identity.
    The deletion is an audit event (open the session with ``db.session(write=True)``).
    """
    if session.get(ShadowScan, scan_id) is None:
        raise NotFound(f"analyse {scan_id} inconnue")
    session.execute(delete(ShadowUsage).where(ShadowUsage.scan_id == scan_id))
    session.execute(delete(ShadowScan).where(ShadowScan.id == scan_id))
    still_used = select(ShadowUsage.user_pseudonym).distinct()
    gone = session.execute(delete(ShadowIdentity).where(ShadowIdentity.pseudonym.not_in(still_used)))
    removed = int(getattr(gone, "rowcount", 0) or 0)
    append_events(
        session, ShadowScanDeleted(actor_user_id=actor_user_id, scan_id=scan_id, identities_removed=removed)
    )
    return removed


def count_identities(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ShadowIdentity)) or 0


def stored_result(summary: ScanSummary, rows: list[Usage], *, timezone: str = "UTC") -> ScanResult:
    """A stored scan in the shape the reports take (per-file detail and malformed samples are not stored)."""
    from egide.shadow.scanner import FileReport

    files = [
        FileReport(
            name=f"{summary.files} fichier(s)",
            format=",".join(summary.formats),
            lines=summary.lines,
            records=summary.records,
            ignored=summary.ignored,
            malformed=summary.malformed,
        )
    ]
    return ScanResult(
        id=summary.id,
        started_at=summary.started_at,
        finished_at=summary.finished_at,
        files=files,
        samples=[],
        period_start=summary.period_start,
        period_end=summary.period_end,
        catalogue_version=summary.catalogue_version,
        approved_tools=summary.approved_tools,
        rows=rows,
        identities={},
        timezone=timezone,
    )


def dashboard(session: Session, scan_id: str | None = None) -> tuple[ScanSummary, Views] | None:
    """What the console's dashboard shows: a scan (the latest by default) and its views; None before any scan."""
    try:
        summary = get_scan(session, scan_id)
    except NotFound:
        if scan_id is not None:
            raise
        return None
    return summary, build(load_usage(session, summary.id))


def first_seen_by_host(session: Session, *, before: str | None = None) -> dict[str, datetime]:
    """When each destination was first seen across the stored scans (all of them, or all but ``before``).

    What the DSIH asks after each scan: which AI services are new in the establishment.
    """
    query = select(ShadowUsage.host, func.min(ShadowUsage.first_seen)).group_by(ShadowUsage.host)
    if before is not None:
        query = query.where(ShadowUsage.scan_id != before)
    found: dict[str, datetime] = {}
    for host, first in session.execute(query):
        # SQLite hands min() back as text, outside the column type: read it as the UTC it was stored in.
        moment = first if isinstance(first, datetime) else datetime.fromisoformat(str(first))
        found[host] = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return found
