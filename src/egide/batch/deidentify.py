"""One document in, one document out: detect, then replace with the chosen operator.

A fresh :class:`~egide.transform.Pseudonymiser` per document, on the document's scope (see
:mod:`egide.batch.scope`): its output depends only on the document, its scope and the key, never on
which documents were done before or where. That is what makes every backend give the same bytes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from egide.batch.records import Record
from egide.batch.scope import document_scope, person_scope
from egide.detect import Detector
from egide.transform import Pseudonymiser

#: Long texts are detected by blocks ending at a paragraph (else line, else word) boundary, as
#: ``egide pseudonymise`` does: the detection budget is per call, and memory stays bounded.
BLOCK_CHARS = 32_000


def blocks(text: str) -> list[str]:
    """``text`` cut into blocks whose concatenation is ``text``."""
    out: list[str] = []
    while len(text) > BLOCK_CHARS:
        cut = BLOCK_CHARS
        for separator in ("\n\n", "\n", " "):
            at = text.rfind(separator, 0, BLOCK_CHARS)
            if at > 0:
                cut = at + len(separator)
                break
        out.append(text[:cut])
        text = text[cut:]
    out.append(text)
    return out


class Deidentifier:
    """The engine and the operator, loaded once per worker and applied to many documents."""

    def __init__(self, detector: Detector, operator: str, secret: bytes) -> None:
        self.detector = detector
        self.operator = operator.replace("-", "_")
        self.secret = secret

    def scope(self, record: Record, relative_path: str) -> str:
        if record.person is not None:
            return person_scope(self.secret, record.person)
        return document_scope(self.secret, relative_path, record.number)

    def record(self, record: Record, relative_path: str, found: Counter[str]) -> Record:
        """``record`` with its texts de-identified; adds the findings to ``found`` by label."""
        if not record.texts:
            return record
        pseudonymiser = Pseudonymiser(
            self.operator, secret=self.secret, scope=self.scope(record, relative_path)
        )
        texts: dict[str, str] = {}
        for name, text in record.texts.items():
            parts: list[str] = []
            for block in blocks(text):
                findings = self.detector.detect(block) if block.strip() else []
                found.update(str(f.label) for f in findings)
                parts.append(pseudonymiser.apply(block, findings))
            texts[name] = "".join(parts)
        return replace(record, texts=texts)
