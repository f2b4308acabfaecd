"""ETABLISSEMENT: the value of a form's « Établissement » field (« Établissement : GH70 », « Établissement
d'accueil : Médipôle », « Établissement demandeur : dispensaire de Wé », « Établissement : CH F1eyriat »).

A transport prescription, an accident certificate or an evacuation request names the establishment in
a field of its own; whatever is written there is its name, an acronym with a number that no list holds,
a brand, a name a scan blurred. The label opens its line (or a column after a gap of spaces); the value
runs to the line's end, a comma, a bracket, a dash or the next column, and holds a word that is no
common French word (« Établissement : public », « Établissement : non » name none). A number alone is
no name (« Réf. établissement : 125031955 » is a stay's, read by the number recognisers). The field may
hold a numbered list of them (« Établissement(s) souhaité(s) : 1) EHPAD de Cornille  2) Les Tilleuls »,
the homes a request for a place names), each item a value. A home-care provider's field is read the same
way (« Prestataire : LVL Médical Bordeaux »): the company and its branch say where the patient lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.written_line import on_one_line

# The label, scanned from its letters (the line's start or a column's gap before it is checked in code:
# a pattern opening on blanks would try every blank of a long run of them).
_FIELD = re.compile(
    # (the plural written as a form prints it too: « Établissement(s) souhaité(s) »)
    r"(?:(?:[ÉE]tablissements?|ÉTABLISSEMENTS?)(?:\([sS]\))?"
    r"(?:[ \t]+(?i:d['’][ \t]*accueil|d['’][ \t]*origine|sollicités?|souhaités?|demandeur|receveur"
    r"|destinataire|prescripteur|de[ \t]+(?:soins|santé|transfert))(?:\([sS]\))?)?"
    # the home-care provider a prescription of oxygen, of a bed or of a pump names (« Prestataire : LVL
    # Médical Bordeaux », « Prestataire de santé à domicile : Vitalaire Toulouse », « PSAD : Bastide »): a
    # company with its branch, that says where the patient lives as a pharmacy does
    r"|(?:Prestataire|PRESTATAIRE)(?:[ \t]+(?i:de[ \t]+santé(?:[ \t]+à[ \t]+domicile)?|à[ \t]+domicile|PSAD))?|PSAD)"
    r"[ \t]{0,8}:[ \t]{0,8}"
    # (the value bounded, and what ends it looked for a few blanks ahead only: linear on any input)
    r"(?:(?P<value>[^\W\d_][^\n,;(|—–]{0,80}?)(?=[ \t]{0,8}(?:[\n,;(|—–]|$)|[ \t]{3})"
    # or a numbered list of them on the line (« 1) EHPAD de Cornille  2) Les Tilleuls »), each item a value
    r"|(?P<items>[1-9][).][ \t]*[^\n]{1,160}))"
)
# One item of such a list: its number, then its value up to the next number or the line's end.
_ITEM = re.compile(
    r"[1-9][).][ \t]*(?P<value>[^\W\d_][^\n,;(|—–]{0,80}?)(?=[ \t]+[1-9][).]|[ \t]*(?:[,;(]|$))"
)
# What may stand before the label: the line's start, or a column's gap of three blanks.
_OPENS = re.compile(r"(?:^|\n|[ \t]{3})[ \t]*\Z")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_MAX_WORDS = 8


class EstablishmentFieldRecogniser:
    """ETABLISSEMENT: the value of a form's « Établissement : » field."""

    name = "fr_establishment_field"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return (
            "tablissement" in text
            or "TABLISSEMENT" in text
            or "restataire" in text
            or "RESTATAIRE" in text
            or "PSAD" in text
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _FIELD.finditer(text):
            if _OPENS.search(text, max(0, m.start() - 12), m.start()) is None:
                continue
            if not on_one_line(doc, m.start(), m.end()):
                continue  # (the text's second reading joins the next line's label: read on the first)
            if m["items"] is not None:
                values = [
                    (v.start("value"), v.end("value"))
                    for v in _ITEM.finditer(text, m.start("items"), m.end())
                ]
            else:
                values = [(m.start("value"), m.end("value"))]
            for start, end in values:
                words = _WORD.findall(text[start:end])
                if not words or len(words) > _MAX_WORDS or not any(_a_name(w) for w in words):
                    continue
                yield Finding(start, end, Label.ETABLISSEMENT, 0.8, self.name)


def _a_name(word: str) -> bool:
    """A word of a name: capitalised or glued to digits, and no common French word."""
    if any(c.isdigit() for c in word):
        return any(c.isalpha() for c in word)  # « GH70 », « F1eyriat »
    return word[0].isupper() and not is_common_word(word.lower())
