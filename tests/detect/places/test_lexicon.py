"""The shipped list of communes and postcodes, and the key names are looked up by."""

from __future__ import annotations

from importlib import resources

import pytest

from egide.detect.places.lexicon import fold, load_lexicon


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Saint-Étienne", "saint-etienne"),
        ("SAINT ETIENNE", "saint-etienne"),
        ("St-Étienne", "saint-etienne"),
        ("Ste Foy", "sainte-foy"),
        ("L'Haÿ-les-Roses", "l-hay-les-roses"),
        ("Les Sables-d’Olonne", "les-sables-d-olonne"),
        ("  Paris. ", "paris"),
    ],
)
def test_fold(written: str, key: str) -> None:
    assert fold(written) == key


def test_the_data_files_cite_their_source() -> None:
    for name in ("communes.tsv", "codes_postaux.txt"):
        first = (resources.files("egide.detect.places") / "data" / name).read_text(encoding="utf-8")
        assert first.startswith("# ") and "INSEE" in first.splitlines()[0]


def test_the_list_is_the_whole_country() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.communes) > 34_000
    for name in (
        "Paris",
        "Ajaccio",
        "Bastia",
        "Pointe-à-Pitre",
        "Saint-Denis",
        "Le Havre",
        "L'Haÿ-les-Roses",
        "Y",
    ):
        assert lexicon.commune(name) is not None, name
    assert lexicon.commune("Parkinson") is None
    assert lexicon.commune("Babinski") is None


def test_article_less_names_only_after_a_contraction() -> None:
    lexicon = load_lexicon()
    assert lexicon.commune("Havre") is None  # « Havre » alone is not a commune…
    havre = lexicon.commune("Havre", contracted=True)  # …but « au Havre » is Le Havre
    assert havre is not None and havre.name == "Le Havre"


def test_common_words_are_flagged() -> None:
    lexicon = load_lexicon()
    for word in ("Vue", "Plan", "Sens", "Bonne"):
        commune = lexicon.commune(word)
        assert commune is not None and commune.is_word, word
    rouen = lexicon.commune("Rouen")
    assert rouen is not None and not rouen.is_word and rouen.population > 100_000


def test_postcodes() -> None:
    codes = load_lexicon().postcodes
    assert {"75013", "20000", "69003", "97110", "76000"} <= codes
    assert "00000" not in codes and "99999" not in codes
