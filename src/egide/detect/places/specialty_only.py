"""Establishments made of a speciality's or a document's words only, kept readable.

A heading strings its hospital with the unit the document comes from (« Hôpital Foch – ORL »,
« CRO ORL – CHU Grenoble Alpes », « LABORATOIRE DE BIOCHIMIE — Hôpital Saint-Louis »): the unit is
said by its speciality, the same in every hospital, and identifies nobody. Several readers take such an
item for a place (the group's acronym after a dash, a letterhead's chain item, the place tagger): an
establishment found whose every word is a speciality, a unit's or a laboratory's kind, or a document's
kind (with the particles between them) is dropped here, whoever found it. A word of its own beside them
(« Laboratoire Cerballiance », « Clinique de l'Union ») keeps the finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES

# Specialities and laboratory disciplines written out or as their usual acronym (folded: no accent,
# lower case), units' and documents' kinds that a heading strings beside them.
_WORDS = frozenset(
    [
        "orl",
        "hge",
        "ccv",
        "cmf",
        "ctcv",
        "mpr",
        "mco",
        "ssr",
        "usc",
        "usic",
        "uhcd",
        "sspi",
        "rea",
        "reanimation",
        "dim",
        "biochimie",
        "biologie",
        "hematologie",
        "virologie",
        "bacteriologie",
        "microbiologie",
        "parasitologie",
        "mycologie",
        "immunologie",
        "hemostase",
        "serologie",
        "serologies",
        "genetique",
        "cytogenetique",
        "anatomopathologie",
        "cytologie",
        "pharmacologie",
        "toxicologie",
        "endocrinologie",
        "cardiologie",
        "pneumologie",
        "neurologie",
        "nephrologie",
        "urologie",
        "gynecologie",
        "obstetrique",
        "pediatrie",
        "geriatrie",
        "psychiatrie",
        "oncologie",
        "radiologie",
        "imagerie",
        "radiotherapie",
        "dermatologie",
        "rhumatologie",
        "ophtalmologie",
        "stomatologie",
        "gastroenterologie",
        "hepatologie",
        "hepato-gastroenterologie",
        "infectiologie",
        "orthopedie",
        "traumatologie",
        "chirurgie",
        "neurochirurgie",
        "anesthesie",
        "anesthesie-reanimation",
        "maternite",
        "neonatologie",
        "urgences",
        "medecine",
        "interne",
        "polyvalente",
        "digestive",
        "viscerale",
        "vasculaire",
        "thoracique",
        "cardiaque",
        "cardio-vasculaire",
        "plastique",
        "maxillo-faciale",
        "pediatrique",
        "adulte",
        "adultes",
        "laboratoire",
        "service",
        "unite",
        "pole",
        "departement",
        "secteur",
        "plateau",
        "technique",
        "consultation",
        "consultations",
        "cro",
        "crh",
        "cr",
        "cro.",
        "crh.",
        "compte-rendu",
        "compte",
        "rendu",
    ]
)
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "l", "et", "en", "&"})
_WORD = re.compile(r"[^\W\d_]+(?:[\-.][^\W\d_]+)*\.?")


def specialty_only(name: str) -> bool:
    """Whether ``name`` is made of a speciality's, a unit's or a document's words and particles only."""
    words = _WORD.findall(name.replace("’", "'"))
    if not words or any(c.isdigit() for c in name):
        return False
    own = [w for w in words if fold(w) not in _PARTICLES]
    return bool(own) and all(
        (key := fold(w)) in _WORDS or key.rstrip(".") in _WORDS or key in CLIPPED_SPECIALTIES for w in own
    )


def drop_specialty_establishments(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` less its establishments made of a speciality's words only (:func:`specialty_only`)."""
    return [f for f in found if f.label != Label.ETABLISSEMENT or not specialty_only(text[f.start : f.end])]
