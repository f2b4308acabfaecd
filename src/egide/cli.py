"""``egide``: a thin command group over the packages.

Each area registers its commands from ``egide.commands.<area>``; this module only assembles them
and renders the exception tree as one message on stderr with the exit code of ``commands.exits``,
never a traceback.
"""

from __future__ import annotations

import sys

import typer

from egide.commands import (
    assistant,
    audit,
    backup,
    compliance,
    database,
    deid,
    engine,
    french,
    people,
    secret,
    serve,
    shadow,
    tools,
    users,
)
from egide.commands.exits import report
from egide.errors import EgideError

french.install()  # Click's and Typer's own words (usage, panels, errors) in French

app = typer.Typer(
    name="egide",
    help="égide : l'IA générative à l'hôpital sans fuite de données patient.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def root() -> None:
    """égide : l'IA générative à l'hôpital sans fuite de données patient."""


@app.command()
def version() -> None:
    """Afficher la version d'égide."""
    from egide import __version__

    typer.echo(__version__)


for _module in (
    engine,
    deid,
    database,
    backup,
    serve,
    tools,
    users,
    people,
    audit,
    shadow,
    secret,
    assistant,
    compliance,
):
    _module.register(app)


def main() -> None:
    try:
        try:
            app()
        finally:
            sys.stdout.flush()  # here, where a reader that went away can still be handled
    except SystemExit as exc:
        # Typer answers a closed pipe with exit code 1 after wrapping stdout to silence it; a reader
        # that stops early (« | head ») is not a failure of the command: its work is done.
        if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            sys.exit(0)
        raise
    except EgideError as exc:
        sys.exit(report(exc))
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (« egide … | head »): what it wanted is printed, the work is done.
        # Point stdout at nothing so that the interpreter's final flush does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
