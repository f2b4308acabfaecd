"""Word lists: first names with gender, surnames, French common words.

The lists are built by ``scripts/build_name_lists.py`` (sources cited in each file's header) and
shipped in ``data/``. They are read lazily, once per process. Every lookup folds its argument (lower
case, accents removed, typographic apostrophe to ASCII) so that « Hélène », « HELENE » and
« helene » are the same key.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

Gender = Literal["F", "M"]

_DATA = "egide.detect.names.data"


@lru_cache(maxsize=65536)  # bounded: a gateway sees an open-ended vocabulary
def fold(word: str) -> str:
    """Lower case, no accents, ASCII apostrophe: the key of every list."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


# Latin letters that no decomposition turns into ASCII (Turkish dotless « ı », Polish « ł »,
# Vietnamese « đ », Nordic « ø »…): the lists hold most names with their plain letter (« yilmaz »,
# « celik », « wisniewski », « dang »), a few with theirs (« bartłomiej »).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ð": "d", "ħ": "h", "ŀ": "l"})
_UNDECOMPOSED_LETTERS = frozenset("ıłđøðħŀ")


def list_key(key: str) -> str:
    """A folded key as the lists hold it: with its plain letters when the key has letters that do
    not decompose (« aydın » → « aydin », « łukasz » → « lukasz ») and is not listed as written."""
    if _UNDECOMPOSED_LETTERS.isdisjoint(key) or key in surnames() or key in first_names():
        return key
    return key.translate(_UNDECOMPOSED)


def data_lines(name: str) -> Iterator[str]:
    """The lines of a gzipped file of ``egide.detect.names.data``, read as they come, without their
    line end; blank lines and ``#`` comments (the files' provenance headers) left out."""
    with (
        resources.files(_DATA).joinpath(name).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as fh,
    ):
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


@cache
def first_names() -> dict[str, str]:
    """Lower-case first name, accented and folded → ``F``, ``M`` or ``X`` (either)."""
    table: dict[str, str] = {}
    for line in data_lines("first_names.tsv.gz"):
        name, _, gender = line.partition("\t")
        table[name] = gender or "X"
    return table


@cache
def surnames() -> frozenset[str]:
    """Folded surnames, some of several words (« le goff », « da silva »)."""
    return frozenset(data_lines("surnames.txt.gz"))


@cache
def common_words() -> frozenset[str]:
    """Folded French words more often written in lower case than capitalised."""
    return frozenset(data_lines("common_words.txt.gz"))


@cache
def name_words() -> frozenset[str]:
    """Folded frequent names that are also frequent French words (« pierre », « boucher »)."""
    return frozenset(data_lines("name_words.txt.gz"))


def _first_name_entry(name: str) -> str | None:
    # The accented spelling first: « Michèle » is F even though « Michele » is mostly M.
    table = first_names()
    entry = table.get(name.casefold().replace("\u2019", "'"))
    return entry if entry is not None else table.get(fold(name))


def first_name_gender(name: str) -> Gender | None:
    """``F`` or ``M`` for a first name whose gender is clear, else None.

    A compound first name takes the gender of its first part (« Jean-Marie » → M, « Marie-Claire »
    → F).
    """
    gender = _first_name_entry(name.strip())
    if gender is None and "-" in name:
        gender = _first_name_entry(name.strip().split("-", 1)[0])
    if gender == "F":
        return "F"
    if gender == "M":
        return "M"
    return None


def first_name_key(key: str, firsts: Mapping[str, str]) -> bool:
    """The one first-name rule, on a folded key: listed, or hyphenated with every part listed."""
    if key in firsts:
        return True
    return "-" in key and not key.endswith(_INVERTED_SUBJECTS) and all(p in firsts for p in key.split("-"))


# A question's subject after its verb (« est-il », « peut-elle », « a-t-on », « est-ce »): the parts of
# such a word may be listed (« Est », « Il »), the word is no name.
_INVERTED_SUBJECTS = ("-il", "-elle", "-ils", "-elles", "-on", "-ce", "-je", "-tu", "-nous", "-vous")


def surname_key(key: str, names: frozenset[str], firsts: Mapping[str, str]) -> bool:
    """The one surname rule, on a folded key (the tables are passed so hot loops bind them once).

    Listed; « N'Diaye » as « Ndiaye »; hyphenated with every part a surname or a first name
    (« Martin-Dupont », « Dupont-Marie »); several words, each a surname (« Le Goff Martin »).
    """
    if key in names:
        return True
    if "'" in key and key.replace("'", "") in names:
        return True
    if "-" in key:
        if key.endswith(_INVERTED_SUBJECTS):
            return False  # « est-il », « EST-CE », « a-t-elle »: a verb and its subject, asked
        return all(p in names or p in firsts for p in key.split("-") if p)
    parts = key.split()
    return len(parts) > 1 and all(p in names for p in parts)


def is_first_name(token: str) -> bool:
    """True for a known first name, compound ones included when every part is known."""
    return first_name_key(fold(token.strip()), first_names())


def is_surname(token: str) -> bool:
    """True for a known surname (one word or several, hyphenated or not)."""
    return surname_key(fold(token.strip()), surnames(), first_names())


def is_common_word(token: str) -> bool:
    """True for a French word mostly written in lower case (« blanc », « examen »)."""
    return fold(token) in common_words()
