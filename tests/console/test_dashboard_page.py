"""The dashboard page and its CSV exports (SQLite and PostgreSQL): who may open them, the filters,
the audit event of an export, and that pages and files hold counts and no identifier."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from egide.audit import AuditLog
from egide.gateway.events import GatewayPolicyDecision
from egide.governance import Role
from tests.conftest import TEST_SECRET
from tests.console.conftest import Account, Clock, Console


def _decision(at: datetime, action: str, counts: dict[str, int]) -> GatewayPolicyDecision:
    return GatewayPolicyDecision(
        occurred_at=at,
        actor_user_id=1,
        request_id=f"r-{at:%d%H%M}",
        tool_id=1,
        confidentiality="on_premise",
        action=action,
        counts=counts,  # type: ignore[arg-type]
    )


@pytest.fixture
def trail(console: Console) -> None:
    clock = Clock()
    clock.now = datetime(2026, 10, 12, 9, tzinfo=UTC)
    console.set_clock(clock)
    AuditLog(console.database, TEST_SECRET).append(
        _decision(datetime(2026, 10, 5, 10, tzinfo=UTC), "pseudonymise", {"NOM": 1}),
        _decision(datetime(2026, 10, 6, 10, tzinfo=UTC), "block", {"NIR": 1}),
        _decision(datetime(2026, 10, 6, 11, tzinfo=UTC), "allow", {}),
    )


@pytest.mark.parametrize("role", [Role.ADMIN, Role.DPO, Role.RSSI, Role.REFERENT])
def test_the_roles_that_govern_see_the_counts(
    console: Console, make_user: Callable[..., Account], trail: None, role: Role
) -> None:
    client = console.signed_in(make_user(role))
    page = client.get("/console/dashboard?debut=2026-10-05&fin=2026-10-11")
    assert page.status_code == 200
    text = page.text
    assert "du 05/10/2026 au 11/10/2026, par jour" in text
    assert "<strong>3</strong> <span>requêtes décidées</span>" in text
    assert '<th scope="row">NIR (identifiant national)</th><td data-label="requêtes bloquées">1</td>' in text
    assert 'href="/console/dashboard/requetes-par-decision.csv?debut=2026-10-05&amp;fin=2026-10-11"' in text


def test_professionals_are_refused(console: Console, make_user: Callable[..., Account]) -> None:
    client = console.signed_in(make_user(Role.PROFESSIONAL))
    assert client.get("/console/dashboard").status_code == 403
    assert client.get("/console/dashboard/requetes-par-outil.csv").status_code == 403


def test_a_csv_export_is_the_chart_and_an_audit_event(
    console: Console, make_user: Callable[..., Account], trail: None
) -> None:
    dpo = make_user(Role.DPO)
    client = console.signed_in(dpo)
    answer = client.get("/console/dashboard/requetes-par-decision.csv?debut=2026-10-05&fin=2026-10-07")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert (
        'filename="requetes-par-decision_2026-10-05_2026-10-07.csv"' in answer.headers["content-disposition"]
    )
    assert list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")))) == [
        ["jour", "transmises telles quelles", "pseudonymisées", "bloquées"],
        ["2026-10-05", "0", "1", "0"],
        ["2026-10-06", "1", "0", "1"],
        ["2026-10-07", "0", "0", "0"],
    ]
    exported = [e for e in AuditLog(console.database, TEST_SECRET).events() if e.kind == "dashboard.exported"]
    assert [(e.actor_user_id, e.data["chart"], e.data["start"], e.data["end"]) for e in exported] == [
        (dpo.user_id, "requetes-par-decision", "2026-10-05", "2026-10-07")
    ]


def test_bad_filters_show_the_default_period_and_why_a_file_refuses_them(
    console: Console, make_user: Callable[..., Account], trail: None
) -> None:
    client = console.signed_in(make_user(Role.RSSI))
    page = client.get("/console/dashboard?debut=05%2F10%2F2026")
    assert page.status_code == 200
    assert "Filtres ignorés : date attendue au format AAAA-MM-JJ." in page.text
    assert "du 15/09/2026 au 12/10/2026, par jour" in page.text  # the last 28 days to the clock's today
    assert client.get("/console/dashboard/requetes-par-decision.csv?fin=2027-01-01").status_code == 400
    assert client.get("/console/dashboard/inconnu.csv").status_code == 404


def test_the_service_filter(console: Console, make_user: Callable[..., Account], trail: None) -> None:
    from egide.governance import add_user

    with console.database.session(write=True) as session:
        add_user(
            session,
            name="Soignante Cardio",
            email="cardio@essai.egide.test",
            role=Role.PROFESSIONAL,
            service="Cardiologie",
        )
    client = console.signed_in(make_user(Role.ADMIN))
    page = client.get("/console/dashboard")
    assert '<option value="Cardiologie">Cardiologie</option>' in page.text
    assert '<option value="(aucun)">sans service</option>' in page.text
    chosen = client.get("/console/dashboard?debut=2026-10-05&fin=2026-10-11&service=Cardiologie")
    assert "service « Cardiologie »" in chosen.text
    # The trail's decisions are the administrator's (no service): none in Cardiologie.
    assert "<strong>0</strong> <span>requêtes décidées</span>" in chosen.text
    assert "service=Cardiologie" in chosen.text  # the CSV links keep the filter
