"""A document's title opening a line: what a letterhead's last line is followed by, never its next part.

« Clinique Rhéna – Strasbourg⏎CRO du 2.12.2026 », « Hôpital Delafontaine — Maternité⏎Compte rendu de
séjour de Mme … »: the letterhead ends its line and the document's kind opens the next. Read with its
line breaks as spaces (:mod:`egide.detect.wrapped`), the hospital's name went on into « CRO » or
« Compte »; a line that opens on a document's title closes the line before it.
"""

from __future__ import annotations

import re

# The kinds of documents, as their title opens a line (in any case), then a word's end.
_TITLE = re.compile(
    r"(?i:compte[ \t-]+rendu|comptes[ \t-]+rendus|lettre[ \t]+de[ \t]+(?:liaison|sortie)|ordonnance"
    r"|certificat|courrier|fiche[ \t]+de[ \t]+liaison|observation[ \t]+m[ée]dicale)(?![\w'’-])"
    # (the abbreviations of a report, in capitals: « CRO du … », « CRH — », « CR de consultation »)
    r"|(?:CRO|CRH|CRA|CRU|CR)(?![\w'’-])"
)


def opens_on_a_document_title(text: str, at: int) -> bool:
    """The line that opens at ``at`` opens on a document's title."""
    return _TITLE.match(text, at) is not None
