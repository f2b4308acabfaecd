"""The OpenAI-compatible gateway: ``create_app(settings)`` builds the one ASGI app."""

from egide.gateway.app import create_app

__all__ = ["create_app"]
