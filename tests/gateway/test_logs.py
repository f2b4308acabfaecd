"""The JSON log formatter: server loggers are formatted, everything else keeps only its template."""

from __future__ import annotations

import json
import logging

from egide.gateway.logs import JsonFormatter


def _record(name: str, msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)


def test_server_messages_are_formatted() -> None:
    line = JsonFormatter().format(
        _record("uvicorn.error", "Uvicorn running on %s://%s:%d", "http", "127.0.0.1", 8080)
    )
    assert json.loads(line)["event"] == "Uvicorn running on http://127.0.0.1:8080"


def test_other_loggers_never_format_their_arguments() -> None:
    line = JsonFormatter().format(_record("egide.gateway", "upstream said %s", "Mme Jeanne DUPONT"))
    assert "DUPONT" not in line
    assert json.loads(line)["event"] == "upstream said %s"
