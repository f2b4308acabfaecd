"""First start: the built-in « aperçu » tool, a current charter, and an administrator with a key."""

from __future__ import annotations

from importlib import resources

from sqlalchemy import select

from egide.audit.log import lock_chain
from egide.confidentiality import Confidentiality
from egide.governance.keys import create_key
from egide.governance.people import (
    accept_charter,
    add_user,
    current_charter,
    publish_charter,
)
from egide.governance.rows import today
from egide.governance.tools import APERCU_ALIAS, APERCU_BASE_URL, APERCU_NAME, add_tool
from egide.governance.training import record_training
from egide.governance.types import Role, ToolStatus
from egide.store.database import Database
from egide.store.models.governance import Tool, User

BOOTSTRAP_ADMIN_EMAIL = "admin@egide.local"
BOOTSTRAP_ADMIN_NAME = "Administrateur égide"


def _default_charter_body() -> str:
    return resources.files("egide.governance").joinpath("default_charter.txt").read_text(encoding="utf-8")


def bootstrap(db: Database) -> str | None:
    """Create what a fresh install needs; return the administrator's one-time API key, or None.

    Idempotent and safe from several workers at once: it runs under the audit chain's lock, and
    does nothing (returns None) once an administrator exists. Call after ``db.migrate()``.
    """
    with db.session(write=True) as session:
        lock_chain(session)  # serialises concurrent first starts
        if session.scalar(select(Tool.id).where(Tool.base_url == APERCU_BASE_URL)) is None:
            add_tool(
                session,
                name=APERCU_NAME,
                base_url=APERCU_BASE_URL,
                confidentiality=Confidentiality.ON_PREMISE,
                models={APERCU_ALIAS: APERCU_ALIAS},
                visible_mention="Aperçu : égide montre ce qui serait sorti de l'établissement ; aucun modèle n'a été appelé.",
                status=ToolStatus.APPROVED,
            )
        if current_charter(session) is None:
            publish_charter(
                session, version="1", title="Charte d'usage de l'IA générative", body=_default_charter_body()
            )
        if session.scalar(select(User.id).where(User.role == Role.ADMIN.value).limit(1)) is not None:
            return None
        admin = add_user(session, name=BOOTSTRAP_ADMIN_NAME, email=BOOTSTRAP_ADMIN_EMAIL, role=Role.ADMIN)
        record_training(
            session,
            admin.id,
            completed_on=today(),
            title="Administrateur initial (formation à enregistrer par l'établissement)",
        )
        accept_charter(session, admin.id)
        return create_key(session, admin.id, label="clé initiale").secret
