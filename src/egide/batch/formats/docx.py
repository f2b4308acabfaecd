"""A ``.docx`` file is one document: its text as a person reads it, written as ``.docx.txt``.

Read with python-docx (the ``documents`` extra). Paragraphs on their own lines and tables row by row,
cells separated by a tab, in the order of the body, like an ``.html`` page; the headers and footers
of the sections (letterheads often carry the patient's name and IPP) come first and last. Text
boxes, comments and tracked deletions are not read, so they are not written either. A file that is
not a Word document (not a ZIP, a missing or broken part) is ``invalid_docx``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from egide.batch.records import FileFailure

#: A document format: :func:`pieces` gives its text, written as text.
DOCUMENT = True
#: « courrier.docx » → « courrier.docx.txt ».
OUTPUT_SUFFIX = ".txt"


def _lines(blocks: Iterable[Any]) -> Iterator[str]:
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                previous = None
                for cell in row.cells:
                    if cell._tc is previous:
                        continue  # a merged cell is listed once per column it spans
                    previous = cell._tc
                    cells.append(" ".join(p.text for p in cell.paragraphs).strip())
                yield "\t".join(cells)
        else:
            yield block.text


def _text(path: Path) -> str:
    try:
        import docx
    except ImportError:
        raise FileFailure(
            "docx_unavailable", "lire du .docx demande python-docx (pip install 'egide[documents]')"
        ) from None
    try:
        document = docx.Document(str(path))
        heads: list[str] = []
        feet: list[str] = []
        for section in document.sections:
            if not section.header.is_linked_to_previous:
                heads.extend(_lines(section.header.iter_inner_content()))
            if not section.footer.is_linked_to_previous:
                feet.extend(_lines(section.footer.iter_inner_content()))
        lines = [*heads, *_lines(document.iter_inner_content()), *feet]
    except OSError:
        raise  # unreadable (permissions): counted as such by the job
    except Exception:  # not a ZIP, a missing part, lxml's XML errors: a broken file, never a stopped run
        raise FileFailure("invalid_docx", "fichier .docx illisible (pas un document Word valide)") from None
    return "\n".join(lines).strip("\n") + "\n"


def pieces(path: Path) -> Iterator[str]:
    """The document's text (python-docx reads the whole package: Word files are small)."""
    yield _text(path)
