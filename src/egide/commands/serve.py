"""``egide serve``: migrate, bootstrap on first start, then run the gateway under uvicorn."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root command group."""

    @app.command()
    def serve(
        host: str | None = typer.Option(None, help="Address to listen on (default: settings.gateway.host)."),
        port: int | None = typer.Option(None, help="Port to listen on (default: settings.gateway.port)."),
        workers: int | None = typer.Option(
            None,
            min=1,
            help="Worker processes, each loading the detector (default: settings.gateway.workers).",
        ),
    ) -> None:
        """Start the gateway (OpenAI-compatible API on /v1) on the configured database."""
        import uvicorn

        from egide.app import describe_database, open_database
        from egide.gateway import create_app
        from egide.gateway.logs import configure_logging
        from egide.gateway.shared import check_shared_state
        from egide.settings import load_settings

        settings = load_settings()
        configure_logging(settings.log_level)
        workers = workers or settings.gateway.workers
        check_shared_state(settings, workers)
        typer.echo(f"base : {describe_database(settings)}", err=True)
        settings, database, api_key = open_database(settings, create=True)
        listen_host = host or settings.gateway.host
        listen_port = port or settings.gateway.port
        if api_key is not None:
            typer.echo(
                "\n  Premier démarrage : un administrateur a été créé.\n"
                f"  Clé d'API de l'administrateur : {api_key}\n"
                "  Conservez cette clé maintenant : elle ne sera plus jamais affichée.\n"
                "  (égide n'en garde qu'une empreinte ; en cas de perte, créez-en une autre avec « egide users keys ».)\n"
                f"  Essayez : curl http://{listen_host}:{listen_port}/v1/models -H 'Authorization: Bearer {api_key}'\n",
            )
        if workers > 1:
            database.dispose()
            uvicorn.run(
                "egide.gateway.asgi:build",
                factory=True,
                workers=workers,
                host=listen_host,
                port=listen_port,
                log_config=None,
                access_log=False,
            )
            return
        app = create_app(settings, database=database)
        uvicorn.run(app, host=listen_host, port=listen_port, log_config=None, access_log=False)
