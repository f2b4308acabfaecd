"""A database written by égide 0.1.0 keeps working with this code.

``fixtures/egide-0.1.0.db`` was made with the command line of commit cc0a6a8 (before the key
derivations were unified) and the secret below: a contracted tool with an upstream key, a shadow
scan of ``tests/shadow/samples/squid_access.log`` with ``users.csv``, a DPO who lifted one pseudonym.
Every keyed thing it holds must still open under the same secret: the audit chain verifies, the
stored upstream key decrypts, shadow pseudonyms are the ones this code computes, sealed identities
open. A change of key derivation that breaks any of these fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.governance import resolve_route
from egide.shadow.pseudonym import UserPseudonyms
from egide.store import Database
from egide.store.models.shadow import ShadowIdentity, ShadowUsage

FIXTURE = Path(__file__).parent / "fixtures" / "egide-0.1.0.db"
SECRET = "fixture-secret-for-the-compatibility-test-0123456789"


@pytest.fixture
def old_database(tmp_path: Path) -> Database:
    copy = tmp_path / "egide.db"
    shutil.copyfile(FIXTURE, copy)
    db = Database(f"sqlite:///{copy.as_posix()}", secret_key=SECRET)
    db.migrate()
    return db


def test_audit_chain_of_an_old_database_verifies(old_database: Database) -> None:
    report = AuditLog(old_database, SECRET).verify()
    assert report.ok, report.message
    assert report.checked == 11
    # The same records under another secret do not verify: the check is keyed, not vacuous.
    assert not AuditLog(old_database, SECRET + "-autre").verify().ok


def test_stored_upstream_key_still_decrypts(old_database: Database) -> None:
    with old_database.connect() as conn:
        route = resolve_route(conn, SECRET, "gpt")
    assert route.api_key == "sk-fixture-upstream-key-42"
    assert route.upstream_model == "gpt-4o-mini"


def test_shadow_pseudonyms_and_sealed_identities_are_unchanged(old_database: Database) -> None:
    pseudonymiser = UserPseudonyms(SECRET)
    with old_database.session() as session:
        identities = session.scalars(select(ShadowIdentity)).all()
        used = set(session.scalars(select(ShadowUsage.user_pseudonym)).all())
    assert len(identities) == 4
    for row in identities:
        identity = pseudonymiser.open(row.sealed)
        assert pseudonymiser.pseudonym(identity) == row.pseudonym
    # The pseudonym the DPO lifted when the fixture was made (u-… of « jdupont »).
    assert pseudonymiser.pseudonym("jdupont") == "u-cfa1e1427d92"
    assert "u-cfa1e1427d92" in used
