"""Surrogates keep their accents; a model that drops or adds them is still restored (synthetic text).

« Anaïs » written « Anais » or « ANAIS » is the same surrogate; the original comes back in its own
spelling (« Hélène Lefèvre », accents included), at every split point of a stream as well.
"""

from __future__ import annotations

import unicodedata

import pytest

from egide.transform import Pseudonymiser
from egide.transform.normalise import fold
from tests.transform.conftest import marked, pseudo

# Accents only inside the findings, so that what the model drops around them needs no restoring.
NOTE = (
    "Mme <NOM>Hélène LEFÈVRE</NOM>, de <VILLE>Angoulême</VILLE>, vue avec sa fille <NOM>Anaïs</NOM> "
    "et le Dr <NOM>Jérôme Bénard</NOM> ; domicile <CODE_POSTAL>16000</CODE_POSTAL> <VILLE>Angoulême</VILLE>, "
    "suivie par <NOM>François Dupré</NOM> et <NOM>Noémie Gérard</NOM> de <VILLE>Besançon</VILLE>."
)
SCOPES = [f"conversation-{i}" for i in range(40)]


def _unaccented(text: str) -> str:
    """What a model that drops accents writes: the same letters, the same case."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


def _masked(scope: str) -> tuple[str, str, Pseudonymiser]:
    p = pseudo("surrogate", scope)
    text, findings = marked(NOTE)
    return text, p.apply(text, findings), p


def test_surrogates_do_carry_accents() -> None:
    # Without accented surrogates the tests below would prove nothing.
    accented = sum(not _masked(scope)[1].isascii() for scope in SCOPES)
    assert accented >= len(SCOPES) // 2


@pytest.mark.parametrize("scope", SCOPES)
def test_accents_dropped_by_the_model_are_restored_in_the_original_spelling(scope: str) -> None:
    text, masked, p = _masked(scope)
    assert p.restore(masked) == text
    assert p.restore(_unaccented(masked)) == text


@pytest.mark.parametrize("scope", SCOPES[:10])
def test_capitals_without_accents(scope: str) -> None:
    text, masked, p = _masked(scope)
    assert p.restore(_unaccented(masked).upper()) == text.upper()


@pytest.mark.parametrize("scope", SCOPES[:6])
def test_every_split_point_of_an_unaccented_answer(scope: str) -> None:
    text, masked, p = _masked(scope)
    answer = "Synthèse : " + _unaccented(masked) + " — fin."
    expected = "Synthèse : " + text + " — fin."
    assert p.restore(answer) == expected
    for i in range(len(answer) + 1):
        r = p.stream_restorer()
        assert r.feed(answer[:i]) + r.feed(answer[i:]) + r.flush() == expected, i


def test_fold_drops_case_and_accents_only() -> None:
    assert fold("ANAÏS") == fold("Anais") == "anais"
    assert fold("Hélène-Léa") == "helene-lea"
    assert fold("Lefèvre") != fold("Lefebvre")  # other letters stay other letters


@pytest.mark.parametrize("scope", [f"conversation-{i}" for i in range(200)])
def test_trap_a_surrogate_never_folds_to_a_word_of_the_text(scope: str) -> None:
    # « Helene », undetected in the text, would be restored as the patient if « Hélène » stood for her.
    p = pseudo("surrogate", scope)
    text, findings = marked("Mme <NOM>Marie CURIE</NOM> ; sa soeur Helene et sa niece Eloise viendront.")
    out = p.apply(text, findings)
    first = out.split()[1]
    assert fold(first) not in {"helene", "eloise", "marie"}, out
    assert p.restore(out) == text


def test_trap_near_words_are_not_restored() -> None:
    _, _, p = _masked("conversation-0")
    words = [e.replacement for e in p.mapping.entries() if e.kind == "part"]
    assert words
    for word in words:  # one letter more or less is another word, with or without accents
        for near in (word + "x", word[:-1], _unaccented(word) + "s"):
            assert p.restore(near) == near, near
