"""Lifting a pseudonym: the DPO only, with a stated purpose, and always an audit event."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit import append_events
from egide.errors import AccessDenied, NotFound
from egide.governance import Role, find_user
from egide.shadow.events import RevealPurpose, ShadowIdentityRevealed, ShadowReportRevealed
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.scan import ScanResult
from egide.store.models.shadow import ShadowIdentity


def ensure_dpo(session: Session, actor: str) -> int:
    """The user id of ``actor`` (id or e-mail), who must be an active DPO."""
    user = find_user(session, actor)
    if user.role != Role.DPO.value or not user.active:
        raise AccessDenied("seul le ou la DPO peut lever un pseudonyme", code="dpo_only")
    return user.id


def reveal_identity(
    session: Session,
    pseudonym: str,
    *,
    actor: str,
    purpose: RevealPurpose,
    pseudonymiser: UserPseudonyms,
    scan_id: str | None = None,
) -> str:
    """The identity behind ``pseudonym``; writes :class:`ShadowIdentityRevealed` in the same transaction.

    Open the session with ``db.session(write=True)``: if the audit event cannot be written, nothing is revealed.
    """
    user_id = ensure_dpo(session, actor)
    sealed = session.scalar(
        select(ShadowIdentity.sealed).where(ShadowIdentity.pseudonym == pseudonym.strip())
    )
    if sealed is None:
        raise NotFound("pseudonyme inconnu")
    identity = pseudonymiser.open(sealed)
    append_events(
        session,
        ShadowIdentityRevealed(
            actor_user_id=user_id, pseudonym=pseudonym.strip(), purpose=purpose, scan_id=scan_id
        ),
    )
    session.flush()
    return identity


def reveal_report(session: Session, result: ScanResult, *, actor: str, purpose: RevealPurpose) -> ScanResult:
    """The same result with identities in place of pseudonyms, after the DPO check and the audit event."""
    from dataclasses import replace

    user_id = ensure_dpo(session, actor)
    append_events(
        session,
        ShadowReportRevealed(
            actor_user_id=user_id, scan_id=result.id, pseudonyms=len(result.identities), purpose=purpose
        ),
    )
    session.flush()
    rows = [replace(row, user=result.identities.get(row.user, row.user)) for row in result.rows]
    return replace(result, rows=rows, revealed=True)
