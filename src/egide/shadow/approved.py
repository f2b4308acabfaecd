"""The tools the governance registry approved, as hosts shadow discovery recognises."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from egide.governance import ToolStatus, list_tools
from egide.shadow.classify import ApprovedTool


def host_of_url(base_url: str) -> str | None:
    """``https://api.mistral.ai/v1`` → ``api.mistral.ai``; ``builtin:…`` tools answer inside égide: None."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.rstrip(".").lower()


def approved_tools(session: Session) -> list[ApprovedTool]:
    """Approved tools of the registry that are reached over the network, by the host of their base URL."""
    found: list[ApprovedTool] = []
    for tool in list_tools(session):
        if tool.status is not ToolStatus.APPROVED:
            continue
        host = host_of_url(tool.base_url)
        if host is not None:
            found.append(ApprovedTool(tool.name, host))
    return found
