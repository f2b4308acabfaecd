"""Write audit records for a period as CSV or JSON (what a DPO hands to an inspector)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from egide.audit.events import StoredEvent

ExportFormat = Literal["csv", "json"]
CSV_COLUMNS = (
    "seq",
    "recorded_at",
    "occurred_at",
    "kind",
    "actor_user_id",
    "request_id",
    "data",
    "prev_hash",
    "hash",
)


def _row(event: StoredEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "recorded_at": event.recorded_at.isoformat(),
        "occurred_at": event.occurred_at.isoformat(),
        "kind": event.kind,
        "actor_user_id": event.actor_user_id,
        "request_id": event.request_id,
        "data": event.data,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def export_events(events: Iterable[StoredEvent], out: TextIO, fmt: ExportFormat = "json") -> int:
    """Stream ``events`` to ``out``; returns how many were written.

    JSON: one array of objects. CSV: one row per record, the event's own fields as a JSON ``data`` cell.
    """
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for event in events:
            row = _row(event)
            row["data"] = json.dumps(row["data"], sort_keys=True, ensure_ascii=False)
            writer.writerow(row)
            count += 1
        return count
    if fmt != "json":
        raise ValueError(f"unknown export format {fmt!r}")
    out.write("[")
    for event in events:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(_row(event), sort_keys=True, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
