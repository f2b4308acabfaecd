"""Two versions of the referential: what changed, adopting one (DPO only, audited), « à revoir »."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.compliance import (
    adopt,
    compare,
    in_use,
    known_versions,
    latest_shipped,
    overview,
    parse,
    pending,
    set_status,
)
from egide.errors import AccessDenied, Conflict
from egide.governance import Role
from egide.store import Database
from egide.store.models.audit import AuditRecord
from tests.compliance.support import add_person, facts, fixture_referential
from tests.conftest import TEST_SECRET


def test_the_difference_between_two_versions() -> None:
    old, new = fixture_referential("2026-01").referential, fixture_referential("2026-07").referential
    difference = compare(old, new)
    assert [r.id for r in difference.added] == ["AIA-4"]
    assert [r.id for r in difference.removed] == ["OLD-1"]
    changed = {c.id: [(f.field, f.before, f.after) for f in c.changes] for c in difference.changed}
    assert changed == {
        "HAS-A1": [
            (
                "statement",
                "Les professionnels sont formés avant d'utiliser l'IA.",
                "Les professionnels sont formés avant d'utiliser l'IA, et leur formation est renouvelée.",
            )
        ],
        "HAS-V2": [("evidence", "policy_matrix", "policy_matrix, refusals")],
    }
    assert difference.unchanged == 1
    assert difference.summary == "1 ajoutée, 1 retirée, 2 modifiées, 1 inchangée"
    assert compare(new, new).empty


def test_adopting_versions_moves_forward_only_and_is_audited(database: Database) -> None:
    dpo = add_person(database, "Claire Martin", "claire.martin@example.org", Role.DPO)
    with database.session() as session:
        assert in_use(session).adopted_at is None
        assert in_use(session).version == latest_shipped().referential.version
        assert pending(session) is None
    with database.session(write=True) as session:
        adopt(session, fixture_referential("2026-01"), actor_user_id=dpo)
    with database.session(write=True) as session:
        difference = adopt(session, fixture_referential("2026-07"), actor_user_id=dpo)
    assert (len(difference.added), len(difference.removed), len(difference.changed)) == (1, 1, 2)
    with database.session() as session:
        assert in_use(session).version == "2026-07"
        # the shipped version is newer than the one adopted: it is offered, with what it changes
        offered = pending(session)
        assert offered is not None and offered.referential.version == latest_shipped().referential.version
        assert {"2026-01", "2026-07", latest_shipped().referential.version} <= set(known_versions(session))
    with database.session(write=True) as session, pytest.raises(Conflict, match="déjà adoptée"):
        adopt(session, fixture_referential("2026-07"), actor_user_id=dpo)
    with database.session(write=True) as session, pytest.raises(Conflict, match="plus ancienne"):
        older = fixture_referential("2026-01").text.replace('version = "2026-01"', 'version = "2026-02"')
        adopt(session, parse(older), actor_user_id=dpo)
    with database.session() as session:
        events = [
            json.loads(r.canonical)
            for r in session.scalars(
                select(AuditRecord)
                .where(AuditRecord.kind == "compliance.referential_adopted")
                .order_by(AuditRecord.seq)
            )
        ]
    assert [
        (e["version"], e["previous_version"], e["added"], e["removed"], e["changed"]) for e in events
    ] == [
        ("2026-01", None, *_counts(latest_shipped().referential, "2026-01")),
        ("2026-07", "2026-01", 1, 1, 2),
    ]
    assert all(e["actor_user_id"] == dpo for e in events)
    assert AuditLog(database, TEST_SECRET).verify().ok


def _counts(shipped_referential: object, version: str) -> tuple[int, int, int]:
    from egide.compliance import Referential

    assert isinstance(shipped_referential, Referential)
    d = compare(shipped_referential, fixture_referential(version).referential)
    return len(d.added), len(d.removed), len(d.changed)


def test_only_the_dpo_adopts(database: Database) -> None:
    admin = add_person(database, "Paul Girard", "paul.girard@example.org", Role.ADMIN)
    with database.session(write=True) as session, pytest.raises(AccessDenied):
        adopt(session, fixture_referential("2026-01"), actor_user_id=admin)
    with database.session() as session:
        assert in_use(session).adopted_at is None


def test_a_status_set_on_a_reworded_requirement_is_to_review(database: Database) -> None:
    dpo = add_person(database, "Claire Martin", "claire.martin@example.org", Role.DPO)
    with database.session(write=True) as session:
        adopt(session, fixture_referential("2026-01"), actor_user_id=dpo)
    with database.session(write=True) as session:
        referential = in_use(session).loaded.referential
        set_status(
            session, referential, "HAS-A1", "compliant", "Formation e-learning pour tous.", actor_user_id=dpo
        )
        set_status(session, referential, "RGPD-30", "compliant", "Fiche au registre.", actor_user_id=dpo)
    with database.session(write=True) as session:
        adopt(session, fixture_referential("2026-07"), actor_user_id=dpo)
    with database.session() as session:
        rows = {row.requirement.id: row for row in overview(session, facts()).rows}
    assert rows["HAS-A1"].to_review and rows["HAS-A1"].status_label == "conforme (à revoir)"
    assert not rows["RGPD-30"].to_review and rows["RGPD-30"].status_label == "conforme"
    assert rows["AIA-4"].status is None and rows["AIA-4"].status_label == "non évaluée"
    assert "OLD-1" not in rows
