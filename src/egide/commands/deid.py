"""`egide deid INPUT OUTPUT`: de-identify a collection (a folder of .txt, .csv, .jsonl, .parquet, or one file).

The output mirrors the input (same tree, same file types, same columns); each file appears complete
or not at all, so a stopped run started again skips what is done and gives the same output. A file
that cannot be read is reported (its path and a reason, never its content) and skipped. Exit code 0
when every file went through, 1 when some failed, 2 for bad usage.

The keys are the gateway's: the server secret (or ``--secret-env``) derived for pseudonyms, so the
same person gets the same surrogates here as in every other run with the same secret.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from egide.commands.engine import _clean_failures
from egide.commands.exits import EXIT_FOUND_PROBLEM
from egide.errors import DetectionError, EgideError, InputError

_OPERATORS = ("surrogate", "placeholder", "date-shift", "mask", "redact")
_BACKENDS = ("local", "processes", "spark")


def _secret(secret_env: str | None) -> str:
    if secret_env is not None:
        value = os.environ.get(secret_env)
        if not value:
            raise InputError(f"la variable d'environnement {secret_env} est absente ou vide")
        return value
    from egide.app import with_secret
    from egide.settings import load_settings

    return with_secret(load_settings()).secret_key


def deid(
    source: Annotated[Path, typer.Argument(metavar="ENTRÉE", help="Dossier (ou fichier) à désidentifier.")],
    target: Annotated[
        Path, typer.Argument(metavar="SORTIE", help="Dossier (ou fichier) de sortie, hors de l'entrée.")
    ],
    operator: Annotated[
        str, typer.Option("--operator", "-o", help=f"Parmi : {', '.join(_OPERATORS)}.")
    ] = "surrogate",
    text_col: Annotated[
        list[str] | None,
        typer.Option(
            "--text-col", help="Colonne (CSV) ou clé (JSONL) à désidentifier ; répétable ; défaut : <text>."
        ),
    ] = None,
    person_col: Annotated[
        str | None,
        typer.Option(
            "--person-col",
            help="Colonne de l'identifiant du patient : mêmes pseudonymes dans tous ses documents.",
        ),
    ] = None,
    backend: Annotated[str, typer.Option("--backend", help=f"Parmi : {', '.join(_BACKENDS)}.")] = "local",
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Processus (--backend processes) ; défaut : tous les cœurs."
        ),
    ] = None,
    master: Annotated[
        str | None, typer.Option("--master", help="Maître Spark (--backend spark) ; défaut : local[*].")
    ] = None,
    summary_file: Annotated[
        Path | None,
        typer.Option("--summary", metavar="FICHIER", help="Écrire le bilan en JSON (comptes seulement)."),
    ] = None,
    secret_env: Annotated[
        str | None,
        typer.Option(
            "--secret-env", metavar="VAR", help="Variable d'environnement qui contient la clé secrète."
        ),
    ] = None,
) -> None:
    """Désidentifier une collection de documents (dossier de .txt, .csv, .jsonl, .parquet) vers un dossier miroir."""
    with _clean_failures():
        if operator not in _OPERATORS:
            raise InputError(f"opérateur inconnu : {operator} (connus : {', '.join(_OPERATORS)})")
        if backend not in _BACKENDS:
            raise InputError(f"moteur d'exécution inconnu : {backend} (connus : {', '.join(_BACKENDS)})")
        from egide.batch import Columns, FileResult, Job, run
        from egide.keys import Purpose, derive_key
        from egide.settings import load_settings

        key = derive_key(_secret(secret_env), Purpose.PSEUDONYMS)
        columns = Columns(tuple(text_col) if text_col else ("text",), person_col)
        job = Job(source, target, operator, columns, secret=key, detect=load_settings().detect)

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        console = Console(stderr=True)
        failed: list[FileResult] = []
        with Progress(
            "désidentification", BarColumn(), MofNCompleteColumn(), "fichiers", TimeRemainingColumn(),
            console=console, disable=not sys.stderr.isatty(), transient=True,
        ) as progress:  # fmt: skip
            task = progress.add_task("désidentification", total=None)

            def started(total: int) -> None:
                progress.update(task, total=total)

            def done(result: FileResult) -> None:
                progress.advance(task)
                if result.status == "failed":
                    failed.append(result)
                    # The path and the reason only: never the file's content.
                    progress.console.print(
                        f"egide: {result.relative} ignoré ({result.reason}) : {result.message}",
                        markup=False, highlight=False, soft_wrap=True,
                    )  # fmt: skip

            try:
                summary = run(
                    job, backend=backend, jobs=jobs, master=master, on_start=started, on_result=done
                )
            except EgideError:
                raise
            except Exception as exc:  # the engine failed to load in a worker: fail closed, with a message
                what = (  # on Spark: an executor that cannot start Python, a lost executor...
                    "le travail Spark a échoué (voir le journal de Spark ; relancer reprend où il s'est arrêté)"
                    if backend == "spark"
                    else "le moteur de détection n'a pas pu être chargé"
                )
                raise DetectionError(f"{what} ({type(exc).__name__})") from exc
        report = summary.to_dict()
        if summary_file is not None:
            summary_file.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        files = report["files"]
        typer.echo(
            f"{files['done']} fichier(s) traité(s), {files['skipped_already_done']} déjà fait(s), "
            f"{files['failed']} en échec, {files['ignored_unsupported']} ignoré(s) (type non pris en charge) ; "
            f"{summary.documents} document(s), {summary.characters} caractères, "
            f"{sum(summary.findings.values())} identifiant(s) remplacé(s)",
            err=True,
        )
        for label, n in sorted(summary.findings.items()):
            typer.echo(f"  {label} : {n}", err=True)
        for reason, n in sorted(summary.failures.items()):
            typer.echo(f"  échec {reason} : {n}", err=True)
        if failed:
            raise typer.Exit(EXIT_FOUND_PROBLEM)


def register(app: typer.Typer) -> None:
    app.command()(deid)
