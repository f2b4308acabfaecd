"""Evidence computed from the system moves with the system: each function against real rows and events."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from egide.audit import AuditLog
from egide.compliance import Evidence, Facts, Level
from egide.compliance.evidence import EvidenceContext, compute
from egide.confidentiality import Confidentiality
from egide.gateway.events import GatewayAccessRefused, GatewayPolicyDecision, GatewayRequestReceived
from egide.governance import (
    Role,
    accept_charter,
    add_module,
    add_tool,
    bootstrap,
    publish_charter,
    record_training,
)
from egide.store import Database
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import Tool
from egide.store.models.shadow import ShadowScan, ShadowUsage
from egide.store.types import utcnow
from tests.compliance.support import add_person, facts
from tests.conftest import TEST_SECRET
from tests.governance.reviewed import approve_reviewed


def _evidence(db: Database, key: str, *, chain: bool = False, with_facts: Facts | None = None) -> Evidence:
    report = AuditLog(db, TEST_SECRET).verify() if chain else None
    with db.session() as session:
        return compute([key], EvidenceContext(session, with_facts or facts(), report, utcnow()))[key]


def _tool(db: Database, name: str, confidentiality: Confidentiality, mention: str | None = None) -> int:
    with db.session(write=True) as session:
        tool = add_tool(
            session,
            name=name,
            base_url=f"https://{name.lower().replace(' ', '-')}.example.org/v1",
            confidentiality=confidentiality,
            models={name.lower().replace(" ", "-"): "model-1"},
            visible_mention=mention,
        )
        approve_reviewed(session, tool.id)
        return tool.id


def test_training_coverage_counts_people_trained_and_bound_by_the_current_charter(database: Database) -> None:
    with database.session(write=True) as session:
        publish_charter(session, version="2026-1", title="Charte", body="J'utilise les outils approuvés.")
    lucie = add_person(database, "Lucie Bernard", "lucie.bernard@example.org")
    marc = add_person(database, "Marc Petit", "marc.petit@example.org", Role.REFERENT)
    add_person(database, "Application dossier", "dpi@example.org", Role.APPLICATION)  # answers for no one
    assert _evidence(database, "training_coverage").level is Level.MISSING
    with database.session(write=True) as session:
        record_training(session, lucie, completed_on=date.today() - timedelta(days=10))
        accept_charter(session, lucie)
        record_training(session, marc, completed_on=date.today() - timedelta(days=5))
    found = _evidence(database, "training_coverage")
    assert found.level is Level.WARNING
    assert found.value.startswith("1 / 2 (50 %)")
    with database.session(write=True) as session:
        accept_charter(session, marc)
    assert _evidence(database, "training_coverage").level is Level.OK
    # a new charter version: nobody has accepted it yet
    with database.session(write=True) as session:
        publish_charter(session, version="2026-2", title="Charte", body="Nouvelle version.")
    assert _evidence(database, "training_coverage").level is Level.MISSING
    assert "acceptée par 0 / 2" in _evidence(database, "charter_acceptance").value


def test_expired_training_does_not_count(database: Database) -> None:
    with database.session(write=True) as session:
        publish_charter(session, version="2026-1", title="Charte", body="J'utilise les outils approuvés.")
    lucie = add_person(database, "Lucie Bernard", "lucie.bernard@example.org")
    with database.session(write=True) as session:
        record_training(
            session,
            lucie,
            completed_on=date.today() - timedelta(days=400),
            valid_until=date.today() - timedelta(days=1),
        )
        accept_charter(session, lucie)
    assert _evidence(database, "training_coverage").value.startswith("0 / 1")


def test_coverage_follows_the_gateways_rule_on_mandatory_modules(database: Database) -> None:
    # A training that is not the module mandatory for the role does not cover: the gateway refuses.
    with database.session(write=True) as session:
        publish_charter(session, version="2026-1", title="Charte", body="J'utilise les outils approuvés.")
        add_module(
            session,
            title="IA générative et secret médical",
            validity_months=12,
            mandatory_for=[Role.PROFESSIONAL],
        )
    lucie = add_person(database, "Lucie Bernard", "lucie.bernard@example.org")
    with database.session(write=True) as session:
        record_training(session, lucie, completed_on=date.today() - timedelta(days=10))
        accept_charter(session, lucie)
    assert _evidence(database, "training_coverage").value.startswith("0 / 1")


def test_tools_and_the_policy(database: Database) -> None:
    bootstrap(database)  # aperçu, built in, is not a tool that reaches a model
    assert _evidence(database, "tool_classes").level is Level.INFO
    _tool(database, "Mistral Contrat", Confidentiality.CONTRACTED, mention="Rédigé avec l'aide de l'IA")
    _tool(database, "Chat Public", Confidentiality.PUBLIC)
    classes = _evidence(database, "tool_classes")
    assert classes.level is Level.OK
    assert "Mistral Contrat : fournisseur sous contrat (pseudonymiser avant l'envoi)" in classes.value
    assert "aperçu" not in classes.value
    mentions = _evidence(database, "visible_mentions")
    assert (mentions.level, mentions.value) == (
        Level.WARNING,
        "1 / 2 outils ont une mention ; sans : Chat Public",
    )
    # the review's answers for a public tool: no art. 28 contract, inputs reused for training
    assessment = _evidence(database, "tool_assessment")
    assert assessment.level is Level.WARNING
    assert assessment.value == (
        "2 / 2 outils autorisés ont une évaluation complète ; sans contrat art. 28 : Chat Public ; "
        "réutilisation des entrées pour l'entraînement non exclue : Chat Public"
    )
    # a matrix that lets identifying data reach a contracted tool unmasked is evidence against
    lax = facts(
        policy_matrix={"public": "block", "contracted": "allow", "hds": "allow", "on_premise": "allow"}
    )
    assert _evidence(database, "policy_matrix", with_facts=lax).level is Level.MISSING
    exposed = _evidence(database, "tool_classes", with_facts=lax)
    assert exposed.level is Level.MISSING and "Mistral Contrat" in exposed.value.split("—")[0]
    assert _evidence(database, "policy_matrix").level is Level.OK


def test_refusals_and_activity_are_counted_from_the_audit_trail(database: Database) -> None:
    log = AuditLog(database, TEST_SECRET)
    assert _evidence(database, "gateway_activity").level is Level.WARNING
    log.append(
        *[GatewayRequestReceived(endpoint="chat.completions", tool_id=1, model="m") for _ in range(3)],
        GatewayPolicyDecision(tool_id=1, confidentiality="public", action="block", counts={"NOM": 1}),
        GatewayPolicyDecision(tool_id=1, confidentiality="public", action="block", counts={"NIR": 1}),
        GatewayPolicyDecision(
            tool_id=1, confidentiality="contracted", action="pseudonymise", counts={"NOM": 2}
        ),
        GatewayPolicyDecision(tool_id=1, confidentiality="contracted", action="allow"),
        GatewayAccessRefused(reason_code="training_required", status=403),
    )
    refusals = _evidence(database, "refusals")
    assert "2 demandes bloquées" in refusals.value
    assert "1 pseudonymisées" in refusals.value
    assert "1 refusées avant l'outil" in refusals.value
    activity = _evidence(database, "gateway_activity")
    assert activity.level is Level.OK and activity.value.startswith("3 demandes journalisées sur 30 jours")
    # outside the window: not counted
    with database.session(write=True) as session:
        session.execute(update(AuditRecord).values(recorded_at=utcnow() - timedelta(days=31)))
    assert "0 demandes bloquées" in _evidence(database, "refusals").value


def test_the_audit_chain_is_verified_and_a_tampered_record_is_named(database: Database) -> None:
    log = AuditLog(database, TEST_SECRET)
    log.append(GatewayRequestReceived(endpoint="chat.completions", tool_id=1, model="m"))
    assert _evidence(database, "audit_chain").level is Level.INFO  # not checked in this view
    good = _evidence(database, "audit_chain", chain=True)
    assert good.level is Level.OK and "intègre" in good.value
    with database.session(write=True) as session:
        session.execute(update(AuditRecord).values(canonical=AuditRecord.canonical + " "))
    bad = _evidence(database, "audit_chain", chain=True)
    assert bad.level is Level.MISSING and "rompu à l'enregistrement n°1" in bad.value


@pytest.mark.parametrize(("days", "level"), [(183, Level.OK), (365, Level.OK), (400, Level.WARNING)])
def test_retention(database: Database, days: int, level: Level) -> None:
    found = _evidence(database, "audit_retention", with_facts=facts(retention_days=days))
    assert found.level is level and f"conservé {days} jours" in found.value


def _scan(db: Database, scan_id: str, finished_days_ago: int, hosts: dict[str, str]) -> None:
    finished = utcnow() - timedelta(days=finished_days_ago)
    with db.session(write=True) as session:
        session.add(
            ShadowScan(
                id=scan_id,
                started_at=finished,
                finished_at=finished,
                files=1,
                formats="squid",
                lines=10,
                records=10,
                ignored=0,
                malformed=0,
                ai_requests=len(hosts),
                uploads_known=False,
                catalogue_version="test",
                approved_tools=0,
            )
        )
        session.flush()
        for host, kind in hosts.items():
            session.add(
                ShadowUsage(
                    scan_id=scan_id,
                    day=finished.date(),
                    host=host,
                    kind=kind,
                    reason="catalogue",
                    vendor="v",
                    category="c",
                    country="US",
                    eea=False,
                    catalogue_domain=host,
                    tool="",
                    service="Cardiologie",
                    user_pseudonym="u-0123456789ab",
                    first_seen=finished,
                    last_seen=finished,
                    requests=3,
                    blocked=0,
                    bytes_sent=None,
                    bytes_received=None,
                )
            )


def test_shadow_scans(database: Database) -> None:
    assert _evidence(database, "shadow_scans").level is Level.MISSING
    _scan(database, "old", 200, {"chat.example.com": "unapproved"})
    assert _evidence(database, "shadow_scans").level is Level.WARNING
    _scan(
        database,
        "new",
        2,
        {"chat.example.com": "unapproved", "gpt.example.ai": "unapproved", "llm.chu.fr": "approved"},
    )
    found = _evidence(database, "shadow_scans")
    assert found.level is Level.OK
    assert "2 analyses enregistrées" in found.value and "2 destinations d'IA non autorisées" in found.value


def test_roles_notice_and_register_say_what_is_missing(database: Database) -> None:
    roles = _evidence(database, "roles_designated")
    assert roles.level is Level.WARNING and "à désigner : DPO, RSSI, référent" in roles.value
    for role, email in (
        (Role.DPO, "dpo@example.org"),
        (Role.RSSI, "rssi@example.org"),
        (Role.REFERENT, "ref@example.org"),
    ):
        add_person(database, "Personne Test", email, role)
    assert _evidence(database, "roles_designated").level is Level.OK
    assert _evidence(database, "patient_notice").level is Level.OK
    from egide.compliance import ComplianceConfig

    bare = facts(config=ComplianceConfig())
    assert "compliance.dpo_contact" in _evidence(database, "patient_notice", with_facts=bare).value
    assert "compliance.establishment" in _evidence(database, "processing_register", with_facts=bare).value


def test_an_evidence_key_unknown_to_this_version_is_said_not_dropped(database: Database) -> None:
    found = _evidence(database, "future_evidence")
    assert found.level is Level.WARNING and "inconnue de cette version" in found.value


def test_a_tool_approved_without_an_assessment_is_evidence_against(database: Database) -> None:
    # A database from before assessments: a tool approved with no review on record.
    with database.session(write=True) as session:
        tool = add_tool(
            session,
            name="Ancien outil",
            base_url="https://ancien.example.org/v1",
            confidentiality=Confidentiality.CONTRACTED,
            models={"ancien": "model-1"},
        )
        session.execute(update(Tool).where(Tool.id == tool.id).values(status="approved"))
    found = _evidence(database, "tool_assessment")
    assert found.level is Level.MISSING
    assert found.value == "0 / 1 outils autorisés ont une évaluation complète ; à évaluer : Ancien outil"
