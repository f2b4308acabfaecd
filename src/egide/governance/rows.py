"""Small shared reads of the people registry: today's date and a user's row (or a clear 404)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from egide.errors import NotFound
from egide.store.models.governance import User
from egide.store.types import utcnow


def today() -> date:
    return utcnow().date()


def user_row(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"utilisateur n°{user_id} inconnu", code="user_not_found")
    return user
