"""The governance registry's tools, as hosts shadow discovery recognises."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from egide.governance import list_tools
from egide.shadow.classify import RegistryTool


def host_of_url(base_url: str) -> str | None:
    """``https://api.mistral.ai/v1`` → ``api.mistral.ai``; ``builtin:…`` tools answer inside égide: None."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.rstrip(".").lower()


def registry_tools(session: Session) -> list[RegistryTool]:
    """Every tool of the registry reached over the network, by the host of its base URL, with its status.

    Approved tools are what the establishment allows; a proposed, suspended or retired tool still in
    use is worth seeing too.
    """
    found: list[RegistryTool] = []
    for tool in list_tools(session):
        host = host_of_url(tool.base_url)
        if host is not None:
            found.append(RegistryTool(tool.name, host, tool.status.value))
    return found
