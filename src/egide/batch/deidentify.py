"""One document in, one document out: detect, then replace with the chosen operator.

A fresh :class:`~egide.transform.Pseudonymiser` per document, on the document's scope (see
:mod:`egide.batch.scope`): its output depends only on the document, its scope and the key, never on
which documents were done before or where. That is what makes every backend give the same bytes.

A text of any length goes through :meth:`Deidentifier.stream`: pieces in, pieces out, never the
whole text in memory. It is detected by blocks of about ``BLOCK_CHARS`` characters ending at a
paragraph (else line, else word) boundary, and each block is detected with ``OVERLAP`` characters
of the text before and after it, so that a name or a NIR that a cut falls into is still seen whole:
a finding belongs to the block where it starts, and the next block starts where it ends. Names are
propagated within a block and its margins (the engine's per-call propagation), not across a whole
200 MB file; a clinical letter is shorter than one block, so for letters nothing is cut.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from dataclasses import replace

from egide.batch.records import Record
from egide.batch.scope import document_scope, person_scope
from egide.detect import Detector, Finding
from egide.transform import Pseudonymiser

#: Characters per detection block: the engine's time budget is per call, and memory stays bounded.
BLOCK_CHARS = 32_000
#: Characters of context read on each side of a block (longer than any entity the engine finds).
OVERLAP = 400


def _cut(buffer: str, size: int) -> int:
    """Where a block taken from the start of ``buffer`` ends: after the last paragraph break before
    ``size``, else the last line end, else the last space; ``size`` when there is none."""
    for separator in ("\n\n", "\n", " "):
        at = buffer.rfind(separator, 0, size)
        if at > 0:
            return at + len(separator)
    return size


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
        before = ""  # the end of what was already written: left context of the next block
        buffer = ""  # read, not yet written
        pieces = iter(pieces)
        ended = False
        while True:
            # Enough for a block and its right margin, or the end of the text.
            while not ended and len(buffer) <= self.block_chars + self.overlap:
                piece = next(pieces, None)
                if piece is None:
                    ended = True
                else:
                    buffer += piece
            if ended and len(buffer) <= self.block_chars:
                break
            cut = _cut(buffer, self.block_chars)
            end = yield from self._block(before, buffer, cut, pseudonymiser, found)
            before = buffer[max(0, end - self.overlap) : end]
            buffer = buffer[end:]
        if buffer:
            yield from self._block(before, buffer, len(buffer), pseudonymiser, found)

    def _block(
        self, before: str, buffer: str, cut: int, pseudonymiser: Pseudonymiser, found: Counter[str]
    ) -> Generator[str, None, int]:
        """De-identify ``buffer[:cut]`` (or a little further, to the end of an entity the cut falls
        into), detected with ``before`` and the next ``overlap`` characters around it; returns where
        it ended in ``buffer``."""
        window = before + buffer[: cut + self.overlap]
        if not window.strip():
            yield buffer[:cut]
            return cut
        shift = len(before)
        kept: list[Finding] = []
        for f in self.detector.detect(window):
            start, end = f.start - shift, f.end - shift
            if end <= 0 or start >= cut:
                continue  # the previous block's, or the next one's
            # An entity begun in the margin before and not replaced there is masked from here on.
            kept.append(f.shifted(max(0, start), end))
        end = max([cut, *(k.end for k in kept)])
        found.update(str(k.label) for k in kept)
        yield pseudonymiser.apply(buffer[:end], kept)
        return end
