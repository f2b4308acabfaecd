"""User names built from a person's name after « compte », « login », « identifiant », « utilisateur »."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from egide.detect.document import Document
from egide.detect.recognisers.fr import user_name

RECOGNISER = user_name.build()


def values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Connexion depuis le poste 10.12.4.77 ; compte jdupuis.", "jdupuis"),
        ("LOGIN : jean.dupuis", "jean.dupuis"),
        ("Identifiant j.dupuis bloqué", "j.dupuis"),
        ("utilisateur mdurand2 a validé", "mdurand2"),
        ("Username=jpdurand", "jpdurand"),
        ("user: m_lefebvre", "m_lefebvre"),
        ("login: pierre.boucher", "pierre.boucher"),  # a first name vouches for a surname that is a word
        ("compte lbernard.", "lbernard"),  # the full stop ends the sentence
    ],
)
def test_user_names_built_from_names_are_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "compte rendu opératoire",
        "compte-rendu du 12",
        "compte tenu de l'âge",
        "compte ameli ouvert",  # a service, not a person
        "compte courant, compte joint",
        "Utilisateur de cannabis",
        "utilisateur régulier",
        "identifiant national de santé",
        "session admin, user root",
        "login : admin",
        "compte : jdupuis@chu.fr",  # an e-mail address: the e-mail recogniser's
        "compte jdupuis.old",  # not a name in two parts
        "userjdupuis",  # no cue word
        "compte petit",  # a French word
    ],
)
def test_words_after_the_cues_that_are_no_user_names(text: str) -> None:
    assert values(text) == []


TOKENS = [
    "compte", "Compte", "COMPTE", "login", "LOGIN", "identifiant", "utilisateur", "uſer", "user", "USERNAME",
    "ıdentifiant", "İ", "jdupuis", "jean.dupuis", "j", ".", "_", "dupuis", " ", ":", "=", "\n", "2", "rendu", "é",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30).map("".join))
def test_trying_the_cue_starts_finds_what_a_full_scan_finds(text: str) -> None:
    full = dataclasses.replace(RECOGNISER, starts=None)
    assert [(f.start, f.end) for f in RECOGNISER.find(Document(text))] == [
        (f.start, f.end) for f in full.find(Document(text))
    ]


# The account that made a record, after « par » in its footer (issue #8, probe9's residual misses: an
# export's « Édité le … par lbescond »). Traps: « par » and a word of prose after the same participles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Imprimé le 14/02/2025 à 09:12 par agarnier — page 2/3", "agarnier"),
        ("Édité par mlefebvre le 02/03/2025", "mlefebvre"),
        ("Saisi le 03/02/2025 à 14:10 par c.roux", "c.roux"),
        ("document généré le 2025-01-07 par jpmorel2", "jpmorel2"),
        ("Compte rendu signé électroniquement par : tbertrand", "tbertrand"),
    ],
)
def test_the_account_that_made_a_record_is_found(text: str, expected: str) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "traitement modifié par amoxicilline, créé par défaut",
        "imprimé par erreur, signé par procuration",
        "édité par ailleurs, saisi par courrier",
        "examen validé par le senior, modifié par rapport au précédent",
    ],
)
def test_prose_after_the_participles_is_no_account(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CH de Vierzon - imprimé par bouvier.k", "bouvier.k"),
        ("Document édité le 02/11/2026 par lefebvre.a — page 1/2", "lefebvre.a"),
        ("Validé par moreau.j", "moreau.j"),
    ],
)
def test_surname_then_initial_accounts_are_found(text: str, expected: str) -> None:
    # « surname.initial »: some sites build their accounts the other way round.
    assert values(text) == [expected]


@pytest.mark.parametrize("text", ["imprimé par marchand.p", "saisi par config.h", "signé par ordre.x"])
def test_a_word_then_an_initial_is_no_account(text: str) -> None:
    assert values(text) == []
