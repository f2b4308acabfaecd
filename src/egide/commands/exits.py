"""Exit codes of the command line, and how an error of égide becomes one.

0 success; 1 the command ran and found a problem (a broken audit chain, failed ``--jsonl`` lines);
2 bad usage or bad input (the exception tree's 4xx); 3 a failure of égide or of something it
depends on (5xx). ``egide.cli.main`` and the commands that stream their output use the same rule.
"""

from __future__ import annotations

import typer

from egide.errors import EgideError

EXIT_FOUND_PROBLEM = 1
EXIT_INPUT = 2
EXIT_FAILURE = 3


def exit_code(exc: EgideError) -> int:
    return EXIT_INPUT if exc.status_code < 500 else EXIT_FAILURE


def report(exc: EgideError) -> int:
    """Write the error as one line on stderr (never a traceback, never input text); return its exit code."""
    typer.echo(f"egide: {exc.message}", err=True)
    return exit_code(exc)
