"""The app factory for uvicorn workers: ``uvicorn --factory egide.gateway.asgi:build``.

``egide serve --workers N`` starts N processes that each call :func:`build`; the database is
migrated and bootstrapped once, by ``egide serve``, before they start.
"""

from __future__ import annotations

from fastapi import FastAPI

from egide.gateway.app import create_app
from egide.gateway.logs import configure_logging
from egide.settings import load_settings
from egide.store import Database


def build() -> FastAPI:
    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings, database=Database.from_settings(settings))
