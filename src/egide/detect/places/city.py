"""Cities (VILLE): names from the official list of French communes, in a context that makes them places.

Many communes are ordinary words (« Vue », « Plan », « Sens », « Bonne », « Tours ») or surnames,
so a name from the list is reported only when

- it follows a postcode (« 76000 Rouen »), or
- a residence or origin cue ends right before it (« domiciliée à », « né à », « habite »,
  « originaire de », « CHU de »), or
- « à », « au », « de », « d' »… ends right before it and the name is not also a French word (or is
  a large city: « à Paris », « de Cannes »), or
- it opens a line and a date follows (« Lyon, le 3 mars 2020 »), or
- it is a multi-word capitalised name that is not a French word (« Boulogne-Billancourt »).

Only capitalised or all-caps names are candidates: « à tours de rôle » is not a city.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import CHUNK, LOWER, TOKEN, UPPER
from egide.detect.places.lexicon import Commune, Lexicon, fold_cached, load_lexicon

_CHUNK = re.compile(CHUNK, re.VERBOSE)
_TOKEN = re.compile(TOKEN, re.VERBOSE)
# A capitalised word (letters only): the cheap scan that proposes where a name could start.
_CAPITALISED = re.compile(f"[{UPPER}][{LOWER}{UPPER}]*")

_POSTCODE_BEFORE = re.compile(r"(?<!\d)(?:\d{5}|\d{2} \d{3})[ \t]+(?:CEDEX[ \t]+)?$")
_STRONG_CUE = re.compile(
    r"""(?:^|[^\w])
    (?: n[ée]e?s? (?:\(e\))? | domicili[ée]e?s? | habite | habitant | habitante | vit | vivant | vivent
      | résid\w* | demeurant | demeure | originaire | installée? | transférée? | mutée? | adressée?
      | hospitalisée? | décédée? | CHU | CHR | CHRU | CHI | CH | GHU | hôpital | Hôpital | clinique | Clinique
      | ville | commune | mairie | région | secteur | banlieue | environs | près | proche | EHPAD | Ehpad
      | agglomération | métropole | lieu\s+de\s+naissance | lieu\s+de\s+résidence | ville\s+de\s+naissance
      | Commune | Ville | Lieu | Domicile | domicile | Résidence\s*: )
    [ \t]*(?::[ \t]*)?(?:à|a|de|d['’]|du|au|aux|sur|vers|en)?[ \t]*$""",
    re.VERBOSE | re.IGNORECASE,
)
_WEAK_CUE = re.compile(r"(?:^|[^\w])(?:à|au|aux|sur|vers|en|de|du|d['’]|À|De|Du|Au)[ \t]*$")
_CONTRACTION = re.compile(r"(?:^|[^\w])(?:au|du|aux|des|Au|Du|Aux|Des)[ \t]+$")
_DE_CUE = re.compile(r"(?:^|[^\w])(?:de|du|d['’]|De|Du)[ \t]*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_DATE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:le|Le|ce)[ \t]+\w")
_A_CUE = re.compile(r"(?:^|[^\w])(?:à|au|aux|À|Au|Aux)[ \t]*$")
_TITLE_BEFORE = re.compile(r"(?:Dr|Docteur|Pr|Professeur|M|Mme|Mlle|Mr|Me|Madame|Monsieur)\.?[ \t]+$")

_WINDOW = 48
LARGE_CITY = 20_000  # a French word that is also a city this large is a city after « à » or « de »


class CityRecogniser:
    """VILLE: a French commune named in a place context."""

    name = "fr_city"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def find(self, text: str) -> Iterator[Finding]:
        first_words = self.lexicon.first_words
        done = 0
        for word in _CAPITALISED.finditer(text):
            start, end = word.span()
            if start < done or fold_cached(word.group()) not in first_words:
                continue
            if end - start == 1 and not text[end + 1 : end + 2].isupper():
                continue  # « L'examen », « D'abord »: an elided article before a common word
            chunk = _CHUNK.match(text, start)
            if chunk is None:
                continue
            found = self._longest_at(text, start, chunk.end())
            if found is not None:
                yield found
                done = found.end

    def _longest_at(self, text: str, start: int, end: int) -> Finding | None:
        """The longest commune name that starts at ``start`` and is in a place context."""
        ends = [m.end() for m in _TOKEN.finditer(text, start, end)][: self.lexicon.max_words]
        contracted = _CONTRACTION.search(text, max(0, start - 6), start) is not None
        for count in range(len(ends), 0, -1):
            stop = ends[count - 1]
            commune = self.lexicon.commune(text[start:stop], contracted=contracted)
            if commune is not None:
                score = self._score(text, start, stop, commune, words=count)
                if score is not None:
                    return Finding(start, stop, Label.VILLE, score, self.name)
        return None

    @staticmethod
    def _score(text: str, s: int, e: int, commune: Commune, *, words: int) -> float | None:
        before = max(0, s - _WINDOW)
        if _POSTCODE_BEFORE.search(text, before, s):
            return 0.9
        if _LINE_START.search(text, before, s) and _DATE_AFTER.match(text, e):
            return 0.85  # the place of a letter's dateline: « Rouen, le 3 mars 2020 », « Eu, le … »
        if e - s < 3 or _TITLE_BEFORE.search(text, before, s):
            return None  # « Eu », « Y » only after a postcode; « Dr Laval » is a person
        if _STRONG_CUE.search(text, before, s):
            return 0.85
        common = commune.is_word and commune.population < LARGE_CITY
        if not common and _WEAK_CUE.search(text, before, s):
            if text[s:e].isupper() and _DE_CUE.search(text, before, s):
                return None  # « SERVICE DE X » headings: all-caps after « de » needs more
            return 0.75
        if common and text[s:e].istitle() and _A_CUE.search(text, before, s):
            return 0.7  # « enseignante à Tulle »: a capital after « à » mid-sentence is a place
        if words > 1 and not commune.is_word:
            return 0.6  # « Boulogne-Billancourt », « Saint-Étienne »: a place whatever precedes it
        return None
