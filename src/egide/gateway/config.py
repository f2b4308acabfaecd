"""Gateway settings (part of ``egide.settings.Settings``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class GatewayConfig(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    max_body_bytes: int = Field(2_000_000, gt=0, description="Requests larger than this get 413.")
    upstream_timeout_s: float = Field(60.0, gt=0)
    upstream_connect_timeout_s: float = Field(5.0, gt=0)
    upstream_max_connections: int = Field(100, gt=0, description="Connection pool size towards the models.")
    rate_limit_per_minute: int = Field(120, ge=0, description="Per API key; 0 disables.")
    auth_cache_s: float = Field(
        5.0,
        ge=0,
        description="Remember an authenticated key (and that its user may use égide) this long. Each request "
        "still checks, with one read, that the key is not revoked, its user not disabled and the charter "
        "unchanged: those take effect on the next request; only a training that lapses waits for this "
        "delay. 0: authenticate fully on every request. Tools are never cached.",
    )
    prepare_threads: int = Field(
        2, gt=0, description="Requests detected and pseudonymised at once per worker (CPU-bound)."
    )
    operator: Literal["placeholder", "surrogate", "date_shift"] = Field(
        "placeholder",
        description="How identifying values are replaced before leaving: placeholder (<NOM_1>), surrogate "
        "(same kind and form) or date_shift; only operators whose output can be restored in the answer.",
    )
    conversation_mapping_ttl_s: int = Field(
        0,
        ge=0,
        description="Keep a conversation's pseudonym mapping (encrypted) this long between requests; "
        "0: no mapping outlives its request.",
    )
    metrics: bool = Field(True, description="Serve Prometheus metrics on /metrics.")
    workers: int = Field(
        1,
        ge=1,
        description="Worker processes of `egide serve` (each loads the detector); --workers overrides.",
    )
    redis_url: str | None = Field(
        None,
        description="Redis shared by every worker and server (redis://host:port/db): one rate-limit window per "
        "key and the conversation mappings. Required with several workers and a conversation mapping TTL. "
        "None: kept in each process's memory.",
    )
    extra_fields: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Fields beyond those égide knows that a tool's model needs, by tool name or upstream model: "
        "« NAME » at the top of the request, « messages.NAME » in a message, « content.NAME » in a content "
        'part (e.g. {"vllm-local" = ["chat_template_kwargs"]}). Every string in them is scanned like '
        "content; any other unknown field is refused (400 unknown_field).",
    )
    opaque_blob_classes: list[str] = Field(
        default_factory=lambda: ["public"],
        description="Classes for which a long base64 or hexadecimal run that does not decode to text counts as "
        "content égide cannot read (kind « encoded »), refused unless [policy.unscannable] allows it. Runs "
        "that decode to text are scanned whatever the class.",
    )
    tls_certfile: Path | None = Field(
        None,
        description="Serve HTTPS with this certificate (PEM, chain included); with tls_keyfile. None: plain "
        "HTTP, for loopback or behind a TLS reverse proxy.",
    )
    tls_keyfile: Path | None = Field(None, description="Private key of tls_certfile (PEM).")
    forwarded_allow_ips: list[str] = Field(
        default_factory=list,
        description="Addresses of the reverse proxies whose X-Forwarded-For / -Proto headers are believed "
        '(e.g. ["127.0.0.1"] behind nginx on the same host). Empty: such headers are ignored.',
    )
    end_user_header: str = Field(
        "X-OpenWebUI-User-Email",
        max_length=100,
        description="For keys of « application » accounts only: the header in which the application names the "
        "person using it by e-mail (Open WebUI sends X-OpenWebUI-User-Email with "
        "ENABLE_FORWARD_USER_INFO_HEADERS=true). That person must be an active égide user, trained and bound "
        "by the charter; the rate limit and the audit are theirs. Ignored on every other key (no one acts as "
        "someone else). Empty: applications act as themselves.",
    )
    end_user_unknown: Literal["refuse", "application"] = Field(
        "refuse",
        description="When the application names a person égide does not know: refuse (403 end_user_unknown) "
        "or let the application act as itself (as without the header). A deactivated, untrained or "
        "charter-less person is refused either way.",
    )
    end_user_missing: Literal["application", "refuse"] = Field(
        "application",
        description="When an application's key names no person: the application acts as itself (a service "
        "account, e.g. a coding job) or the request is refused (403 end_user_required). Set « refuse » when "
        "every application is a front end for people, such as Open WebUI: started without "
        "ENABLE_FORWARD_USER_INFO_HEADERS, it would otherwise let each of its users act as the application, "
        "past the training and charter checks that are theirs.",
    )
    console_url: str | None = Field(
        None,
        max_length=300,
        pattern=r"^https?://[^\s]+$",
        description="Public address of égide's console as people's browsers reach it (e.g. "
        "https://egide.chu-exemple.fr/console). A person refused for training or the charter is told the "
        "page to go to at this address (…/me/training, …/me/charter). None: the refusal names the page's "
        "path on the console (/console/me/training).",
    )
    redis_prefix: str = Field(
        "egide",
        min_length=1,
        description="Prefix of égide's Redis keys (several installations may share one).",
    )
