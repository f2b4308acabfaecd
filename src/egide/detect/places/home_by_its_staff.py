"""ETABLISSEMENT: a care home or a home-care service named after the staff member who coordinates it
(« appeler l'IDEC des Tilleuls », « le médecin coordonnateur de la Roseraie », « l'infirmière
coordinatrice du Clos Fleuri »).

The coordinating nurse (IDEC) and the coordinating doctor are the roles of a nursing home, a home-nursing
service or a home-hospitalisation service, and of nothing else: what follows them with « de », « du »,
« des » and a capitalised name is that home's own name, which a note gives without its kind once the
patient's home is known to the reader. Not a kind of structure (« l'IDEC de l'EHPAD », « du SSIAD »), a
service or a shift (« l'IDEC du Service », « de Nuit »), nor a person (« l'IDEC de Mme Roux »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.places.atoms import TOKEN
from egide.detect.places.establishment import GENERIC, STRUCTURE_ACRONYMS

SCORE = 0.75

_STAFF_AND_NAME = re.compile(
    rf"""
    (?<![\w\-])
    (?: IDEC | Idec | idec | IDE[ \t]+coordinatrice | IDE[ \t]+coordinateur
      | (?i:infirmi[eè]re?[ \t]+coordinat(?:rice|eur)|m[ée]decin[ \t]+coordo?n?nateur|m[ée]decin[ \t]+coordinateur) )
    [ \t]+ (?: de[ \t]+la | de[ \t]+l['’] | du | des | de | d['’] ) [ \t]*
    (?P<name> {TOKEN} (?: (?:[ \t]+|-) {TOKEN} ){{0,2}} )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
# The words after the staff member that name no home: the kinds, a unit, a shift, a person's title.
_NOT_A_NAME = frozenset(
    {"service", "pole", "unite", "secteur", "etage", "nuit", "jour", "semaine", "week-end", "residence",
     "maison", "structure", "etablissement", "centre", "site", "mme", "madame", "monsieur", "m", "mr", "dr",
     "docteur", "patient", "patiente", "famille", "territoire", "reseau", "plateforme", "ehpad", "ssiad",
     "had", "spasad", "ssr", "smr", "usld"}
)  # fmt: skip
_GENERIC_KEYS = frozenset(fold(w) for w in GENERIC)


class HomeByItsStaffRecogniser:
    """ETABLISSEMENT: the home after its coordinating nurse or doctor (« l'IDEC des Tilleuls »)."""

    name = "fr_home_by_its_staff"

    def may_match(self, doc: Document) -> bool:
        low = doc.lowered if doc.lowered is not None else doc.text.lower()
        return "idec" in low or "coordo" in low or "coordina" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _STAFF_AND_NAME.finditer(text):
            words = [(t.start(), t.end()) for t in _TOKEN.finditer(text, m.start("name"), m.end("name"))]
            kept: list[tuple[int, int]] = []
            for a, b in words:
                word = text[a:b]
                key = fold(word)
                if key in _NOT_A_NAME or key in _GENERIC_KEYS or word in STRUCTURE_ACRONYMS:
                    break
                kept.append((a, b))
            if not kept:
                continue
            yield Finding(kept[0][0], kept[-1][1], Label.ETABLISSEMENT, SCORE, self.name)
