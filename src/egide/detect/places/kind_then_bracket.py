"""ETABLISSEMENT: the name of a care structure in brackets right after its kind (« relais en HAD (Santé
Relais, Villeurbanne) », « entrée en EHPAD (Les Tilleuls) le 3/12 », « suivi en CMP (Les Augustins) »).

A note says the kind in its sentence and gives which one in brackets, with its town after a comma maybe:
the bracket holds the structure's own name. Read when it opens on a capitalised article (« Les
Tilleuls »), holds a word that is no French word (« Korian Gassendi »), or two capitalised words or more
(« Santé Relais », « Soins et Santé »: a brand of generic words). Not the kind's expansion
(« HAD (Hospitalisation À Domicile) »), a unit or a speciality (« SSR (Rééducation) »), a number or a date,
a person after a title, a software's name with a capital inside (« SSR (ViaTrajectoire) »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold, is_common_word
from egide.detect.places.atoms import TOKEN
from egide.detect.places.establishment import GENERIC, STRUCTURE_ACRONYMS

SCORE = 0.75

_KIND_THEN_BRACKET = re.compile(
    rf"""
    (?<![\w\-]) (?P<kind> [A-Z]{{3,6}} ) [ \t]* \( [ \t]*
    (?P<name> (?:(?:Les|Le|La|L['’])[ \t]*)? {TOKEN} (?: (?:[ \t]+(?:et|de|du|des|de[ \t]+la|d['’]|l['’])?[ \t]*|-) {TOKEN} ){{0,4}} )
    [ \t]* (?=[,)])
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
_GENERIC_KEYS = frozenset(fold(w) for w in GENERIC) | frozenset(
    {"hospitalisation", "domicile", "etablissement", "hebergement", "personnes", "agees", "dependantes",
     "service", "soins", "infirmiers", "centre", "medico", "psychologique", "unite", "longue", "duree",
     "readaptation", "suite", "secteur", "adultes", "enfants", "pole", "site", "equipe", "mobile"}
)  # fmt: skip
_ARTICLES = frozenset({"les", "le", "la", "l"})
_SMALL = frozenset({"a", "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "pour"})
_TITLES = frozenset({"dr", "pr", "docteur", "professeur", "m", "mme", "mlle", "madame", "monsieur", "mr"})


class KindThenBracketRecogniser:
    """ETABLISSEMENT: a care structure's name in brackets after its kind (« en EHPAD (Les Tilleuls) »)."""

    name = "fr_kind_then_bracket"

    def may_match(self, doc: Document) -> bool:
        return "(" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in finditer(_KIND_THEN_BRACKET, text):
            if m["kind"] not in STRUCTURE_ACRONYMS:
                continue
            words = [text[t.start() : t.end()] for t in _TOKEN.finditer(text, m.start("name"), m.end("name"))]
            keys = [fold(w).removeprefix("l'") for w in words]
            content = [k for k in keys if k not in _ARTICLES]
            # (two generic words joined by « et » are a brand: « HAD (Soins et Santé) », « SSIAD (Aide et
            # Soins) »; joined by « de », a kind: « SSR (Soins de Suite) »)
            brand = len(words) == 2 and re.search(r"[ \t]et[ \t]", m["name"]) is not None
            if not content or (all(k in _GENERIC_KEYS for k in content) and not brand):
                continue  # « HAD (Hospitalisation À Domicile) », « SSR (Rééducation) »
            if keys[0] in _TITLES:
                continue  # « CMP (Dr Martin) »: a person
            # (its small words counted or not: « Hospitalisation À Domicile » for HAD, « Service de Soins
            # Infirmiers À Domicile » for SSIAD)
            initials = {
                "".join(k[0] for k in keys).upper(),
                "".join(k[0] for k in keys if k not in _SMALL).upper(),
            }
            initials.add("".join(w[0] for w in words if w[:1].isupper()).upper())
            if m["kind"] in {fold(i).upper() for i in initials}:
                continue  # the kind's expansion, « HAD (Hospitalisation À Domicile) »
            article = keys[0] in _ARTICLES or m["name"].startswith(("L'", "L’"))
            # (a word with a capital inside is a software's name, « SSR (ViaTrajectoire) », no home's)
            if any(any(c.isupper() for c in w[1:]) and not w.isupper() for w in words):
                continue
            unknown = any(not is_common_word(w) and not is_common_word(w.lower()) for w in words)
            if article or unknown or len(content) >= 2:
                yield Finding(m.start("name"), m.end("name"), Label.ETABLISSEMENT, SCORE, self.name)
