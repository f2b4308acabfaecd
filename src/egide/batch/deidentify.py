"""One document in, one document out: detect, then replace with the chosen operator.

A fresh :class:`~egide.transform.Pseudonymiser` per document, on the document's scope (see
:mod:`egide.batch.scope`): its output depends only on the document, its scope and the key, never on
which documents were done before or where. That is what makes every backend give the same bytes.

A text of any length goes through :meth:`Deidentifier.stream`: pieces in, pieces out, never the
whole text in memory, detected by blocks with margins (:mod:`egide.detect.blocks`, which ``egide scan``
and ``egide pseudonymise`` use too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from egide.batch.records import Record
from egide.batch.scope import document_scope, person_scope
from egide.detect import Detector
from egide.detect.blocks import BLOCK_CHARS, OVERLAP, detect_stream
from egide.transform import Pseudonymiser


class Deidentifier:
    """The engine and the operator, loaded once per worker and applied to many documents."""

    def __init__(
        self,
        detector: Detector,
        operator: str,
        secret: bytes,
        *,
        block_chars: int = BLOCK_CHARS,
        overlap: int = OVERLAP,
    ) -> None:
        self.detector = detector
        self.operator = operator.replace("-", "_")
        self.secret = secret
        self.block_chars = block_chars
        self.overlap = overlap

    def scope(self, record: Record, relative_path: str) -> str:
        if record.person is not None:
            return person_scope(self.secret, record.person)
        return document_scope(self.secret, relative_path, record.number)

    def pseudonymiser(self, scope: str) -> Pseudonymiser:
        return Pseudonymiser(self.operator, secret=self.secret, scope=scope)

    def record(self, record: Record, relative_path: str, found: Counter[str]) -> Record:
        """``record`` with its texts de-identified; adds the findings to ``found`` by label."""
        if not record.texts:
            return record
        pseudonymiser = self.pseudonymiser(self.scope(record, relative_path))
        texts = {
            name: "".join(self.stream((text,), pseudonymiser, found)) for name, text in record.texts.items()
        }
        return replace(record, texts=texts)

    def stream(
        self, pieces: Iterable[str], pseudonymiser: Pseudonymiser, found: Counter[str]
    ) -> Iterator[str]:
        """The text made of ``pieces``, de-identified, as pieces (their concatenation is the output).

        Holds at most one block, its two margins and one input piece in memory.
        """
        for block, kept in detect_stream(
            self.detector.detect, pieces, block_chars=self.block_chars, overlap=self.overlap
        ):
            found.update(str(k.label) for k in kept)
            yield pseudonymiser.apply(block, kept)
