"""May this person use égide now? Valid AI-literacy training and the current charter accepted.

Decision: accounts with the ``application`` role are exempt. They stand for one of the
establishment's applications, not for a person: AI Act art. 4 training and the charter bind the
people who use that application, which its owner (a referent) answers for.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from egide.errors import AccessDenied
from egide.governance.people import has_accepted_current_charter, trained_until
from egide.governance.types import Principal, Role


def ensure_may_use(session: Session, principal: Principal) -> None:
    """Raise :class:`AccessDenied` (in French) unless the principal is trained and accepted the charter."""
    if principal.role is Role.APPLICATION:
        return
    if trained_until(session, principal.user_id) is None:
        raise AccessDenied("formation à l'IA non validée", code="training_required")
    if not has_accepted_current_charter(session, principal.user_id):
        raise AccessDenied("charte non acceptée", code="charter_not_accepted")
