"""Structured logs: one JSON object per line, built from whitelisted fields only.

Log calls pass identifiers, statuses, counts and durations in ``extra``; the formatter keeps the
fields listed in :data:`FIELDS` and nothing else, so request text cannot reach a log by accident
(an exception's text is never formatted either, only its type).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

FIELDS = (
    "request_id", "method", "route", "status", "duration_ms", "tool_id", "model", "action", "counts",
    "error_type", "error_code", "user_id", "stream", "upstream_status", "upstream_ms",
)  # fmt: skip


#: Server loggers whose arguments are addresses, ports, process ids and revision ids, never request
#: text: their messages are formatted in full. Every other logger's arguments are dropped.
FORMATTED_LOGGERS = ("uvicorn.error", "alembic.runtime.migration")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        if not isinstance(record.msg, str):
            event = type(record.msg).__name__
        elif record.args and record.name in FORMATTED_LOGGERS:
            event = record.getMessage()
        else:
            event = record.msg
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": event,
        }
        for name in FIELDS:
            if name in record.__dict__:
                data[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            data["exception"] = record.exc_info[0].__name__
        return json.dumps(data, ensure_ascii=False, default=str)


def configure_logging(level: str = "INFO") -> None:
    """Send égide's and uvicorn's logs to stderr as JSON lines (``egide serve`` calls this)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # Alembic's plugin set-up chatter says nothing an operator needs at every start.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    # égide logs each request itself, without query strings or client addresses.
    logging.getLogger("uvicorn.access").disabled = True
