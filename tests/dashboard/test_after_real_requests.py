"""Real requests through the gateway (allowed, pseudonymised, blocked, refused) move the dashboard's
numbers by exactly what was sent, and no chart, table or CSV holds any of the identifiers sent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from egide.app import database_of
from egide.dashboard import dashboard, period_of, render, table, to_csv
from egide.dashboard.trail import Filters
from egide.gateway.app import create_app
from egide.governance import bootstrap
from tests.gateway.conftest import ModelServer, make_settings
from tests.governance.reviewed import add_approved

IDENTIFIERS = ["Jeanne", "DUPONT", "2 61 02 75 115 123 45", "261027511512345", "06 12 34 56 78", "1961"]
NOTE = "Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45, tél. 06 12 34 56 78 : synthèse."


def test_requests_move_the_counts_and_leave_no_text(tmp_path: Path, model_server: ModelServer) -> None:
    settings = make_settings(tmp_path)
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    assert key is not None
    with database.session(write=True) as session:
        add_approved(
            session, model_server.url, [("Contrat", "contracted", "m"), ("Grand public", "public", "p")]
        )
    today = datetime.now(UTC).astimezone(period_of(today=datetime.now(UTC).date()).zone).date()
    filters = Filters(period_of(today=today))

    def ask(model: str, text: str) -> int:
        answer = client.post(
            "/v1/chat/completions",
            json={"model": model, "messages": [{"role": "user", "content": text}]},
            headers={"authorization": f"Bearer {key}"},
        )
        return answer.status_code

    with TestClient(create_app(settings, database=database)) as client:
        with database.session() as session:
            before = dashboard(session, filters)
        assert [f.value for f in before.figures][:4] == ["0", "—", "0", "0"]
        assert ask("p", "Quels sont les effets indésirables fréquents de l'amoxicilline ?") == 200  # allowed
        assert ask("m", NOTE) == 200  # pseudonymised (contracted)
        assert ask("apercu", NOTE) == 200  # pseudonymised (on premise, aperçu)
        assert ask("p", NOTE) == 403  # blocked (public)
        assert ask("inconnu", "Bonjour") == 404  # refused before the policy
    with database.session() as session:
        after = dashboard(session, filters)
    figures = {f.label: f.value for f in after.figures}
    assert figures["requêtes décidées"] == "4"
    assert figures["pseudonymisées"] == "50\u00a0%"
    assert figures["bloquées par la politique"] == "1"
    assert figures["refusées avant la politique"] == "1"
    by_tool = {row[0]: row[1:] for row in after.chart("requetes-par-outil").rows()}
    assert by_tool == {"Grand public": ("1", "0", "1"), "Contrat": ("0", "1", "0"), "aperçu": ("0", "1", "0")}
    blocked = dict(after.chart("blocages-par-categorie").rows())
    assert blocked["NOM (identité)"] == "1" and blocked["NIR (identifiant national)"] == "1"
    assert dict(after.chart("refus-par-motif").rows()) == {
        "données identifiantes": "1",
        "modèle inconnu": "1",
    }
    shown = "".join(
        str(render(c)) + str(render(c, width=360)) + str(table(c)) + to_csv(c)
        for section in after.sections
        for c in section.charts
    )
    for identifier in IDENTIFIERS:
        assert identifier not in shown
    database.dispose()
