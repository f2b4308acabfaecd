"""ETABLISSEMENT: a hand emergency centre by its label, « SOS Main » (« SOS Mains de l'Hôpital
Delafontaine », « Chirurgie de la main — SOS Main Provence », « adressé à SOS Mains Strasbourg », « SOS Mains Le Havre »: a town with its article).

The hand surgery emergency centres of France carry one label, often with their place's or clinic's name
after it: where a patient was operated on, as a clinic's name is. A capitalised word after « SOS Main »
is that name (« Provence », a town) unless it is a word of the sentence. (« SOS Médecins », a network of
home visits named after no place, stays in clear.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.lexicon import load_lexicon

_SOS_MAIN = re.compile(r"(?<![\w-])SOS[ \t-]+(?:Mains?|MAINS?)(?![\w'’-])")
# (a town's article with it: « SOS Mains Le Havre », « SOS Main La Rochelle »)
_NAME_AFTER = re.compile(r"[ \t]+(?P<name>(?:(?:Le|La|Les)[ \t]+|L['’])?[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*)")


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
            if (
                name is not None
                and (
                    (
                        " " not in name["name"]
                        and "'" not in name["name"]
                        and not is_common_word(name["name"].lower())
                    )
                    # (a town with its article, the name the list writes: « Le Havre », not « Le patient »)
                    or (
                        name["name"] != name["name"].split()[0]
                        and load_lexicon().commune(name["name"]) is not None
                    )
                    or (name["name"][:2] in ("L'", "L’") and load_lexicon().commune(name["name"]) is not None)
                )
            ):
                end = name.end()
            yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.8, self.name)
