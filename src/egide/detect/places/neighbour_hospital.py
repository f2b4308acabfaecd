"""ETABLISSEMENT: a hospital of Belgium, the Netherlands, Germany, Switzerland or Luxembourg named in its own
language: « AZ Groeninge », « UZ Leuven », « ZNA Middelheim », « Klinikum Saarbrücken », « Universitätsklinikum
Freiburg », « Kantonsspital Baselland », « Maasstad Ziekenhuis », « Ziekenhuis Oost-Limburg ».

Patients of the border areas are treated on both sides of it: a letter says where a Flemish patient will go
for rehabilitation (« à l'AZ Groeninge de Kortrijk »), a transfer names the German clinic. Flemish general
and university hospitals put their kind's letters first (« AZ » algemeen ziekenhuis, « UZ » universitair
ziekenhuis, and the networks « ZNA », « GZA », « ZOL »); German and Swiss names glue the kind to a word
(« Klinikum », « Krankenhaus », « Spital », « Klinik ») and name the town or the patron after it; Dutch
ones write « Ziekenhuis » before or after the name. The kind alone (« la Klinik », « Klinik für
Kardiologie ») names no one place: a capitalised name must go with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.places.atoms import LOWER, UPPER

_CAP = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
_SAINT = r"(?:(?:St\.|Sankt|Sint|Sainte?)[ \t-]+)"
# The name after the kind: a patron or a town, one or two capitalised words (« Sint-Jan », « St. Elisabeth »).
_NAME_AFTER = rf"[ \t]+{_SAINT}?{_CAP}(?:[ \t]+{_CAP})?"
_HOSPITAL = re.compile(
    rf"""
    (?<![\w-])
    (?:
        # Flemish letters first (« AZ Groeninge », « UZ Gent », « ZNA Stuivenberg »)
        (?:AZ|UZ|ZNA|GZA|ZOL|AZORG)(?=[ \t]+[{UPPER}]) {_NAME_AFTER}
        # German and Swiss kinds glued to a word, or alone, then the name (« Universitätsklinikum Freiburg »,
        # « Klinikum Saarbrücken », « Kantonsspital Baselland », « Caritasklinik St. Theresia »)
      # (« -sspital » and the listed ones: « Hospital » ends on « spital » too, « Hospital Anxiety and
      # Depression Scale » is no Swiss hospital)
      | [{UPPER}][{LOWER}]*(?:klinikum|krankenhaus|sspital|klinik)(?![\w]) {_NAME_AFTER}
      | (?:Unispital|Regionalspital|Kinderspital|Stadtspital) {_NAME_AFTER}
      | (?:Klinikum|Krankenhaus|Spital|Klinik|Uniklinik|Universitätsklinikum|Universitätsspital) {_NAME_AFTER}
        # Dutch (« Maasstad Ziekenhuis », « Ziekenhuis Oost-Limburg », « Jan Yperman Ziekenhuis »)
      | (?:{_CAP}[ \t]+){{1,3}}Ziekenhuis(?![\w])
      | Ziekenhuis {_NAME_AFTER}
    )
    """,
    re.VERBOSE,
)
# German words that follow a kind and name no place (« Klinik Für », « Klinikum Der » in a heading).
_NOT_A_NAME = frozenset({"Für", "Fur", "Der", "Die", "Das", "Und", "Am", "Im", "Des", "De", "La", "Le", "Du"})
# Looked for in the text as written (« AZ » in capitals: « gaz » is no hospital); « sspital » and « Spital »,
# not « spital », which every « hospitalisation » holds.
_NEEDLES = Needles(
    ("AZ ", "UZ ", "ZNA ", "GZA ", "ZOL ", "AZORG", "linik", "rankenhaus", "sspital", "Spital", "Unispital",
     "Regionalspital", "Kinderspital", "Stadtspital", "iekenhuis")
)  # fmt: skip


class NeighbourHospitalRecogniser:
    """ETABLISSEMENT: a Belgian, Dutch, German, Swiss or Luxembourg hospital named in its language."""

    name = "fr_neighbour_hospital"

    def may_match(self, doc: Document) -> bool:
        return _NEEDLES.found_in(doc.text)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not _NEEDLES.found_in(text):
            return
        for m in _HOSPITAL.finditer(text):
            words = m.group().split()
            if any(w in _NOT_A_NAME for w in words[1:]):
                continue
            yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)
