"""VILLE: a town beside its country in brackets, either way round (« BP 1420, Conakry (Guinée) », « elle a
séjourné au Vietnam (Hô Chi Minh-Ville) », « né à Tlemcen (Algérie) »).

A country in brackets after a capitalised name says that name is a place in it; a country, then a
capitalised name in brackets, says the name is where in that country. Either way the town is
someone's (where they live, come from, travelled), whatever list holds it or not: a city abroad that
the lists hold, or a name that no list holds and that is no French word. Someone must be on the line
before it (a pronoun, a title, an address, a stay): a title of MEDLINE names « Dakar ( Sénégal ) »
about nobody. A name in capitals (an
acronym, « ONG », « CHU »), a country, a first name or a person's title before it are not read
(« Mme Diallo (Guinée) » is the person's, found as a name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.places.atoms import LOWER, UPPER
from egide.detect.places.countries import only_countries
from egide.detect.places.lexicon import Lexicon, load_lexicon
from egide.detect.places.not_a_place import a_word_or_given_name, name_words

# One to four capitalised words joined by spaces or hyphens (« Hô Chi Minh-Ville », « Bobo-Dioulasso »).
_PLACE = rf"[{UPPER}][{LOWER}]+(?:(?:-|[ \t]+)[{UPPER}][{LOWER}]+){{0,3}}"
# A name then its bracket, read back from the bracket (``\Z`` at the bracket).
_NAME_BEFORE = re.compile(rf"(?<![\w\-'’])(?P<name>{_PLACE})[ \t]*\Z")
# The bracket's content: a name alone.
_BRACKET = re.compile(rf"\([ \t]*(?P<name>{_PLACE})[ \t]*\)")
# Titles and salutations before a name: the person's.
_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:M|Mme|Mlle|Mr|Dr|Pr|Me|Madame|Monsieur|Docteur|Professeur)\.?[ \t]+\Z"
)


# Continents and the world's regions before a country in brackets (« contracté en Afrique (Guinée) »).
_WORLD_REGIONS = frozenset(
    {"afrique", "europe", "asie", "amerique", "ameriques", "oceanie", "antarctique", "maghreb", "proche-orient",
     "moyen-orient", "caraibes", "antilles", "sahel", "balkans", "scandinavie", "amerique latine",
     "amerique du sud", "amerique du nord", "afrique du nord", "afrique de l'ouest", "asie du sud-est"}
)  # fmt: skip


# Someone the town is about, earlier on the line or in the sentence: a pronoun, a title, a kinship, an
# address's words, a stay or a journey (a MEDLINE title names « Dakar ( Sénégal ) » about nobody).
SOMEONE = re.compile(
    r"(?<![\w])(?:(?i:il|elle|ils|elles|patiente?s?|né|née|nés|domicil\w*|habit\w*|vit|vivent|vécu"
    r"|séjourn\w*|adresse|famille|fils|fille|épou\w+|mari|mère|père|frère|sœur|originaire|arrivée?s?"
    r"|revenue?s?|rentrée?s?|voyag\w*|destinataire|expéditeur|rue|avenue|quartier|chez)|BP|M\.|Mme|Mlle|Dr)(?![\w])"
)


class TownBesideCountryRecogniser:
    """VILLE: a town before its country in brackets, or in brackets after its country."""

    name = "fr_town_beside_country"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon or load_lexicon()

    def may_match(self, doc: Document) -> bool:
        return "(" in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        at = text.find("(")
        while at != -1:
            bracket = _BRACKET.match(text, at)
            line_start = text.rfind("\n", 0, at) + 1
            if bracket is not None and SOMEONE.search(text, max(line_start, at - 160), at):
                before = _NAME_BEFORE.search(text, max(0, at - 60), at)
                if before is not None:
                    inside, name = bracket["name"], before["name"]
                    if only_countries(inside) and self._a_town(name, text, before.start("name")):
                        yield Finding(before.start("name"), before.end("name"), Label.VILLE, 0.8, self.name)
                    elif only_countries(name) and self._a_city(inside):
                        yield Finding(bracket.start("name"), bracket.end("name"), Label.VILLE, 0.8, self.name)
            at = text.find("(", at + 1)

    def _a_city(self, name: str) -> bool:
        """``name``, in brackets after a country, is a city the lists hold (a bracket after a country says
        many things: « en Italie (Covid) », « au Maroc (ONG) »)."""
        commune = self._lexicon.commune(name)
        return commune is not None and not commune.is_word and not only_countries(name)

    def _a_town(self, name: str, text: str, start: int) -> bool:
        """``name`` may be a town: a city the lists hold, or a name that is no word, first name, country."""
        if only_countries(name) or fold(name) in _WORLD_REGIONS:
            return False
        if _TITLE_BEFORE.search(text, max(0, start - 12), start):
            return False
        commune = self._lexicon.commune(name)
        if commune is not None and not commune.is_word:
            return True
        return not a_word_or_given_name(name_words(name))
