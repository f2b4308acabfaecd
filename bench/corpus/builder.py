"""Build a text and its gold spans together, so that offsets can never drift from the text.

Templates assemble *pieces*: a piece is a list of segments ``(text, label)`` where ``label`` is
``None`` for plain text. ``ent("NOM", "Jean DUPONT")`` is a one-segment piece; a name renderer
returns ``[("M. ", None), ("Jean DUPONT", "NOM")]``. :meth:`Doc.fmt` fills a format string whose
fields are pieces, recording the offsets of every labelled segment as it goes.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

Segment = tuple[str, str | None]
Piece = list[Segment]

_FORMATTER = string.Formatter()


def ent(label: str, text: str) -> Piece:
    return [(text, label)]


def plain(text: str) -> Piece:
    return [(text, None)]


def join(pieces: list[Piece], sep: str = ", ") -> Piece:
    out: Piece = []
    for i, piece in enumerate(pieces):
        if i:
            out.append((sep, None))
        out.extend(piece)
    return out


def piece_text(piece: Piece) -> str:
    return "".join(text for text, _ in piece)


@dataclass
class Doc:
    """A document being written: its text so far and the gold spans in it."""

    kind: str
    parts: list[str] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    _length: int = 0

    def add(self, piece: Piece | str) -> Doc:
        if isinstance(piece, str):
            piece = plain(piece)
        for text, label in piece:
            if not text:
                continue
            if label is not None:
                self.entities.append({"start": self._length, "end": self._length + len(text), "label": label})
            self.parts.append(text)
            self._length += len(text)
        return self

    def fmt(self, template: str, **fields: Piece | str) -> Doc:
        """Append ``template`` with each ``{field}`` replaced by its piece (plain strings allowed)."""
        for literal, name, _spec, _conv in _FORMATTER.parse(template):
            self.add(literal)
            if name is not None:
                self.add(fields[name])
        return self

    def line(self, template: str = "", **fields: Piece | str) -> Doc:
        return self.fmt(template, **fields).add("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def record(self, doc_id: str) -> dict[str, Any]:
        return {"id": doc_id, "kind": self.kind, "text": self.text, "entities": list(self.entities)}
