"""The compliance documents as HTML (Jinja2) and PDF (WeasyPrint): notice, report, register entry.

One template per document; the notice's and the register's bodies are fragments that the console's
pages show inside their own frame, so the page and the PDF say the same thing. WeasyPrint renders
the same HTML to PDF with a fetcher that refuses every URL: the documents are self-contained (styles
inline, system fonts through fontconfig) and rendering never reaches the network.

Imported by the entry points (commands, console), not by ``egide.compliance``: WeasyPrint and its
fonts are loaded only where a document is made.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from weasyprint import HTML

from egide.compliance.notice import Notice
from egide.compliance.overview import Overview
from egide.compliance.register import RegisterEntry
from egide.errors import StorageError


def _capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _environment(timezone: str) -> Environment:
    zone = ZoneInfo(timezone)
    env = Environment(
        loader=PackageLoader("egide.compliance", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["capitalize_first"] = _capitalize_first
    env.filters["day"] = lambda value: (
        value.astimezone(zone) if isinstance(value, datetime) else value
    ).strftime("%d/%m/%Y")
    env.filters["moment"] = lambda value: value.astimezone(zone).strftime("%d/%m/%Y à %H:%M")
    return env


@cache
def stylesheet() -> str:
    return resources.files("egide.compliance").joinpath("templates/document.css").read_text(encoding="utf-8")


def _render(timezone: str, template: str, **values: Any) -> str:
    return _environment(timezone).get_template(template).render(css=Markup(stylesheet()), **values)


def notice_body(notice: Notice, *, timezone: str = "Europe/Paris") -> Markup:
    """The notice's content, to be placed in a page (the console's public page)."""
    return Markup(_render(timezone, "_notice_body.html", notice=notice))


def notice_html(notice: Notice, *, timezone: str = "Europe/Paris") -> str:
    return _render(timezone, "notice.html", body=notice_body(notice, timezone=timezone))


def register_body(entry: RegisterEntry, *, timezone: str = "Europe/Paris") -> Markup:
    return Markup(_render(timezone, "_register_body.html", entry=entry))


def register_html(entry: RegisterEntry, *, timezone: str = "Europe/Paris") -> str:
    return _render(timezone, "register.html", entry=entry, body=register_body(entry, timezone=timezone))


def report_html(overview: Overview, *, establishment: str, timezone: str = "Europe/Paris") -> str:
    return _render(
        timezone,
        "report.html",
        overview=overview,
        referential=overview.referential.loaded.referential,
        establishment=establishment,
    )


def _no_network(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"les documents d'égide n'ont aucune ressource externe : {url[:80]}")


def to_pdf(html: str, *, title: str, made_on: date | None = None) -> bytes:
    """Render self-contained HTML to PDF bytes."""
    try:
        document = HTML(string=html, url_fetcher=_no_network).render()
        document.metadata.title = title
        document.metadata.authors = ["égide"]
        if made_on is not None:
            document.metadata.created = made_on.isoformat()
        pdf = document.write_pdf()
    except OSError as exc:  # a font or a library of the system that WeasyPrint cannot open
        raise StorageError(f"PDF impossible à produire : {exc}") from None
    if not isinstance(pdf, bytes):
        raise StorageError("PDF impossible à produire")
    return pdf
