"""The review of a tool: assessment, opinions, decision; what reopens it; overrides; alerts; audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from egide.audit import AuditLog
from egide.audit.chain import keyed_hash
from egide.confidentiality import Confidentiality
from egide.errors import AccessDenied, Conflict, InputError
from egide.governance import (
    APERCU_ALIAS,
    AlertKind,
    AssessmentInput,
    Principal,
    Role,
    ToolStatus,
    ToolUnavailable,
    add_tool,
    alerts,
    approve_tool,
    bootstrap,
    decide,
    find_tool,
    give_opinion,
    override_class,
    parse_assessment,
    refresh_classes,
    resolve_model,
    review,
    save_assessment,
    suspend_tool,
    tool_history,
)
from egide.governance.classify import AiActRisk, Answer, MedicalDevice
from egide.governance.people import today
from egide.store import Database
from egide.store.models.audit import AuditRecord
from egide.store.models.governance import Tool
from tests.conftest import TEST_SECRET
from tests.governance.reviewed import answers_for, reviewer

CALLER = Principal(user_id=1, role=Role.PROFESSIONAL, key_id=1, display_name="Dr Anne Morel")
COMMENT = "Sous réserve de la clause de réversibilité"
RATIONALE = "Revue complète ; réserve du RSSI levée par l'avenant n° 2"


def _tool(db: Database, klass: str = "public") -> int:
    with db.session(write=True) as session:
        return add_tool(
            session,
            name="Rédaction",
            base_url="https://llm.example.fr/v1",
            confidentiality=klass,
            models={"r": "r-1"},
        ).id


def _people(db: Database) -> dict[Role, int]:
    with db.session(write=True) as session:
        return {role: reviewer(session, role) for role in (Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT)}


def _assess(db: Database, tool_id: int, form: AssessmentInput, admin: int) -> None:
    with db.session(write=True) as session:
        save_assessment(session, tool_id, form, actor_user_id=admin)


def _opinions(db: Database, tool_id: int, who: dict[Role, int], verdict: str = "favourable") -> None:
    with db.session(write=True) as session:
        for role in (Role.DPO, Role.RSSI, Role.REFERENT):
            give_opinion(
                session,
                tool_id,
                verdict if role is Role.DPO else "favourable",
                COMMENT,
                actor_user_id=who[role],
            )


def _approve(db: Database, tool_id: int, admin: int) -> None:
    with db.session(write=True) as session:
        approve_tool(session, tool_id, rationale=RATIONALE, actor_user_id=admin)


def test_approval_needs_a_complete_assessment_and_the_three_opinions(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    with pytest.raises(Conflict, match="aucune évaluation"), database.session(write=True) as session:
        approve_tool(session, tool_id, rationale=RATIONALE, actor_user_id=who[Role.ADMIN])
    draft = replace(answers_for("hds"), purpose=None, forbidden_uses="")
    _assess(database, tool_id, draft, who[Role.ADMIN])
    with database.session() as session:
        state = review(session, tool_id)
    assert state.missing == ("finalité", "usages interdits")
    with pytest.raises(Conflict, match="complète"), database.session(write=True) as session:
        give_opinion(session, tool_id, "favourable", COMMENT, actor_user_id=who[Role.DPO])
    _assess(database, tool_id, answers_for("hds"), who[Role.ADMIN])
    with database.session(write=True) as session:
        give_opinion(session, tool_id, "favourable", COMMENT, actor_user_id=who[Role.DPO])
    with pytest.raises(Conflict) as refused, database.session(write=True) as session:
        approve_tool(session, tool_id, rationale=RATIONALE, actor_user_id=who[Role.ADMIN])
    assert "avis manquant : RSSI ; avis manquant : référent médical" in refused.value.message
    with database.session(write=True) as session:
        for role in (Role.RSSI, Role.REFERENT):
            give_opinion(session, tool_id, "favourable", COMMENT, actor_user_id=who[role])
    with pytest.raises(InputError), database.session(write=True) as session:
        approve_tool(session, tool_id, rationale="  ", actor_user_id=who[Role.ADMIN])
    _approve(database, tool_id, who[Role.ADMIN])
    with database.session() as session:
        route = resolve_model(session, CALLER, "r")
        state = review(session, tool_id)
    assert route.confidentiality is Confidentiality.HDS  # the computed class is what the gateway applies
    assert state.tool.status is ToolStatus.APPROVED and state.approval_blockers == ()
    assert [(d.outcome, d.rationale) for d in state.decisions] == [(ToolStatus.APPROVED, RATIONALE)]


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"ai_act_risk": AiActRisk.PROHIBITED}, "pratique d'IA interdite"),
        ({"medical_device": MedicalDevice.NOT_MARKED}, "sans marquage CE"),
    ],
)
def test_blocking_answers_forbid_approval(
    sqlite_database: Database, changes: dict[str, object], why: str
) -> None:
    who = _people(sqlite_database)
    tool_id = _tool(sqlite_database)
    _assess(sqlite_database, tool_id, replace(answers_for("contracted"), **changes), who[Role.ADMIN])  # type: ignore[arg-type]
    _opinions(sqlite_database, tool_id, who)
    with pytest.raises(Conflict, match=why), sqlite_database.session(write=True) as session:
        approve_tool(session, tool_id, rationale=RATIONALE, actor_user_id=who[Role.ADMIN])


def test_each_role_gives_its_own_opinion_and_only_the_dsih_decides(database: Database) -> None:
    who = _people(database)
    with database.session(write=True) as session:
        from egide.governance import add_user

        nurse = add_user(session, name="IDE test", email="ide@chu-test.fr", role=Role.PROFESSIONAL).id
    tool_id = _tool(database)
    _assess(database, tool_id, answers_for("contracted"), who[Role.ADMIN])
    for actor in (who[Role.ADMIN], nurse, None):
        with pytest.raises(AccessDenied), database.session(write=True) as session:
            give_opinion(session, tool_id, "favourable", COMMENT, actor_user_id=actor)
    for role in (Role.DPO, Role.RSSI, Role.REFERENT):
        with pytest.raises(AccessDenied), database.session(write=True) as session:
            save_assessment(session, tool_id, answers_for("hds"), actor_user_id=who[role])
        with pytest.raises(AccessDenied), database.session(write=True) as session:
            override_class(session, tool_id, "hds", "Justification assez longue", actor_user_id=who[role])
    _opinions(database, tool_id, who)
    for role in (Role.DPO, Role.RSSI, Role.REFERENT):
        with pytest.raises(AccessDenied), database.session(write=True) as session:
            approve_tool(session, tool_id, rationale=RATIONALE, actor_user_id=who[role])
    with database.session() as session:
        state = review(session, tool_id)
    # The opinion's role is the account's role, whoever asks.
    assert {role: o.user_id for role, o in state.opinions.items() if o} == {
        Role.DPO: who[Role.DPO], Role.RSSI: who[Role.RSSI], Role.REFERENT: who[Role.REFERENT]
    }  # fmt: skip


def test_an_unfavourable_opinion_is_answered_not_a_veto(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    _assess(database, tool_id, answers_for("contracted"), who[Role.ADMIN])
    _opinions(database, tool_id, who, verdict="unfavourable")
    _approve(database, tool_id, who[Role.ADMIN])
    approved = [e for e in AuditLog(database, TEST_SECRET).events() if e.kind == "tool.approved"]
    assert approved[-1].data["against_opinions"] == ["dpo"]


@pytest.mark.parametrize(
    ("path", "outcome"),
    [
        ([], "suspended"),  # proposed → suspended
        (["approved"], "approved"),  # approved twice
        (["approved", "retired"], "approved"),  # retired → approved
        (["approved", "retired"], "retired"),  # retired twice
        (["approved", "retired"], "suspended"),
        ([], "proposed"),  # a decision is never « proposed »
    ],
)
def test_illegal_decisions_are_refused(sqlite_database: Database, path: list[str], outcome: str) -> None:
    who = _people(sqlite_database)
    tool_id = _tool(sqlite_database)
    _assess(sqlite_database, tool_id, answers_for("contracted"), who[Role.ADMIN])
    _opinions(sqlite_database, tool_id, who)
    with sqlite_database.session(write=True) as session:
        for step in path:
            decide(session, tool_id, step, RATIONALE, actor_user_id=who[Role.ADMIN])
        status = find_tool(session, str(tool_id)).status
    with pytest.raises((Conflict, InputError)), sqlite_database.session(write=True) as session:
        decide(session, tool_id, outcome, RATIONALE, actor_user_id=who[Role.ADMIN])
    with sqlite_database.session() as session:
        assert find_tool(session, str(tool_id)).status is status  # nothing changed


def test_suspension_and_its_lifting_are_decisions_and_the_gateway_follows(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    _assess(database, tool_id, answers_for("contracted"), who[Role.ADMIN])
    _opinions(database, tool_id, who)
    _approve(database, tool_id, who[Role.ADMIN])
    with database.session(write=True) as session:
        decide(session, tool_id, "suspended", "Incident chez l'éditeur", actor_user_id=who[Role.ADMIN])
    with pytest.raises(ToolUnavailable) as stopped, database.session() as session:
        resolve_model(session, CALLER, "r")
    assert stopped.value.code == "model_suspended"
    _approve(database, tool_id, who[Role.ADMIN])  # the round's opinions still count
    with database.session() as session:
        assert resolve_model(session, CALLER, "r").tool_id == tool_id
        outcomes = [d.outcome for d in review(session, tool_id).decisions]
    assert outcomes == [ToolStatus.APPROVED, ToolStatus.SUSPENDED, ToolStatus.APPROVED]


def test_a_new_model_version_asks_for_a_new_review(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    _assess(database, tool_id, answers_for("contracted"), who[Role.ADMIN])
    _opinions(database, tool_id, who)
    _approve(database, tool_id, who[Role.ADMIN])
    _assess(database, tool_id, replace(answers_for("contracted"), purpose="Autre libellé"), who[Role.ADMIN])
    with database.session() as session:
        assert find_tool(session, str(tool_id)).status is ToolStatus.APPROVED  # an edit alone changes nothing
    _assess(database, tool_id, replace(answers_for("contracted"), model_version="2"), who[Role.ADMIN])
    with pytest.raises(ToolUnavailable) as stopped, database.session() as session:
        resolve_model(session, CALLER, "r")
    assert stopped.value.code == "model_not_approved"
    with database.session() as session:
        state = review(session, tool_id)
        found = alerts(session)
    assert state.review_round == 2 and state.tool.status is ToolStatus.PROPOSED
    assert all(o is None for o in state.opinions.values()) and len(state.all_opinions) == 3
    assert [(a.tool_id, a.kind) for a in found] == [(tool_id, AlertKind.REVIEW_REOPENED)]
    reopened = [e for e in AuditLog(database, TEST_SECRET).events() if e.kind == "tool.review_reopened"]
    assert [(e.data["reason_code"], e.data["previous_status"]) for e in reopened] == [
        ("model_version_changed", "approved")
    ]
    _opinions(database, tool_id, who)
    _approve(database, tool_id, who[Role.ADMIN])
    with database.session() as session:
        assert resolve_model(session, CALLER, "r").tool_id == tool_id


def test_a_lower_class_applies_at_once_a_higher_one_reopens(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    _assess(database, tool_id, answers_for("hds"), who[Role.ADMIN])
    _opinions(database, tool_id, who)
    _approve(database, tool_id, who[Role.ADMIN])
    lower = replace(answers_for("hds"), inputs_reused_for_training=Answer.YES)
    _assess(database, tool_id, lower, who[Role.ADMIN])
    with database.session() as session:
        route = resolve_model(session, CALLER, "r")
    assert route.confidentiality is Confidentiality.PUBLIC  # stricter at once, still approved
    _assess(database, tool_id, answers_for("hds"), who[Role.ADMIN])
    with database.session() as session:
        tool = find_tool(session, str(tool_id))
    assert (tool.status, tool.confidentiality) == (ToolStatus.PROPOSED, Confidentiality.HDS)


def test_the_dsih_overrides_the_class_with_a_justification(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    admin = who[Role.ADMIN]
    with pytest.raises(Conflict), database.session(write=True) as session:
        override_class(session, tool_id, "hds", "Avant toute évaluation", actor_user_id=admin)
    _assess(database, tool_id, answers_for("public"), admin)
    with pytest.raises(InputError), database.session(write=True) as session:
        override_class(session, tool_id, "contracted", "court", actor_user_id=admin)
    with database.session(write=True) as session:
        applied = override_class(
            session, tool_id, "contracted", "Avenant signé le 02/12, clauses en annexe", actor_user_id=admin
        )
        state = review(session, tool_id)
    assert applied is Confidentiality.CONTRACTED
    assert state.classification is not None and state.classification.klass is Confidentiality.PUBLIC
    assert (
        state.override_class is Confidentiality.CONTRACTED
        and state.effective_class is Confidentiality.CONTRACTED
    )
    assert state.override_justification == "Avenant signé le 02/12, clauses en annexe"
    with database.session(write=True) as session:
        assert (
            override_class(session, tool_id, None, "Retour au calcul", actor_user_id=admin)
            is Confidentiality.PUBLIC
        )


def test_audit_events_carry_ids_and_digests_never_the_texts(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    form = replace(answers_for("public"), purpose="Synthèse pour M. Jean DUPONT")  # a slip in a form
    _assess(database, tool_id, form, who[Role.ADMIN])
    with database.session(write=True) as session:
        override_class(
            session,
            tool_id,
            "contracted",
            "Justification : avenant de M. DUPONT",
            actor_user_id=who[Role.ADMIN],
        )
    _opinions(database, tool_id, who)
    _approve(database, tool_id, who[Role.ADMIN])
    with database.session() as session:
        canonical = " ".join(session.scalars(select(AuditRecord.canonical)))
        history = tool_history(session, tool_id)
    for text in ("DUPONT", "Synthèse", COMMENT, RATIONALE, "avenant"):
        assert text not in canonical
    assert [h.kind for h in history] == [
        "tool.approved", *["tool.opinion_given"] * 3, "tool.class_overridden", "tool.assessed", "tool.added"
    ]  # fmt: skip
    assert history[1].data["comment_digest"] == keyed_hash(TEST_SECRET, f'"{COMMENT}"')
    assert history[0].data["rationale_digest"] == keyed_hash(TEST_SECRET, f'"{RATIONALE}"')
    assert history[0].actor_name == "DSIH revue"
    assert AuditLog(database, TEST_SECRET).verify().ok


def test_alerts_before_expiries_and_the_class_lowered_when_they_pass(database: Database) -> None:
    who = _people(database)
    tool_id = _tool(database)
    soon = today() + timedelta(days=20)
    form = replace(answers_for("hds"), hds_expires_on=soon, gdpr_contract_expires_on=soon + timedelta(days=5))
    _assess(database, tool_id, form, who[Role.ADMIN])
    with database.session() as session:
        assert alerts(session, within_days=10) == []
        found = alerts(session, within_days=30)
    assert [(a.kind, a.days_left) for a in found] == [
        (AlertKind.HDS_CERTIFICATE, 20),
        (AlertKind.GDPR_CONTRACT, 25),
    ]
    with database.session(write=True) as session:
        assert refresh_classes(session, today=soon) == []  # valid to the day
        assert refresh_classes(session, today=soon + timedelta(days=1)) == [tool_id]
        assert refresh_classes(session, today=soon + timedelta(days=1)) == []  # once
        tool = session.get(Tool, tool_id)
        assert tool is not None and tool.confidentiality == "contracted"
        found = alerts(session, today=soon + timedelta(days=1))
    assert found[0].message == f"certificat HDS expiré depuis le {soon:%d/%m/%Y}"
    applied = [e for e in AuditLog(database, TEST_SECRET).events() if e.kind == "tool.class_applied"]
    assert [(e.data["previous_class"], e.data["applied_class"]) for e in applied] == [("hds", "contracted")]


def test_a_tool_approved_before_reviews_existed_is_flagged(sqlite_database: Database) -> None:
    tool_id = _tool(sqlite_database)
    with sqlite_database.session(write=True) as session:  # as a database of an earlier version holds it
        tool = session.get(Tool, tool_id)
        assert tool is not None
        tool.status = "approved"
    with sqlite_database.session() as session:
        assert [(a.tool_id, a.kind) for a in alerts(session)] == [(tool_id, AlertKind.NOT_ASSESSED)]


def test_the_builtin_tool_needs_no_review(sqlite_database: Database) -> None:
    bootstrap(sqlite_database)
    who = _people(sqlite_database)
    with sqlite_database.session(write=True) as session:
        apercu = resolve_model(session, CALLER, APERCU_ALIAS).tool_id
        suspend_tool(session, apercu, actor_user_id=who[Role.ADMIN])
        approve_tool(session, apercu, rationale="Reprise après test", actor_user_id=who[Role.ADMIN])
        assert review(session, apercu).builtin
        assert alerts(session) == []
    # Its class is égide's to say: an assessment or an override would only lower it.
    with pytest.raises(Conflict, match="intégré"), sqlite_database.session(write=True) as session:
        save_assessment(session, apercu, AssessmentInput(), actor_user_id=who[Role.ADMIN])
    with pytest.raises(Conflict, match="intégré"), sqlite_database.session(write=True) as session:
        override_class(session, apercu, "public", "Essai de justification", actor_user_id=who[Role.ADMIN])
    with sqlite_database.session() as session:
        assert find_tool(session, str(apercu)).confidentiality is Confidentiality.ON_PREMISE


def test_only_builtin_tools_are_registered_approved(sqlite_database: Database) -> None:
    with pytest.raises(Conflict), sqlite_database.session(write=True) as session:
        add_tool(
            session, name="X", base_url="https://x.example.fr/v1", confidentiality="hds", models={"x": "x"},
            status=ToolStatus.APPROVED,
        )  # fmt: skip


@pytest.mark.parametrize(
    ("values", "param"),
    [
        ({"hosting": "cloud"}, "hosting"),
        ({"hosting_country": "France"}, "hosting_country"),
        ({"hds_activities": "2,7"}, "hds_activities"),
        ({"hds_expires_on": "31/12/2027"}, "hds_expires_on"),
        ({"retention_days": "-1"}, "retention_days"),
        ({"vendor": "x" * 201}, "vendor"),
        ({"vendeur": "Mistral"}, "vendeur"),
    ],
)
def test_bad_answers_are_refused_with_the_field_named(values: dict[str, str], param: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_assessment(values)
    assert refused.value.param == param


def test_a_form_is_read_from_strings() -> None:
    form = parse_assessment(
        {"vendor": " Mistral AI ", "hosting": "provider", "hosting_country": "fr", "hds_activities": "5;2, 3",
         "retention_days": "30", "storage_in_eea": "yes", "hds_expires_on": "2027-12-31", "purpose": ""}
    )  # fmt: skip
    assert form.vendor == "Mistral AI" and form.hosting_country == "FR" and form.purpose is None
    assert form.hds_activities == frozenset({2, 3, 5}) and form.retention_days == 30
    assert form.storage_in_eea is Answer.YES and form.hds_expires_on is not None
