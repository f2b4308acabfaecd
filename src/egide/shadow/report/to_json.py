"""The JSON report: every view plus the usage rows, for other tools to consume."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egide.shadow.classify import Destination
from egide.shadow.scan import ScanResult
from egide.shadow.views import Views

FILE = "shadow-report.json"


def _destination(d: Destination) -> dict[str, Any]:
    return {
        "host": d.host,
        "kind": d.kind.value,
        "reason": d.reason.value,
        "vendor": d.vendor,
        "category": d.category,
        "country": d.country,
        "eea": d.eea,
        "catalogue_domain": d.domain,
        "tool": d.tool,
    }


def _time(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def document(result: ScanResult, views: Views) -> dict[str, Any]:
    return {
        "scan": {
            "id": result.id,
            "started_at": _time(result.started_at),
            "finished_at": _time(result.finished_at),
            "period_start": _time(result.period_start),
            "period_end": _time(result.period_end),
            "catalogue_version": result.catalogue_version,
            "approved_tools": result.approved_tools,
            "pseudonymised": not result.revealed,
            "uploads_known": result.uploads_known,
            "files": [
                {
                    "name": f.name,
                    "format": f.format,
                    "lines": f.lines,
                    "records": f.records,
                    "ignored": f.ignored,
                    "malformed": f.malformed,
                }
                for f in result.files
            ],
            "totals": {
                "lines": result.lines,
                "records": result.records,
                "ignored": result.ignored,
                "malformed": result.malformed,
                "ai_requests": result.ai_requests,
            },
            # Where and why only: the lines themselves may hold personal data and stay in the logs.
            "malformed_samples": [
                {"source": s.source, "line": s.line, "reason": s.reason} for s in result.samples
            ],
        },
        "by_kind": [
            {
                "kind": k.kind.value,
                "requests": k.requests,
                "bytes_sent": k.sent,
                "destinations": k.destinations,
                "users": k.users,
            }
            for k in views.kinds
        ],
        "destinations": [
            {
                **_destination(v.destination),
                "requests": v.requests,
                "blocked": v.blocked,
                "bytes_sent": v.sent,
                "bytes_received": v.received,
                "users": v.users,
                "services": v.services,
                "days": v.days,
                "first_seen": _time(v.first_seen),
                "last_seen": _time(v.last_seen),
            }
            for v in views.destinations
        ],
        "services": [
            {
                "service": v.service,
                "requests": v.requests,
                "bytes_sent": v.sent,
                "users": v.users,
                "destinations": v.destinations,
                "by_kind": {k.value: n for k, n in v.by_kind.items()},
                "first_seen": _time(v.first_seen),
            }
            for v in views.services
        ],
        "days": [
            {
                "day": _time(v.day),
                "requests": v.requests,
                "bytes_sent": v.sent,
                "users": v.users,
                "by_kind": {k.value: n for k, n in v.by_kind.items()},
            }
            for v in views.days
        ],
        "users": [
            {
                "user": v.user,
                "services": list(v.services),
                "requests": v.requests,
                "bytes_sent": v.sent,
                "destinations": v.destinations,
                "by_kind": {k.value: n for k, n in v.by_kind.items()},
            }
            for v in views.users
        ],
        "usage": [
            {
                "day": _time(row.day),
                "host": row.destination.host,
                "kind": row.destination.kind.value,
                "service": row.service,
                "user": row.user,
                "requests": row.requests,
                "blocked": row.blocked,
                "bytes_sent": row.sent,
                "bytes_received": row.received,
                "first_seen": _time(row.first_seen),
                "last_seen": _time(row.last_seen),
            }
            for row in result.rows
        ],
    }


def write_json(result: ScanResult, views: Views, out: Path) -> Path:
    path = out / FILE
    # Compact: the C encoder (an indented dump goes through the pure-Python one, several times slower).
    path.write_text(json.dumps(document(result, views), ensure_ascii=False), encoding="utf-8")
    return path
