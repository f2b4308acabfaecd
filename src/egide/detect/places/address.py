"""Postal addresses (ADRESSE): « 12 bis rue de la Paix », « 182, résidence des Lilas », « 3 av. Foch »,
« rue Victor Hugo », « lieu-dit Kerbernard », « BP 123 », « CS 30001 ».

The street line only: the postcode and the city are their own findings (CODE_POSTAL, VILLE), so
that an operator can replace each part by a plausible surrogate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import LOWER, UPPER

# Street types that are not ordinary words: any street name may follow, even in lower case.
_PLAIN_TYPES = (
    r"rue|avenue|av\.?|ave\.?|bd|bld|bvd|boulevard|boul\.?|impasse|imp\.?|allée|allées|all\.?|quai|lieu-dit|"
    r"lieudit|lieu\s+dit|l-d|faubourg|fbg|fg|chaussée|rond-point|esplanade|ruelle|venelle|sentier|"
    r"résidence|rés\.|res\.|lotissement|lot\.|hameau|cité|montée|square|sq\.|parvis|carrefour"
)
# Street types that are also ordinary words (« 2 cours de chimiothérapie », « mise en place de »):
# the name after them must be capitalised.
_WORD_TYPES = (
    r"place|pl\.|cours|route|rte|chemin|ch\.|voie|passage|parc|mail|domaine|clos|villa|promenade|traverse"
)

_NUMBER = r"\d{1,4}(?:[ \t]?(?:bis|ter|quater|[A-Da-d])(?![\w]))?"
# One word of a street name; the name stops at punctuation, a line break, a postcode, or a word that
# starts the rest of the sentence.
_STOP = r"(?:à|et|chez|depuis|où|pour|avec|dans|qui|tél|tel|Tél|Tel|né|née|le\s+\d|CEDEX|Cedex)(?![\w'])"
# A word ends the name at a full stop unless it is a short abbreviation (« St. », « Gal »).
_NAME_WORD = rf"(?!{_STOP})(?!\d{{5}}(?!\w))(?:[\w'’\-]{{1,3}}\.|[\w'’\-]+)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,6}}"
_CAP_NAME = (
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|l['’]|la|le|les|La|Le|Les|L['’])[ \t]*)?"
    rf"(?=[{UPPER}\d])(?:{_NAME})"
)
# « bât. B », « appt 12 », « 3e étage » after the street line.
_COMPLEMENT = rf"(?:[ \t]*,?[ \t]*(?:bât(?:iment)?\.?|appt\.?|apt\.?|appartement|esc(?:alier)?\.?|porte)[ \t]*[\w{LOWER}]{{1,4}}(?![\w]))*"

ADDRESS = re.compile(
    rf"""
    (?<![\w,.])
    (?:
        # number, type, name: « 12 bis rue de la Paix », « 182, résidence des Lilas », « 7 Place Bellecour »
        {_NUMBER} [ \t]* ,? [ \t]* (?: (?i:{_PLAIN_TYPES}) [ \t]+ {_NAME} | (?i:{_WORD_TYPES}) [ \t]+ {_CAP_NAME} )
      | # no number: a plain type followed by a capitalised name, « rue Victor Hugo », « Résidence Les Tilleuls »
        (?i:{_PLAIN_TYPES}) [ \t]+ {_CAP_NAME}
      | # a capitalised word type: « Place Bellecour », « Chemin des Vignes »
        (?:Place|Cours|Route|Chemin|Voie|Passage|Parc|Domaine|Clos|Villa|Promenade|Traverse) [ \t]+ {_CAP_NAME}
    )
    {_COMPLEMENT}
    |
    # postal boxes: « BP 123 », « B.P. 45 », « CS 30001 », « TSA 70001 »
    (?<![\w]) (?: BP | B\.P\. | CS | TSA ) [ \t]* (?: \d{{1,5}} ) (?![\w])
    """,
    re.VERBOSE,
)
_TRAILING = re.compile(r"[\s.\-'’]+$")
_BOX = re.compile(r"(?:BP|B\.P\.|CS|TSA)")


class AddressRecogniser:
    """ADRESSE: a street line or a postal box."""

    name = "fr_address"

    def find(self, text: str) -> Iterator[Finding]:
        for m in ADDRESS.finditer(text):
            start, end = m.span()
            value = m.group()
            trimmed = _TRAILING.search(value)
            if trimmed:
                end -= len(trimmed.group())
            if _BOX.match(value):
                digits = re.sub(r"\D", "", value)
                if value.startswith(("CS", "TSA")) and len(digits) < 4:
                    continue  # « CS 3 » is something else; Cedex boxes have 4-5 digits
                yield Finding(start, end, Label.ADRESSE, 0.8, self.name)
                continue
            score = (
                0.96 if value[:1].isdigit() else 0.75
            )  # a numbered street line beats a date inside it (« rue du 8 Mai 1945 »)
            yield Finding(start, end, Label.ADRESSE, score, self.name)
