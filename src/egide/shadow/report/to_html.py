"""The HTML report: one self-contained page (styles and SVG charts inline) for the DSIH and the DPO."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from egide.shadow.classify import Kind
from egide.shadow.labels import category_fr, country_fr
from egide.shadow.report.charts import Bar, horizontal_bars, legend, stacked_columns
from egide.shadow.scan import ScanResult
from egide.shadow.views import KIND_LABELS, Views, human_bytes

FILE = "shadow-report.html"
TOP = 20


def _environment(zone: ZoneInfo) -> Environment:
    env = Environment(
        loader=PackageLoader("egide.shadow.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bytes"] = human_bytes
    env.filters["kind_label"] = lambda kind: KIND_LABELS[kind]
    env.filters["local"] = lambda moment, layout="%d/%m/%Y %H:%M": moment.astimezone(zone).strftime(layout)
    env.filters["country"] = country_fr
    env.filters["category"] = category_fr
    env.filters["thousands"] = lambda n: f"{n:,}".replace(",", "\u202f")
    return env


def render(result: ScanResult, views: Views) -> str:
    destinations = views.destinations[:TOP]
    charts = {
        "days": stacked_columns(
            [(day.day.strftime("%d/%m"), day.by_kind) for day in views.days],
            title="Requêtes vers l'IA par jour",
        ),
        "destinations": horizontal_bars(
            [
                Bar(v.destination.host, v.requests, v.destination.kind, f"{human_bytes(v.sent)} envoyés")
                for v in destinations
            ],
            title="Destinations les plus sollicitées",
        ),
        "services": horizontal_bars(
            sorted(
                (
                    Bar(v.service, risky, Kind.UNAPPROVED, f"{v.users} utilisateur(s)")
                    for v in views.services
                    if (risky := v.by_kind.get(Kind.UNAPPROVED, 0) + v.by_kind.get(Kind.SUSPICIOUS, 0))
                ),
                key=lambda bar: (-bar.value, bar.label),
            )[:TOP],
            title="Requêtes vers des IA non approuvées ou suspectes, par service",
        ),
        "legend": legend(),
    }
    template = _environment(ZoneInfo(result.timezone)).get_template("report.html")
    return template.render(result=result, views=views, charts=charts, top=TOP)


def write_html(result: ScanResult, views: Views, out: Path) -> Path:
    path = out / FILE
    path.write_text(render(result, views), encoding="utf-8")
    return path
