"""Gold and predicted documents, read from JSONL.

Gold: one JSON object per line ``{"id", "text", "entities": [{"start", "end", "label"}]}``
(offsets in Python characters, end exclusive). Predictions: ``{"id", "entities": [...]}``, the
output of ``egide scan --jsonl``; a ``text`` is not needed. Lines that are not valid records raise
:class:`~egide.errors.InputError` naming the line number, never echoing the line's content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from egide.errors import InputError


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    spans: tuple[Span, ...]


def parse_spans(raw: Any, *, where: str, text_length: int | None = None) -> tuple[Span, ...]:
    if not isinstance(raw, list):
        raise InputError(f"{where}: « entities » doit être une liste")
    spans: list[Span] = []
    for item in raw:
        if not isinstance(item, dict):
            raise InputError(f"{where}: chaque entité doit être un objet")
        start, end, label = item.get("start"), item.get("end"), item.get("label")
        if not isinstance(start, int) or not isinstance(end, int) or not isinstance(label, str):
            raise InputError(f"{where}: une entité doit avoir start et end entiers et un label texte")
        if not 0 <= start < end or (text_length is not None and end > text_length):
            raise InputError(f"{where}: entité hors du texte [{start}, {end})")
        spans.append(Span(start, end, label))
    return tuple(sorted(spans))


def _records(lines: Iterable[str], source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}, ligne {number} : JSON invalide (colonne {exc.colno})") from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str | int):
            raise InputError(f"{source}, ligne {number}: un objet avec un « id » est attendu")
        yield number, record


def gold_from_lines(lines: Iterable[str], source: str = "gold") -> list[Document]:
    documents: list[Document] = []
    seen: set[str] = set()
    for number, record in _records(lines, source):
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(f"{source}, ligne {number}: « text » manquant")
        doc_id = str(record["id"])
        if doc_id in seen:
            raise InputError(f"{source}, ligne {number}: identifiant en double")
        seen.add(doc_id)
        spans = parse_spans(
            record.get("entities", []), where=f"{source}, ligne {number}", text_length=len(text)
        )
        documents.append(Document(doc_id, text, spans))
    return documents


def predictions_from_lines(lines: Iterable[str], source: str = "prédictions") -> dict[str, tuple[Span, ...]]:
    predictions: dict[str, tuple[Span, ...]] = {}
    for number, record in _records(lines, source):
        if "error" in record and "entities" not in record:
            raise InputError(f"{source}, ligne {number}: le document n'a pas été analysé ({record['error']})")
        predictions[str(record["id"])] = parse_spans(
            record.get("entities", []), where=f"{source}, ligne {number}"
        )
    return predictions


def _open_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"fichier introuvable : {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: le fichier n'est pas en UTF-8") from None


def read_gold(path: Path) -> list[Document]:
    return gold_from_lines(_open_lines(path), str(path))


def read_predictions(path: Path) -> dict[str, tuple[Span, ...]]:
    return predictions_from_lines(_open_lines(path), str(path))
