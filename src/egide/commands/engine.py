"""`egide scan`, `egide pseudonymise` and `egide eval`: the de-identification engine on the command line.

Input rules shared by ``scan`` and ``pseudonymise`` (a file or ``-`` for stdin):

* it must be UTF-8 text: empty input, a NUL byte (binary) or invalid UTF-8 stops with a message and
  exit code 2, never a traceback, and the message never quotes the input;
* more than ``--max-bytes`` stops the same way (checked before reading for a file);
* it is read in blocks cut at paragraph boundaries (``\\n\\n``, else a line end, else a space), each
  block is detected on its own and offsets are shifted back to the whole input, so a large file is
  never loaded at once. A name found in one block is propagated within that block only.

``scan --jsonl`` is the batch interface: one ``{"id", "text"}`` per input line, one
``{"id", "entities": [{"start", "end", "label", "score"}]}`` per output line, offsets in Python
characters, in input order. A line that cannot be analysed (bad JSON, no text, not UTF-8, too long,
detection failure) gets an error record in its place, ``{"id": …, "line": n, "error": {"code",
"message"}}``, so output lines stay aligned with input lines; the command goes on and exits 1 at the
end if any line failed.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from egide.commands.engine_input import DEFAULT_MAX_BYTES, open_input, read_line, read_pieces
from egide.commands.exits import EXIT_FOUND_PROBLEM, report
from egide.errors import DetectionError, EgideError, InputError

if TYPE_CHECKING:
    from rich.console import Console

    from egide.detect import Detector, Finding

_OPERATORS = ("placeholder", "surrogate", "mask", "redact", "date-shift")
#: Operators whose output depends on the server secret: the same key gives the same surrogates and shifts.
_KEYED_OPERATORS = ("surrogate", "date-shift")
#: One style per label (colour, and reverse or underline where colours run out): no two labels alike.
_LABEL_COLOURS = {
    "NOM": "bold red", "DATE": "cyan", "DATE_NAISSANCE": "bold cyan underline", "AGE": "bright_cyan",
    "ADRESSE": "green", "CODE_POSTAL": "green underline", "VILLE": "bright_green", "ETABLISSEMENT": "bold green",
    "NIR": "bold magenta", "IPP": "magenta", "NDA": "magenta underline", "RPPS": "yellow", "ADELI": "yellow underline",
    "FINESS": "bright_yellow", "SIRET": "bold yellow", "IBAN": "blue", "CARTE_BANCAIRE": "blue underline",
    "PIECE_IDENTITE": "bold blue", "IMMATRICULATION": "bright_blue", "IP": "bright_magenta", "URL": "white underline",
    "EMAIL": "bright_white", "TELEPHONE": "bright_red", "SECRET": "reverse red", "IDENTIFIANT": "reverse magenta",
}  # fmt: skip

Encoding = Annotated[
    str,
    typer.Option(
        "--encoding", help="Encodage du fichier (utf-8 ; cp1252 pour les exports de logiciels plus anciens)."
    ),
]
MaxBytes = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuser les entrées plus grandes (octets).")
]


# ---------------------------------------------------------------- errors


@contextmanager
def _clean_failures() -> Iterator[None]:
    """Render égide's errors as one line on stderr and the documented exit code, whoever calls us."""
    try:
        yield
    except EgideError as exc:
        raise typer.Exit(report(exc)) from None


def _detector() -> Detector:
    from egide.detect import Detector
    from egide.settings import load_settings

    settings = load_settings()
    try:
        return Detector(settings.detect)
    except EgideError:
        raise
    except Exception as exc:  # a broken install must fail closed with a message, not a traceback
        raise DetectionError(f"le moteur de détection n'a pas pu être chargé ({type(exc).__name__})") from exc


def detect_blocks(
    pieces: Iterator[str], detect: Callable[[str], list[Finding]]
) -> Iterator[tuple[int, str, list[Finding]]]:
    """``(offset, block, findings with offsets in the whole input)`` for each block, cut with margins
    by :func:`egide.detect.blocks.detect_stream` as in the batch job."""
    from egide.detect.blocks import detect_stream  # the engine loads on first use, after input checks

    offset = 0
    for block, found in detect_stream(detect, pieces):
        yield offset, block, [f.shifted(f.start + offset, f.end + offset) for f in found]
        offset += len(block)


def _finding_json(f: Finding, *, source: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"start": f.start, "end": f.end, "label": str(f.label), "score": round(f.score, 4)}
    if source:
        out["source"] = f.source
    return out


# ---------------------------------------------------------------- scan


def _scan_json(blocks: Iterator[str], detect: Callable[[str], list[Finding]]) -> None:
    """Stream ``{"findings": [...], "counts": {...}, "characters": n}`` without holding the input.

    Nothing is written before the first block is read, so refused input leaves stdout empty.
    """
    out = sys.stdout
    counts: dict[str, int] = {}
    characters = 0
    separator = ""
    for offset, block, found in detect_blocks(blocks, detect):
        if offset == 0:
            out.write('{"findings": [')
        for f in found:
            out.write(separator + json.dumps(_finding_json(f)))
            separator = ", "
            counts[str(f.label)] = counts.get(str(f.label), 0) + 1
        characters = offset + len(block)
    out.write(f'], "counts": {json.dumps(dict(sorted(counts.items())))}, "characters": {characters}}}\n')


def scan_terminal(
    blocks: Iterator[str], detect: Callable[[str], list[Finding]], console: Console | None = None
) -> None:
    """The text with each finding styled by label, then each finding (label, offsets, score, source)
    and the counts by label."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    counts: dict[str, int] = {}
    listed = Table(title="Détections")
    for column in ("catégorie", "début", "fin", "score", "source"):
        listed.add_column(column, justify="right" if column in ("début", "fin", "score") else "left")
    for offset, block, found in detect_blocks(blocks, detect):
        text = Text(block)
        for f in found:
            style = _LABEL_COLOURS.get(str(f.label), "bold")
            text.stylize(style, f.start - offset, f.end - offset)
            counts[str(f.label)] = counts.get(str(f.label), 0) + 1
            listed.add_row(
                Text(str(f.label), style=style), str(f.start), str(f.end), f"{f.score:.2f}", f.source
            )
        console.print(text, end="", highlight=False, markup=False, soft_wrap=True)
    console.print()
    if not counts:
        console.print("Aucune donnée identifiante détectée.")
        return
    table = Table(title="Par catégorie")
    table.add_column("catégorie")
    table.add_column("nombre", justify="right")
    for label, n in sorted(counts.items()):
        table.add_row(Text(label, style=_LABEL_COLOURS.get(label, "bold")), str(n))
    console.print(listed)
    console.print(table)


def _jsonl_error(doc_id: Any, line: int, code: str, message: str) -> dict[str, Any]:
    return {"id": doc_id, "line": line, "error": {"code": code, "message": message}}


def _jsonl_record(raw: bytes, number: int, detect: Callable[[str], list[Finding]]) -> dict[str, Any]:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _jsonl_error(None, number, "invalid_encoding", "la ligne n'est pas en UTF-8")
    except json.JSONDecodeError as exc:
        return _jsonl_error(None, number, "invalid_json", f"JSON invalide (colonne {exc.colno})")
    if not isinstance(record, dict):
        return _jsonl_error(None, number, "invalid_record", 'un objet {"id", "text"} est attendu')
    doc_id = record.get("id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool):
        doc_id = None
    text = record.get("text")
    if not isinstance(text, str):
        return _jsonl_error(doc_id, number, "invalid_record", "« text » manquant ou n'est pas une chaîne")
    try:
        found = detect(text) if text.strip() else []
    except EgideError as exc:  # fail closed for this line: an error, never an empty list
        return _jsonl_error(doc_id, number, exc.code, exc.message)
    return {"id": doc_id, "entities": [_finding_json(f, source=False) for f in found]}


def _scan_jsonl(stream: IO[bytes], max_bytes: int, detect: Callable[[str], list[Finding]]) -> int:
    """Process the JSONL stream; returns the number of lines that failed."""
    failures = 0
    number = 0
    while True:
        raw, too_long = read_line(stream, max_bytes)
        if raw is None:
            break
        number += 1
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark before the first record is not part of the JSON
        if too_long:
            result = _jsonl_error(None, number, "payload_too_large", f"ligne de plus de {max_bytes} octets")
        elif not raw.strip():
            continue
        else:
            if isinstance(detect, LazyDetector):
                detect.load()  # an engine that cannot load stops the run (exit 3), it is not a bad line
            result = _jsonl_record(raw, number, detect)
        failures += "error" in result
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return failures


def scan(
    source: Annotated[
        str, typer.Argument(metavar="FICHIER|-", help="Fichier texte, ou - pour l'entrée standard.")
    ] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help="Sortie JSON (par défaut quand la sortie n'est pas un terminal).")
    ] = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl", help="Mode lot : une ligne {id, text} en entrée, une ligne {id, entities} en sortie."
        ),
    ] = False,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    encoding: Encoding = "utf-8",
) -> None:
    """Montrer ce qui identifie un patient dans un texte : en couleurs sur un terminal, en JSON sinon."""
    with _clean_failures():
        if jsonl:
            failures = _scan_jsonl(open_input(source, None), max_bytes, LazyDetector())
            if failures:
                typer.echo(
                    f"egide: {failures} ligne(s) non analysée(s), voir les enregistrements « error »",
                    err=True,
                )
                raise typer.Exit(EXIT_FOUND_PROBLEM)
            return
        stream = open_input(source, max_bytes)
        blocks = read_pieces(stream, max_bytes, encoding)
        if as_json or not sys.stdout.isatty():
            _scan_json(blocks, LazyDetector())
        else:
            scan_terminal(blocks, LazyDetector())


class LazyDetector:
    """Loads the engine on the first text, so that bad input is refused before a second of loading."""

    def __init__(self) -> None:
        self._detector: Detector | None = None

    def load(self) -> Detector:
        if self._detector is None:
            self._detector = _detector()
        return self._detector

    def __call__(self, text: str) -> list[Finding]:
        return self.load().detect(text)


# ---------------------------------------------------------------- pseudonymise


def pseudonymise(
    source: Annotated[
        str, typer.Argument(metavar="FICHIER|-", help="Fichier texte, ou - pour l'entrée standard.")
    ] = "-",
    operator: Annotated[
        str, typer.Option("--operator", "-o", help=f"Parmi : {', '.join(_OPERATORS)}.")
    ] = "placeholder",
    secret_env: Annotated[
        str | None,
        typer.Option(
            "--secret-env", metavar="VAR", help="Variable d'environnement qui contient la clé secrète."
        ),
    ] = None,
    scope: Annotated[
        str | None,
        typer.Option(
            "--scope", help="Les pseudonymes sont stables dans une portée (défaut : une par exécution)."
        ),
    ] = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    encoding: Encoding = "utf-8",
) -> None:
    """Écrire le texte avec chaque identifiant remplacé par l'opérateur choisi (en UTF-8)."""
    with _clean_failures():
        if operator not in _OPERATORS:
            raise InputError(f"opérateur inconnu : {operator} (connus : {', '.join(_OPERATORS)})")
        if secret_env is not None:
            value = os.environ.get(secret_env)
            if not value:
                raise InputError(f"la variable d'environnement {secret_env} est absente ou vide")
        elif operator in _KEYED_OPERATORS:
            from egide.app import with_secret
            from egide.settings import load_settings

            value = with_secret(load_settings()).secret_key
        else:
            # placeholder, mask, redact draw nothing from the key: one for this run is enough.
            value = secrets.token_urlsafe(48)
        # The same derivation as the gateway's: one server secret, one key per purpose.
        from egide.keys import Purpose, derive_key

        secret = derive_key(value, Purpose.PSEUDONYMS)
        from egide.transform import Pseudonymiser

        pseudonymiser = Pseudonymiser(
            operator=operator.replace("-", "_"), secret=secret, scope=scope or secrets.token_hex(16)
        )
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

        stream = open_input(source, max_bytes)
        size = os.fstat(stream.fileno()).st_size if source != "-" else None
        blocks = read_pieces(stream, max_bytes, encoding)
        # A progress bar on a terminal only (stderr), in bytes of the input read so far.
        with Progress(
            "pseudonymisation", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), disable=not sys.stderr.isatty(), transient=True,
        ) as progress:  # fmt: skip
            task = progress.add_task("pseudonymisation", total=size)
            for offset, block, found in detect_blocks(blocks, LazyDetector()):
                local = [f.shifted(f.start - offset, f.end - offset) for f in found]
                sys.stdout.write(pseudonymiser.apply(block, local))
                progress.advance(task, len(block.encode(encoding, errors="replace")))
        sys.stdout.flush()


# ---------------------------------------------------------------- eval


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.2f} %"


def evaluate(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD.jsonl", help="Référence JSONL : {id, text, entities}.")
    ],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            metavar="PRED.jsonl",
            help="Prédictions (sortie de scan --jsonl, - pour l'entrée standard) ; défaut : égide les calcule.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Sortie JSON.")] = False,
) -> None:
    """Évaluer des détections par rapport à une référence : P/R/F1 par catégorie, fuites, sur-masquage."""
    from egide.evaluation import predict, read_gold, read_predictions, score
    from egide.evaluation.documents import predictions_from_lines

    with _clean_failures():
        documents = read_gold(gold)
        if not documents:
            raise InputError(f"{gold}: aucun document")
        if pred is None:
            predictions = predict(_detector(), documents)
        elif str(pred) == "-":  # `egide scan --jsonl < gold.jsonl | egide eval gold.jsonl --pred -`
            predictions = predictions_from_lines(sys.stdin, "stdin")
        else:
            predictions = read_predictions(pred)
        report = score(documents, predictions)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{report.documents} documents — correspondance par chevauchement (classes d'équivalence)"
    )
    for column in (
        "catégorie",
        "or",
        "préd.",
        "précision",
        "rappel",
        "F1",
        "rappel tout label",
        "entièrement masqués",
        "F1 strict",
    ):
        table.add_column(column, justify="left" if column == "catégorie" else "right")
    for s in [*sorted(report.per_label.values(), key=lambda s: s.label), report.total]:
        table.add_row(s.label, str(s.gold), str(s.predicted), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1),
                      _fmt(s.recall_any_label), _fmt(s.share_fully_masked), _fmt(s.strict_f1))  # fmt: skip
    console = Console()
    console.print(table)
    console.print(f"Caractères d'identifiants masqués : {_pct(report.share_gold_chars_masked)}")
    console.print(
        f"Documents entièrement caviardés : {_pct(report.share_docs_fully_redacted)} "
        f"({report.documents_fully_redacted}/{report.documents_with_identifiers})"
    )
    console.print(
        f"Texte sans identifiant masqué : {_pct(report.share_clean_chars_masked)} ({report.clean_documents} documents)"
    )
    console.print(f"Texte hors identifiants masqué : {_pct(report.share_other_chars_masked)}")
    if report.missing_predictions or report.unknown_predictions:
        console.print(
            f"Prédictions manquantes : {report.missing_predictions}, inconnues : {report.unknown_predictions}"
        )


def register(app: typer.Typer) -> None:
    """Add ``scan``, ``pseudonymise`` and ``eval`` to the root command group."""
    app.command()(scan)
    app.command()(pseudonymise)
    app.command(name="eval")(evaluate)
