"""The communes and postcodes shipped in ``data/`` (built by ``scripts/build_communes.py`` from the INSEE
Code officiel géographique), loaded once and looked up by a folded key.

The key folds what writers vary: case, accents, « St »/« Ste » for « Saint »/« Sainte », and
spaces, hyphens or apostrophes between words (« SAINT ETIENNE », « Saint-Étienne » and
« st etienne » are one key).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_SEPARATORS = re.compile(r"[\s\-'’]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def fold(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, one hyphen between words."""
    # (the ligatures as their two letters: « Vandœuvre » and « Vandoeuvre » are one key)
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("œ", "oe").replace("æ", "ae"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = [_ABBREVIATIONS.get(w, w) for w in _SEPARATORS.split(plain.strip(" .")) if w]
    return "-".join(words)


#: ``fold`` with a cache: the same capitalised words come back all the time in clinical text.
fold_cached = lru_cache(maxsize=65_536)(fold)


#: A commune that is also a French word but this large is a city after « à » or « de » (« Paris », « Tours »).
LARGE_CITY = 20_000


@dataclass(frozen=True, slots=True)
class Commune:
    name: str
    population: int
    is_word: bool  # also a French word (« Vue », « Sens »): needs a stronger context
    abroad: bool = False  # a city of ``world_cities.tsv``: a place only where a person is said to be there

    @property
    def ambiguous(self) -> bool:
        """A French word first and a small commune second: only a strong cue makes it a place."""
        return self.is_word and self.population < LARGE_CITY


@dataclass(frozen=True, slots=True)
class Lexicon:
    communes: dict[str, Commune]  # folded key -> commune (the most populated one of that name)
    contracted: dict[str, Commune]  # « Havre » for « Le Havre »: only after « au », « du », « aux », « des »
    postcodes: frozenset[str]
    max_words: int  # the longest name, in words, to bound lookups
    # folded first word of every name -> the most words a name starting with it has: a cheap test
    # before any lookup, and a bound on how many longer spans are worth looking up
    first_words: dict[str, int]
    # folded names of the Belgian, Swiss and Luxembourg cities of ``foreign_cities.tsv``: a four-digit
    # code before one of them is a postcode
    foreign: frozenset[str] = frozenset()

    def commune(self, name: str, *, contracted: bool = False) -> Commune | None:
        key = fold_cached(name)
        found = self.communes.get(key)
        if found is None and contracted:
            found = self.contracted.get(key)
        return found


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def commune_after(lexicon: Lexicon, text: str, start: int, end: int) -> tuple[int, Commune] | None:
    """The longest commune written in ``text[start:end]`` from ``start``, in any case, and where it ends.

    For the words after a postcode, where the commune may be typed in lower case (« 69003 lyon »).
    """
    ends = [m.end() for m in _WORD.finditer(text, start, end)]
    for stop in reversed(ends[: lexicon.max_words]):
        commune = lexicon.commune(text[start:stop])
        if commune is not None:
            return stop, commune
    return None


def _data(name: str) -> str:
    return (resources.files("egide.detect.places") / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the data files once per process (about 35,000 French names, 180 Belgian, Swiss and
    Luxembourg ones, 1,000 cities elsewhere)."""
    communes: dict[str, Commune] = {}
    contracted: dict[str, Commune] = {}
    max_words = 1
    # (the overseas collectivities' communes, which INSEE's list leaves out, read as its own lines)
    for line in itertools.chain(
        _data("communes.tsv").splitlines(), _data("overseas_communes.tsv").splitlines()
    ):
        if not line or line.startswith("#"):
            continue
        name, population, is_word = line.split("\t")
        commune = Commune(name, int(population), is_word == "1")
        _keep_largest(communes, fold(name), commune)
        # « Le Havre », « Les Sables-d'Olonne » lose their article after « au », « du », « aux », « des ».
        article = re.match(r"(?:Les|Le)\s(?=\S)", name)
        if article:
            _keep_largest(contracted, fold(name[article.end() :]), commune)
        max_words = max(max_words, len(_SEPARATORS.split(name)))
    _add_usual_short_names(communes)
    _add_localities(communes, contracted)
    _add_names_without_article(communes)
    foreign: set[str] = set()
    for line in _data("foreign_cities.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _country, population, is_word = line.split("\t")
        _keep_largest(communes, fold(name), Commune(name, int(population), is_word == "1"))
        foreign.add(fold(name))
        max_words = max(max_words, len(_SEPARATORS.split(name)))
    # Cities abroad (``world_cities.tsv``): places in the same contexts as communes, never before a
    # commune of the same name (« Saint-Louis », « Valence » stay French).
    for line in _data("world_cities.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _country, population, is_word = line.split("\t")
        key = fold(name)
        if key not in communes:
            communes[key] = Commune(name, int(population), is_word == "1", abroad=True)
            max_words = max(max_words, len(_SEPARATORS.split(name)))
    postcodes = frozenset(
        line.strip() for line in _data("codes_postaux.txt").splitlines() if line and not line.startswith("#")
    )
    first_words: dict[str, int] = {}
    for key in (*communes, *contracted):
        words = key.split("-")
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return Lexicon(communes, contracted, postcodes, max_words, first_words, frozenset(foreign))


# The first word of a town's hyphenated official name, which people use alone for it (« match à Brive »
# for Brive-la-Gaillarde, « né à Châlons », « vit à Charenton », « hospitalisé à Cherbourg »): only towns
# large enough to be named so, and only a first word that no other commune bears and that is no French
# word or first name (« Saint », « Petit », « Fort », « Issy » stay out). A market town of five
# thousand is named so in its own area as often as a city (« tournée du secteur Carhaix » for
# Carhaix-Plouguer, « vit à Sarlat », « né à Oloron »). A surname's word (« Vitry »,
# « Thonon ») is kept as a word: it needs the strong cues a small commune that is a word needs.
_SHORT_NAME_MIN_POPULATION = 5_000
_HEAD = re.compile(r"([A-ZÀ-ÞŒÆ][a-zà-ÿœæ]+)-")
# A « commune nouvelle » named after its chief town with « -la-Nouvelle » added (« Morcenx-la-Nouvelle »,
# 2019): people go on naming the town as before (« gemmeur retraité de Morcenx »), whatever its size.
_NEW_COMMUNE_TAIL = "-la-Nouvelle"


def _add_usual_short_names(communes: dict[str, Commune]) -> None:
    from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname

    short: dict[str, Commune] = {}
    for commune in communes.values():
        if (
            (commune.population < _SHORT_NAME_MIN_POPULATION and not commune.name.endswith(_NEW_COMMUNE_TAIL))
            or commune.abroad
            or (head := _HEAD.match(commune.name)) is None
        ):
            continue
        word = head.group(1)
        key = fold(word)
        if key in communes or len(word) < 4 or is_common_word(word.lower()) or is_first_name(word):
            continue
        _keep_largest(short, key, Commune(word, commune.population, is_surname(word)))
    communes.update(short)
    _add_short_names_with_article(communes)


# The same with the article the name opens on (« à La Seyne » for La Seyne-sur-Mer, « La Baule » for La
# Baule-Escoublac, « Le Perreux » for Le Perreux-sur-Marne): only a short name that one commune alone
# opens on (« Le Plessis », « L'Isle » head several), whose word is no French word, first name or surname
# (« La Croix », « Le Grau »), and not « Le Kremlin », the Moscow fortress's name in French prose.
_ARTICLED_HEAD = re.compile(r"(?:Le|La|Les|L['’])\s?([A-ZÀ-ÞŒÆ][a-zà-ÿœæ]+)-")
_NOT_SHORT_NAMES = frozenset({"le-kremlin"})


def _add_short_names_with_article(communes: dict[str, Commune]) -> None:
    from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname

    heads: dict[str, list[tuple[Commune, str]]] = {}
    for commune in set(communes.values()):
        if commune.abroad or (head := _ARTICLED_HEAD.match(commune.name)) is None:
            continue
        heads.setdefault(fold(commune.name[: head.end() - 1]), []).append((commune, head.group(1)))
    for key, named in heads.items():
        if len(named) != 1 or key in communes or key in _NOT_SHORT_NAMES:
            continue
        commune, word = named[0]
        if (
            commune.population < _SHORT_NAME_MIN_POPULATION
            or len(word) < 4
            or is_common_word(word.lower())
            or is_first_name(word)
            or is_surname(word)
        ):
            continue
        communes[key] = Commune(commune.name, commune.population, commune.is_word)


_ARTICLE = re.compile(r"(?:Les|Le|La)\s(?=\S)|L['’](?=\S)")


def _add_localities(communes: dict[str, Commune], contracted: dict[str, Commune]) -> None:
    """The places of ``localities.tsv`` that people name as their town (an overseas quarter with its own
    postal name, a former commune, a commune's usual form with its article): never in place of a listed
    commune of the same name, but a listed name without its article takes the article people give it
    (« Guilvinec » is « Le Guilvinec »: « au Guilvinec » is then « à Le Guilvinec », a place)."""
    for line in _data("localities.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, population, is_word, _commune = line.split("\t")
        locality = Commune(name, int(population), is_word == "1")
        key = fold(name)
        article = _ARTICLE.match(name)
        if article is not None:
            rest = fold(name[article.end() :])
            listed = communes.get(rest)
            if listed is not None and fold(listed.name) == rest:
                communes[rest] = Commune(name, listed.population, listed.is_word, listed.abroad)
                contracted[rest] = communes[rest]
                continue
            contracted.setdefault(rest, locality)
        communes.setdefault(key, locality)


# A commune whose name opens on its article and goes on with two words or more (« La Plaine-des-Palmistes »,
# « La Roche-sur-Yon », « Le Puy-en-Velay »): notes drop the article as often as they write it (« Mme Técher
# (Plaine des Palmistes) », « né à Roche-sur-Yon »). The name kept is the one with its article, so that
# « du Puy-en-Velay » stays « de Le Puy-en-Velay ». A name of one word after its article (« Le Port »,
# « La Force ») is a word or a phrase without it, and is left out.
def _add_names_without_article(communes: dict[str, Commune]) -> None:
    without: dict[str, Commune] = {}
    for commune in communes.values():
        if commune.abroad or (article := _ARTICLE.match(commune.name)) is None:
            continue
        rest = commune.name[article.end() :]
        if len(_SEPARATORS.split(rest)) < 2:
            continue
        key = fold(rest)
        if key not in communes:
            _keep_largest(without, key, commune)
    communes.update(without)


def _keep_largest(index: dict[str, Commune], key: str, commune: Commune) -> None:
    known = index.get(key)
    if known is None or known.population < commune.population:
        index[key] = commune
