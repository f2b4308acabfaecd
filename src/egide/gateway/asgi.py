"""The app factory for uvicorn workers: ``uvicorn --factory egide.gateway.asgi:build``.

``egide serve --workers N`` starts N processes that each call :func:`build`; the database is
migrated and bootstrapped once, by ``egide serve``, before they start.
"""

from __future__ import annotations

from fastapi import FastAPI

from egide.app import database_of, with_secret
from egide.gateway.app import create_app
from egide.gateway.logs import configure_logging
from egide.settings import load_settings


def build() -> FastAPI:
    # The secret file and the database were made by ``egide serve`` before the workers started.
    settings = with_secret(load_settings())
    configure_logging(settings.log_level)
    return create_app(settings, database=database_of(settings))
