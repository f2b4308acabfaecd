"""The one assembly point: from the settings to the database, the audit log and the services.

Packages below take only their own configuration section and explicit values (a URL, a secret);
this module is where the settings object meets them. The command line (``egide.commands``) and the
gateway's ``serve`` call it; nothing below imports it.

The server secret: ``EGIDE_SECRET_KEY`` (environment or TOML) when set; otherwise the file
``<data_dir>/secret.key``, which ``egide init`` or the first ``egide serve`` generates (48 random
bytes, mode 0600) and every later command reads. There is no built-in default secret.

The database: only ``egide init`` and ``egide serve`` create one. Every other command opens an
existing database and stops with :class:`NotInitialised` (exit 2) when there is none where the
settings point, instead of silently starting a new, empty registry in another directory.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from egide.errors import ConfigError, NotInitialised

if TYPE_CHECKING:
    from egide.audit import AuditLog
    from egide.compliance import Facts
    from egide.console.services import ConsoleServices
    from egide.settings import Settings
    from egide.shadow.catalogue import Catalogue
    from egide.shadow.formats.fieldmap import FieldMap
    from egide.shadow.pseudonym import UserPseudonyms
    from egide.shadow.readers import Source
    from egide.shadow.scan import ScanResult
    from egide.store import Database

SECRET_FILE = "secret.key"
#: Characters of a generated secret (``secrets.token_urlsafe(48)`` gives 64).
_GENERATED_BYTES = 48
MIN_SECRET_LENGTH = 32


# -- the server secret ---------------------------------------------------------------------------


def secret_path(settings: Settings) -> Path:
    return settings.data_dir / SECRET_FILE


def with_secret(settings: Settings, *, create: bool = False) -> Settings:
    """The settings with their server secret: configured, read from the data directory, or made now.

    ``create=True`` (``init``, ``serve``) writes a new random secret when there is none; otherwise a
    missing secret is :class:`NotInitialised`, which says how to get one.
    """
    if settings.secret_key:
        return settings
    path = secret_path(settings)
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        if not create:
            raise NotInitialised(
                f"aucune clé secrète : ni EGIDE_SECRET_KEY ni {path} ; « egide init » en crée une"
            ) from None
        value = _write_new_secret(path)
    except OSError as exc:
        raise ConfigError(f"clé secrète illisible : {path} ({exc.strerror})") from None
    if len(value) < MIN_SECRET_LENGTH:
        raise ConfigError(f"clé secrète trop courte dans {path} (au moins {MIN_SECRET_LENGTH} caractères)")
    return settings.model_copy(update={"secret_key": value})


def new_secret() -> str:
    """A random server secret (64 characters)."""
    return secrets.token_urlsafe(_GENERATED_BYTES)


def write_secret(path: Path, value: str, *, exclusive: bool = False) -> None:
    """Write a secret file readable by its owner only (0600); ``exclusive`` refuses an existing one."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(value + "\n")


def _write_new_secret(path: Path) -> str:
    from egide.store.files import create_private_directory

    value = new_secret()
    create_private_directory(path.parent)  # the data directory: the database goes beside the secret
    try:
        # Exclusive: two processes starting at once never overwrite each other's secret.
        write_secret(path, value, exclusive=True)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    return value


# -- the database --------------------------------------------------------------------------------


def describe_database(settings: Settings) -> str:
    """« SQLite /var/lib/egide/egide.db » or « PostgreSQL db.chu.local:5432/egide »: never a password."""
    from sqlalchemy import make_url

    url = make_url(settings.effective_database_url)
    if url.get_backend_name() == "sqlite":
        return f"SQLite {Path(url.database or '').resolve()}"
    where = f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database or ''}"
    return f"PostgreSQL {where}"


def database_of(settings: Settings, *, migrate: bool = False) -> Database:
    """The settings' database object (creates the SQLite file's directory); ``migrate`` upgrades it."""
    from egide.store import Database

    db = Database(settings.effective_database_url, secret_key=settings.secret_key or None)
    if migrate:
        db.migrate()
    return db


def open_database(settings: Settings, *, create: bool = False) -> tuple[Settings, Database, str | None]:
    """The settings' database, migrated and bootstrapped: ``(settings with secret, db, admin key)``.

    The administrator's API key is returned once, when this call created the administrator. Without
    ``create``, a database that does not exist yet is refused (:class:`NotInitialised`).
    """
    from egide.governance.bootstrap import bootstrap

    settings = with_secret(settings, create=create)
    if not create:
        _ensure_exists(settings)
    db = database_of(settings)
    if not create and not db.is_initialised():
        db.dispose()
        raise _missing(settings)
    db.migrate()
    return settings, db, bootstrap(db)


def sqlite_file(settings: Settings) -> Path | None:
    """The SQLite file of the settings' database; None for PostgreSQL, in memory or a ``file:`` URI."""
    from sqlalchemy import make_url

    url = make_url(settings.effective_database_url)
    file = url.database if url.get_backend_name() == "sqlite" else None
    if not file or file == ":memory:" or file.startswith("file:"):
        return None
    return Path(file)


def _ensure_exists(settings: Settings) -> None:
    # Checked before SQLite is opened: opening a missing file creates it.
    file = sqlite_file(settings)
    if file is not None and not file.is_file():
        raise _missing(settings)


def _missing(settings: Settings) -> NotInitialised:
    return NotInitialised(
        f"aucune base égide ici ({describe_database(settings)}) : « egide init » la crée, "
        "ou EGIDE_DATA_DIR / EGIDE_DATABASE_URL désignent celle de l'établissement"
    )


# -- compliance evidence ------------------------------------------------------------------------


def compliance_facts(settings: Settings) -> Facts:
    """What the compliance evidence and documents need of the configuration (egide.compliance.Facts)."""
    from egide.compliance import Facts

    return Facts(
        retention_days=settings.audit.retention_days,
        policy_matrix={kind: action.value for kind, action in settings.policy.matrix.items()},
        config=settings.compliance,
        mapping_ttl_s=settings.gateway.conversation_mapping_ttl_s,
    )


# -- the console ---------------------------------------------------------------------------------


def console_cookie_secure(settings: Settings) -> bool:
    """Whether the console's cookies carry ``Secure``: ``console.cookie_secure`` when set, else yes
    unless égide serves plain HTTP on a loopback address with no reverse proxy configured.

    Why: behind TLS (``gateway.tls_*``) or a TLS proxy (``gateway.forwarded_allow_ips``), and on any
    address other machines reach, the browser talks HTTPS and the cookie must never travel in clear.
    Only a developer's ``egide serve`` on 127.0.0.1 over http:// needs it off, because browsers drop
    a Secure cookie received over plain HTTP (localhost aside), and nothing leaves the machine there.
    """
    import ipaddress

    if settings.console.cookie_secure is not None:
        return settings.console.cookie_secure
    gateway = settings.gateway
    if gateway.tls_certfile is not None or gateway.forwarded_allow_ips:
        return True
    host = gateway.host.strip("[]")
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: reachable by others
        return True


def console_services(settings: Settings, db: Database, audit: AuditLog) -> ConsoleServices:
    """What the console's pages reach (``request.app.state.console``), from the settings."""
    from egide.console.oidc import OidcClient
    from egide.console.services import ConsoleKeys, ConsoleServices

    settings = with_secret(settings)
    oidc = settings.console.oidc
    return ConsoleServices(
        database=db,
        audit=audit,
        config=settings.console,
        keys=ConsoleKeys.from_secret(settings.secret_key),
        cookie_secure=console_cookie_secure(settings),
        clock=audit.clock,
        oidc=OidcClient(oidc) if oidc.enabled else None,
        compliance=compliance_facts(settings),
        alert_days=settings.governance.alert_days,
    )


# -- shadow-AI discovery -------------------------------------------------------------------------


def updated_catalogue_path(settings: Settings) -> Path:
    return settings.shadow.catalogue_file or settings.data_dir / "shadow" / "genai_domains.csv"


def shadow_catalogue(settings: Settings) -> Catalogue:
    from egide.shadow.catalogue import load

    return load(updated=updated_catalogue_path(settings), site=settings.shadow.site_catalogue)


def shadow_pseudonyms(settings: Settings) -> UserPseudonyms:
    from egide.shadow.pseudonym import UserPseudonyms

    return UserPseudonyms(with_secret(settings).secret_key, settings.shadow.pseudonym_length)


@dataclass(frozen=True)
class ShadowScanRequest:
    sources: list[Source]
    fmt: str = "auto"
    field_map: FieldMap | None = None
    users: Path | None = None


def run_shadow_scan(settings: Settings, db: Database, request: ShadowScanRequest) -> ScanResult:
    """Scan with the registry's tools, the catalogue in use and the users file."""
    from egide.shadow.classify import Classifier
    from egide.shadow.directory import Directory
    from egide.shadow.registry import registry_tools
    from egide.shadow.scan import scan

    with db.session() as session:
        tools = registry_tools(session)
    users = request.users or settings.shadow.users_file
    directory = Directory.load(users) if users is not None else Directory()
    return scan(
        request.sources,
        fmt=request.fmt,
        field_map=request.field_map,
        classifier=Classifier(shadow_catalogue(settings), tools),
        directory=directory,
        pseudonymiser=shadow_pseudonyms(settings),
        config=settings.shadow,
    )
