"""The whole dashboard and one chart at a time, from the hand-written trail (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from egide.dashboard import CHART_KEYS, chart, dashboard, period_of, to_csv
from egide.dashboard.trail import Filters
from egide.errors import NotFound
from egide.store import Database

from .trail_sample import People

WEEK = dict(today=date(2026, 10, 20), start="2026-10-05", end="2026-10-11")


def test_headline_figures_and_charts_of_the_week(database: Database, people: People) -> None:
    with database.session() as session:
        shown = dashboard(session, Filters(period_of(**WEEK)))
    figures = {f.label: f.value for f in shown.figures}
    # 6 decided: 1 allowed, 2 pseudonymised (33,3 %), 3 blocked; 3 refused before the policy.
    assert figures["requêtes décidées"] == "6"
    assert figures["pseudonymisées"] == "33,3\u00a0%"
    assert figures["bloquées par la politique"] == "3"
    assert figures["refusées avant la politique"] == "3"
    assert figures["destinations d'IA non approuvées (proxy)"] == "0"
    assert figures["réponses de l'assistant vérifiées"] == "33,3\u00a0%"  # 1 of 3 verdicts in the week
    assert {c.key for s in shown.sections for c in s.charts} == set(CHART_KEYS)
    by_tool = shown.chart("requetes-par-outil")
    assert by_tool.categories == ("aperçu (test)", "Mistral HDS")  # 3 each: by name
    assert [s.values for s in by_tool.series] == [(1.0, 0.0), (1.0, 1.0), (1.0, 2.0)]
    assert shown.chart("requetes-par-modele").rows() == [
        ("apercu-test (aperçu (test))", "3"),
        ("mistral (Mistral HDS)", "3"),
    ]
    assert shown.chart("blocages-par-categorie").rows() == [
        ("NIR (identifiant national)", "2"),
        ("NOM (identité)", "1"),
    ]
    assert shown.chart("refus-par-motif").rows() == [
        ("données identifiantes", "2"),
        ("formation manquante", "2"),
        ("échec de la détection", "1"),  # ties by name, accents aside
        ("outil suspendu", "1"),
    ]
    assert shown.chart("verifications-assistant").rows()[1] == ("06/10", "1", "1", "0")
    assert shown.chart("verifications-assistant").rows()[4] == ("09/10", "0", "0", "1")
    assert shown.chart("verifications-par-outil").rows() == [
        ("Mistral HDS", "1", "1", "0"),
        ("aperçu (test)", "0", "0", "1"),
    ]
    assert shown.chart("requetes-par-decision").rows()[:3] == [
        ("05/10", "1", "1", "0"),
        ("06/10", "0", "0", "2"),
        ("07/10", "0", "0", "1"),
    ]


def test_one_chart_for_its_csv(database: Database, people: People) -> None:
    with database.session() as session:
        one = chart(session, Filters(period_of(**WEEK)), "requetes-par-decision")
        with pytest.raises(NotFound):
            chart(session, Filters(period_of(**WEEK)), "../etc/passwd")
    rows = list(csv.reader(io.StringIO(to_csv(one)[1:])))
    assert rows[0] == ["jour", "transmises telles quelles", "pseudonymisées", "bloquées"]
    assert rows[1:] == [
        ["2026-10-05", "1", "1", "0"],
        ["2026-10-06", "0", "0", "2"],
        ["2026-10-07", "0", "0", "1"],
        ["2026-10-08", "0", "0", "0"],
        ["2026-10-09", "0", "0", "0"],
        ["2026-10-10", "0", "0", "0"],
        ["2026-10-11", "0", "1", "0"],
    ]
