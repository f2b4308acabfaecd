"""The OpenAI-compatible gateway: ``create_app(settings)`` builds the one ASGI app.

Imported lazily: ``egide.settings`` imports ``egide.gateway.config``, which must not pull in
FastAPI, the detector and the database layer for every command that only reads settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from egide.gateway.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from egide.gateway.app import create_app

        return create_app
    raise AttributeError(f"module 'egide.gateway' has no attribute {name!r}")
