"""The DPO's status of a requirement: set with a comment, kept as a history, audited without the comment."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from egide.compliance import Status, current_statuses, in_use, set_status, status_history
from egide.errors import AccessDenied, InputError
from egide.governance import Role, deactivate_user
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.compliance.support import add_person

COMMENT = "AIPD signée le 2 décembre par la direction, revue annuelle prévue."


def test_the_dpo_sets_a_status_and_the_history_keeps_every_one(database: Database) -> None:
    dpo = add_person(database, "Claire Martin", "claire.martin@example.org", Role.DPO)
    with database.session(write=True) as session:
        referential = in_use(session).loaded.referential
        set_status(session, referential, "RGPD-35", "partial", "AIPD en cours.", actor_user_id=dpo)
    with database.session(write=True) as session:
        view = set_status(
            session, referential, "RGPD-35", Status.COMPLIANT, f"  {COMMENT}\n", actor_user_id=dpo
        )
    assert (view.status, view.comment, view.set_by_name) == (Status.COMPLIANT, COMMENT, "Claire Martin")
    with database.session() as session:
        current = current_statuses(session)
        history = status_history(session, "RGPD-35")
    assert set(current) == {"RGPD-35"}
    assert current["RGPD-35"].status is Status.COMPLIANT
    assert [h.status for h in history] == [Status.COMPLIANT, Status.PARTIAL]
    assert current["RGPD-35"].requirement_digest == referential.requirement("RGPD-35").digest  # type: ignore[union-attr]
    with database.session() as session:
        events = [
            r.canonical
            for r in session.scalars(select(AuditRecord).where(AuditRecord.kind == "compliance.status_set"))
        ]
    assert len(events) == 2
    last = json.loads(events[-1])
    assert (last["requirement_id"], last["status"], last["comment_length"], last["actor_user_id"]) == (
        "RGPD-35",
        "compliant",
        len(COMMENT),
        dpo,
    )
    assert all("AIPD" not in event for event in events)  # the comment stays out of the journal


@pytest.mark.parametrize("role", [Role.ADMIN, Role.RSSI, Role.REFERENT, Role.PROFESSIONAL, Role.APPLICATION])
def test_no_other_role_sets_a_status(database: Database, role: Role) -> None:
    someone = add_person(database, "Paul Girard", "paul.girard@example.org", role)
    with database.session(write=True) as session, pytest.raises(AccessDenied):
        set_status(
            session,
            in_use(session).loaded.referential,
            "RGPD-35",
            "compliant",
            COMMENT,
            actor_user_id=someone,
        )
    with database.session() as session:
        assert current_statuses(session) == {}


def test_a_deactivated_dpo_no_longer_sets_a_status(database: Database) -> None:
    dpo = add_person(database, "Claire Martin", "claire.martin@example.org", Role.DPO)
    with database.session(write=True) as session:
        deactivate_user(session, dpo)
    with database.session(write=True) as session, pytest.raises(AccessDenied):
        set_status(
            session, in_use(session).loaded.referential, "RGPD-35", "compliant", COMMENT, actor_user_id=dpo
        )


@pytest.mark.parametrize(
    ("requirement", "status", "comment", "param"),
    [
        ("RGPD-99", "compliant", COMMENT, "requirement"),
        ("RGPD-35", "ok", COMMENT, "status"),
        ("RGPD-35", "compliant", "   ", "comment"),
        ("RGPD-35", "compliant", "x" * 2001, "comment"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_kept(
    database: Database, requirement: str, status: str, comment: str, param: str
) -> None:
    dpo = add_person(database, "Claire Martin", "claire.martin@example.org", Role.DPO)
    with database.session(write=True) as session, pytest.raises(InputError) as raised:
        set_status(
            session, in_use(session).loaded.referential, requirement, status, comment, actor_user_id=dpo
        )
    assert raised.value.param == param
    with database.session() as session:
        assert current_statuses(session) == {}
