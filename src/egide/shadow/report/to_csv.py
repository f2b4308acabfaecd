"""CSV reports, one file per view (UTF-8 with a byte-order mark so that spreadsheet software reads accents)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from egide.shadow.classify import Kind
from egide.shadow.scan import ScanResult
from egide.shadow.views import KIND_ORDER, Views


def _value(value: object) -> object:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return "oui" if value else "non"
    return value


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_value(v) for v in row])
    return path


def _kinds(by_kind: dict[Kind, int]) -> list[int]:
    return [by_kind.get(kind, 0) for kind in KIND_ORDER]


def write_csv(result: ScanResult, views: Views, out: Path) -> list[Path]:
    kind_columns = [f"requests_{kind.value}" for kind in KIND_ORDER]
    return [
        _write(
            out / "shadow-destinations.csv",
            [
                "host",
                "kind",
                "reason",
                "vendor",
                "category",
                "country",
                "eea",
                "tool",
                "requests",
                "blocked",
                "bytes_sent",
                "bytes_received",
                "users",
                "services",
                "days",
                "first_seen",
                "last_seen",
            ],
            (
                [
                    v.destination.host,
                    v.destination.kind.value,
                    v.destination.reason.value,
                    v.destination.vendor,
                    v.destination.category,
                    v.destination.country,
                    v.destination.eea,
                    v.destination.tool,
                    v.requests,
                    v.blocked,
                    v.sent,
                    v.received,
                    v.users,
                    v.services,
                    v.days,
                    v.first_seen,
                    v.last_seen,
                ]
                for v in views.destinations
            ),
        ),
        _write(
            out / "shadow-services.csv",
            ["service", "requests", "bytes_sent", "users", "destinations", "first_seen", *kind_columns],
            (
                [v.service, v.requests, v.sent, v.users, v.destinations, v.first_seen, *_kinds(v.by_kind)]
                for v in views.services
            ),
        ),
        _write(
            out / "shadow-days.csv",
            ["day", "requests", "bytes_sent", "users", *kind_columns],
            ([v.day, v.requests, v.sent, v.users, *_kinds(v.by_kind)] for v in views.days),
        ),
        _write(
            out / "shadow-users.csv",
            ["user", "services", "requests", "bytes_sent", "destinations", *kind_columns],
            (
                [v.user, " | ".join(v.services), v.requests, v.sent, v.destinations, *_kinds(v.by_kind)]
                for v in views.users
            ),
        ),
        _write(
            out / "shadow-usage.csv",
            [
                "day",
                "host",
                "kind",
                "service",
                "user",
                "requests",
                "blocked",
                "bytes_sent",
                "bytes_received",
                "first_seen",
                "last_seen",
            ],
            (
                [
                    r.day,
                    r.destination.host,
                    r.destination.kind.value,
                    r.service,
                    r.user,
                    r.requests,
                    r.blocked,
                    r.sent,
                    r.received,
                    r.first_seen,
                    r.last_seen,
                ]
                for r in result.rows
            ),
        ),
    ]
