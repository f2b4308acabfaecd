"""A unit's kind and speciality, a dash, then the kind of document: « SSR gériatrique — CRH », « USLD —
CR ».

A discharge letter's second line names the unit that writes it and the document (« CRH »: compte rendu
d'hospitalisation). The establishments' patterns read a structure's acronym, words, a dash and a word in
capitals as an establishment and its site or town; when that last word is a document's kind and every
word before the dash but the acronym is in lower case, nothing there names a place.
"""

from __future__ import annotations

import re

# What the dash leads to: a document's kind (the normaliser's « - » for any dash by then).
_DOCUMENT_AFTER_A_DASH = re.compile(r"[ \t]+[-—–][ \t]+(?:CRH|CRO|CRC|CR|RCP|LDL)[ \t]*\Z")


def names_a_document(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, an establishment found, is a unit's kind and lower-case words, a dash and a
    document's kind."""
    dash = _DOCUMENT_AFTER_A_DASH.search(text, start, end)
    if dash is None:
        return False
    words = text[start : dash.start()].split()
    return len(words) >= 1 and all(w.islower() for w in words[1:])
