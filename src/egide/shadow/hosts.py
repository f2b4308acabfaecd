"""Host names as the catalogue compares them."""

from __future__ import annotations

import ipaddress
import re

_VALID = re.compile(r"^[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?$")


def host_of(authority: str) -> str:
    """``User@Chat.OpenAI.com.:443`` → ``chat.openai.com``; ``[2001:db8::1]:443`` → ``2001:db8::1``."""
    host = authority.partition("?")[0].partition("#")[0].rpartition("@")[2]
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    return host.rstrip(".").lower()


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_hostname(host: str) -> bool:
    return bool(_VALID.match(host)) and ".." not in host


def suffixes(host: str) -> list[str]:
    """``a.b.c`` → ``["a.b.c", "b.c", "c"]``, most specific first."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]
