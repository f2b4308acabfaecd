"""``egide serve``: migrate, bootstrap on first start, then run the gateway under uvicorn.

HTTPS with the establishment's certificate (``--tls-certfile``/``--tls-keyfile`` or
``gateway.tls_*``), or plain HTTP behind a reverse proxy whose forwarded headers are believed only
from ``gateway.forwarded_allow_ips``. A port already taken is said in one French line (exit 2).
"""

from __future__ import annotations

import errno
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from egide.errors import ConfigError, InputError

#: Seconds a worker of `serve --workers N` may take to answer its supervisor's ping (start-up included).
WORKER_HEALTHCHECK_S = 30

if TYPE_CHECKING:
    from egide.settings import Settings


def check_port_free(host: str, port: int) -> None:
    """Refuse at once, in French, a port another process listens on (uvicorn would say « OSError »)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise InputError(
                    f"le port {port} est déjà pris sur {host} (un autre « egide serve » ?) : "
                    "arrêtez-le ou choisissez --port"
                ) from None
            if exc.errno in (errno.EACCES, errno.EPERM):
                raise InputError(
                    f"le port {port} sur {host} demande des droits que ce compte n'a pas"
                ) from None
            raise InputError(f"impossible d'écouter sur {host}:{port} ({exc.strerror})") from None


def tls_options(certfile: Path | None, keyfile: Path | None) -> dict[str, Any]:
    if certfile is None and keyfile is None:
        return {}
    if certfile is None or keyfile is None:
        raise ConfigError("HTTPS : donnez le certificat et sa clé privée (tls_certfile et tls_keyfile)")
    for path in (certfile, keyfile):
        if not path.is_file():
            raise ConfigError(f"HTTPS : fichier introuvable : {path}")
    return {"ssl_certfile": str(certfile), "ssl_keyfile": str(keyfile)}


def _as_served(settings: Settings, host: str, certfile: Path | None, keyfile: Path | None) -> Settings:
    """The settings as the server really listens: the command line's host and certificate win.

    The console's cookies are ``Secure`` unless égide serves plain HTTP on loopback
    (``egide.app.console_cookie_secure``): that is decided from these values, in this process and,
    through the environment, in the worker processes that read the settings again.
    """
    import os

    update: dict[str, object] = {"host": host}
    os.environ["EGIDE_GATEWAY__HOST"] = host
    if certfile is not None and keyfile is not None:
        update.update(tls_certfile=certfile, tls_keyfile=keyfile)
        os.environ["EGIDE_GATEWAY__TLS_CERTFILE"] = str(certfile)
        os.environ["EGIDE_GATEWAY__TLS_KEYFILE"] = str(keyfile)
    return settings.model_copy(update={"gateway": settings.gateway.model_copy(update=update)})


CertOption = Annotated[
    Path | None, typer.Option(help="Certificat PEM pour servir en HTTPS (défaut : gateway.tls_certfile).")
]
KeyOption = Annotated[
    Path | None, typer.Option(help="Clé privée PEM du certificat (défaut : gateway.tls_keyfile).")
]


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""

    @app.command()
    def serve(
        host: str | None = typer.Option(None, help="Adresse d'écoute (défaut : gateway.host)."),
        port: int | None = typer.Option(None, help="Port d'écoute (défaut : gateway.port)."),
        workers: int | None = typer.Option(
            None, min=1, help="Processus de travail, chacun avec son détecteur (défaut : gateway.workers)."
        ),
        tls_certfile: CertOption = None,
        tls_keyfile: KeyOption = None,
    ) -> None:
        """Démarrer la passerelle (API compatible OpenAI sur /v1) sur la base configurée."""
        import uvicorn

        from egide.app import describe_database, open_database
        from egide.gateway.app import create_app
        from egide.gateway.logs import configure_logging
        from egide.gateway.shared import check_shared_state
        from egide.settings import load_settings

        settings = load_settings()
        configure_logging(settings.log_level)
        gateway = settings.gateway
        workers = workers or gateway.workers
        listen_host = host or gateway.host
        listen_port = port or gateway.port
        tls = tls_options(tls_certfile or gateway.tls_certfile, tls_keyfile or gateway.tls_keyfile)
        check_port_free(listen_host, listen_port)
        check_shared_state(settings, workers)
        typer.echo(f"base : {describe_database(settings)}", err=True)
        settings, database, api_key = open_database(settings, create=True)
        settings = _as_served(settings, listen_host, tls_certfile, tls_keyfile)
        scheme = "https" if tls else "http"
        if api_key is not None:
            typer.echo(
                "\n  Premier démarrage : un administrateur a été créé.\n"
                f"  Clé d'API de l'administrateur : {api_key}\n"
                "  Conservez cette clé maintenant : elle ne sera plus jamais affichée.\n"
                "  (égide n'en garde qu'une empreinte ; en cas de perte, créez-en une autre avec « egide users keys ».)\n"
                f"  Essayez : curl {scheme}://{listen_host}:{listen_port}/v1/models -H 'Authorization: Bearer {api_key}'\n",
            )
        # Forwarded headers (client address, scheme) only from the configured proxies, never by default.
        proxies = {
            "proxy_headers": bool(gateway.forwarded_allow_ips),
            "forwarded_allow_ips": ",".join(gateway.forwarded_allow_ips) or None,
        }
        common: dict[str, Any] = {
            "host": listen_host,
            "port": listen_port,
            "log_config": None,
            "access_log": False,
            **proxies,
            **tls,
        }
        if workers > 1:
            database.dispose()
            # uvicorn's supervisor pings each worker and kills one that does not answer within its health
            # check's timeout (5 s by default): a worker building and warming the detection engine on a busy
            # host can hold the interpreter longer than that, and was killed and restarted in a loop, never
            # serving. A worker that truly hangs is still replaced, after WORKER_HEALTHCHECK_S.
            uvicorn.run(
                "egide.gateway.asgi:build",
                factory=True,
                workers=workers,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
                **common,
            )
            return
        uvicorn.run(create_app(settings, database=database), **common)
