"""Whether a span found in a text's second reading (its line breaks read as spaces, :mod:`egide.detect.
wrapped`) lies on one line of the text as written.

An organisation's name is written on one line: a capitalised word that ends a line and the name that
opens the next (« PRISE EN CHARGE HOSPITALIÈRE⏎Mutuelle : … ») are two lines' words, not one name.
"""

from __future__ import annotations

from egide.detect.document import Document


def on_one_line(doc: Document, start: int, end: int) -> bool:
    """True when ``doc`` as written holds no line break between ``start`` and ``end``."""
    return "\n" not in doc.written[start:end]
