"""égide dashboard (« Estimer », issue 10): counts over days and weeks for the console's charts.

Built from the audit trail (gateway requests, decisions and refusals; the assistant's verdicts),
the people registry (training coverage, services) and the stored shadow-AI scans — counts only,
never text. ``dashboard(session, filters)`` gives every section, ``chart(session, filters, key)``
one chart (for its CSV, ``to_csv``); ``render`` and ``table`` draw a chart as SVG and as an HTML
table. ``period_of`` reads the period asked for.
"""

from egide.dashboard.activity import service_names
from egide.dashboard.build import CHART_KEYS, Dashboard, Figure, Section, chart, dashboard
from egide.dashboard.chart import Chart, Series, Shape
from egide.dashboard.export import to_csv
from egide.dashboard.period import Granularity, Period, period_of
from egide.dashboard.svg import render, table
from egide.dashboard.trail import NO_SERVICE, Filters

__all__ = [
    "CHART_KEYS",
    "NO_SERVICE",
    "Chart",
    "Dashboard",
    "Figure",
    "Filters",
    "Granularity",
    "Period",
    "Section",
    "Series",
    "Shape",
    "chart",
    "dashboard",
    "period_of",
    "render",
    "service_names",
    "table",
    "to_csv",
]
