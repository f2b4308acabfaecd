"""ETABLISSEMENT: a hand emergency centre by its label, « SOS Main » (« SOS Mains de l'Hôpital
Delafontaine », « Chirurgie de la main — SOS Main Provence », « adressé à SOS Mains Strasbourg »).

The hand surgery emergency centres of France carry one label, often with their place's or clinic's name
after it: where a patient was operated on, as a clinic's name is. A capitalised word after « SOS Main »
is that name (« Provence », a town) unless it is a word of the sentence; a town written with its article
is read whole (« SOS Mains Le Havre »). (« SOS Médecins », a network of
home visits named after no place, stays in clear.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.lexicon import commune_after, load_lexicon

_SOS_MAIN = re.compile(r"(?<![\w-])SOS[ \t-]+(?:Mains?|MAINS?)(?![\w'’-])")
_NAME_AFTER = re.compile(r"[ \t]+(?P<name>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*)")


class HandEmergencyUnitRecogniser:
    """ETABLISSEMENT: « SOS Main(s) » and the place's name after it."""

    name = "fr_hand_emergency_unit"

    def may_match(self, doc: Document) -> bool:
        return "SOS" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _SOS_MAIN.finditer(text):
            end = m.end()
            name = _NAME_AFTER.match(text, end)
            if name is not None and not is_common_word(name["name"].lower()):
                end = name.end()
            elif name is not None:
                # (« Le Havre », « La Rochelle »: a commune whose first word is an article)
                town = commune_after(load_lexicon(), text, name.start("name"), min(len(text), end + 40))
                if town is not None and " " in text[name.start("name") : town[0]]:
                    end = town[0]
            yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.8, self.name)
