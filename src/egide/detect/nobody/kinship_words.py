"""A word of kinship or of address identifies nobody: « Maman présente (Khadija) », « Maman a 38.7 ce
matin », « le papa travaille », « personne à prévenir : fille 07 58 22 61 09 », « Sehr geehrter Herr
Kollege ».

Nurses write a child's parents as the child says them (« Maman », « Papa », « Mamie »), a form writes
who to call by the relation (« fille », « fils », « voisine ») and its fields by a person's role (« Enfant :
Louis Pham », « Médecin conseil : Dr X »), a German letter greets « Herr Kollege ».
The name lists hold some of these as first names or surnames (« Papa » is a Senegalese first name,
« Fils » a surname), and a line's first word or a field's value is read as a name. Alone, the word is
the relation; the person's name stays where it is written (« (Khadija) »). Beside a capitalised word
it may be a first name (« Papa Diop »), and after a title a surname (« M. Fils »): those stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.nobody.cues import titled

# (folded to lower case; the words as a child or a form writes them)
_KIN = frozenset(
    {"maman", "papa", "mamie", "mamy", "mammy", "papi", "papy", "pépé", "mémé", "pepe", "meme", "tonton",
     "tata", "tatie", "taty", "fille", "fils", "frère", "frere", "sœur", "soeur", "mère", "mere", "père", "pere",
     "épouse", "epouse", "époux", "epoux", "mari", "conjoint", "conjointe", "compagne", "compagnon",
     "voisin", "voisine", "belle-fille", "beau-fils", "petite-fille", "petit-fils", "nièce", "niece", "neveu",
     "cousin", "cousine", "tuteur", "tutrice", "curateur", "curatrice", "personne", "enfant", "bébé", "bebe",
     "médecin", "medecin",
     "kollege", "kollegin", "kollegen"}
)  # fmt: skip
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][\w\-]+")
_NAME_BEFORE = re.compile(r"(?<![\w\-])[A-ZÀ-Þ][\w\-]+[ \t]+\Z")


def _kin(text: str, f: Finding) -> bool:
    if f.end - f.start > 12 or text[f.start : f.end].casefold() not in _KIN:
        return False
    if _NAME_AFTER.match(text, f.end) is not None or titled(text, f.start):
        return False
    before = _NAME_BEFORE.search(text, max(0, f.start - 25), f.start)
    # (« Herr Kollege »: the German civility greets a colleague; any other capitalised word before it
    # may be the first name of a surname « Fils »)
    return before is None or before.group().split()[0] in ("Herr", "Frau", "Liebe", "Lieber", "Sehr")


def drop_kinship_words(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the words of kinship taken for a name."""
    return [f for f in found if not (f.label == Label.NOM and _kin(text, f))]
