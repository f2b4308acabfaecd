"""Press names read from the structure around them (issue #8), one family per test. All text is
invented; each family's traps stay readable."""

from __future__ import annotations

import pytest

from egide.detect.names.tokens import tokenise
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


def _check(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # an elided article before a trade whose glued form is a listed surname (Lavocat, Labbé, Lhomme);
        # a trade that is no care role goes with the name (role_span)
        "Hier l'<NOM>avocat Morvillard</NOM> a plaidé longuement.",
        "On annonce que l'<NOM>abbé Pélissonnier</NOM> est mort à Lyon.",  # a rank goes with the name,
        # « L' » opening a sentence, its letter in capitals, is the article all the same
        "L'<NOM>acteur Brissandot</NOM> joue le rôle principal.",
        "L'<NOM>avocat Morvillon</NOM> a plaidé hier.",
        "L'Américain <NOM>Fairbrook</NOM> a gagné au troisième round.",
        # traps: the article and its noun stay readable; a name glued to its particle stays whole (and
        # in lower case, « n'diaye »: see the test of the words below)
        "L'avocat de la défense a plaidé hier.",
        "Nous avons reçu M. <NOM>L'Hermite</NOM> ce matin.",
    ],
)
def test_trade_after_an_elided_article(marked: str) -> None:
    _check(marked)


def test_elided_article_before_a_word_is_split() -> None:
    assert [t.text for t in tokenise("l'avocat l'homme n'diaye")] == [
        "l'",
        "avocat",
        "l'",
        "homme",
        "n'diaye",
    ]


@pytest.mark.parametrize(
    "marked",
    [
        # an epithet of esteem, of pity or of allegiance after its article, an adverb of degree or not,
        # masked with the name (role_span)
        "Comme le <NOM>royaliste Fayardin</NOM>, le <NOM>très catholique Tallombier</NOM> publie des romans.",
        "Nous saluons la mémoire du <NOM>regretté Castagnac</NOM>, mort hier.",
        "Le <NOM>socialiste Fourcadier</NOM> a interpellé le gouvernement.",
        "On a vu la <NOM>brave Tessandier</NOM> au marché.",
        # traps: a country, a region, a disease, a medicine, a common word after the epithet
        "La très catholique Espagne a fêté la victoire.",
        "La radicale Corrèze a voté hier.",
        "Le pauvre Parkinson de mon père s'aggrave.",
        "Le pauvre Doliprane ne suffit plus.",
        "Le pauvre Directeur ne savait plus quoi faire.",
    ],
)
def test_epithet_before_a_name(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # in a list of people written « surname (first name) », a surname that is a French word
        "Sont nommées : <NOM>Rouvière</NOM> (<NOM>Victoire</NOM>), institutrice ; <NOM>Moineaux</NOM> "
        "(<NOM>Philomène</NOM>), directrice ; <NOM>Kerbellec</NOM> (<NOM>Marie</NOM>), adjointe.",
        "Présents : <NOM>Garnaudet</NOM> (<NOM>Paul</NOM>), <NOM>Pinson</NOM> (<NOM>Louise</NOM>), "
        "<NOM>Tréguier</NOM> (<NOM>Anne</NOM>).",
        # traps: alone, the word before a first name in brackets may be the desk or the room she is at
        "Accueil (<NOM>Marie</NOM>) : rappeler la famille demain.",
        "Secrétariat (<NOM>Julie</NOM>) absent cet après-midi.",
    ],
)
def test_surname_that_is_a_word_in_a_list_of_pairs(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a name found elsewhere in the text, right after a heading in capitals that holds a place word
        "VERS L'UNITÉ NATIONALE <NOM>Karadonski</NOM> va prendre la présidence. Plus tard, "
        "<NOM>Karadonski</NOM> réclame un vote.",
        "LE CENTRE RÉPUBLICAIN <NOM>Vardonnet</NOM> a parlé hier. Puis M. <NOM>Vardonnet</NOM> a démissionné.",
        # traps: the place word itself before the name, in capitals or not, makes a place
        "M. <NOM>Verneuil</NOM> est venu. Il travaille à l'UNITÉ Verneuil depuis un an.",
        "M. <NOM>Verneuil</NOM> est venu. Il travaille à l'unité Verneuil depuis un an.",
    ],
)
def test_name_found_elsewhere_after_a_heading(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a given name clipped to two letters and a dot before a surname is its initial
        "Ce soir, le music-hall de <NOM>Ch. Mérilon</NOM>, puis un film.",
        "Un article de <NOM>Ph. Tournadre</NOM> paru hier.",
        "Signé : <NOM>Th. Vasselin</NOM>.",
        # traps: a room, the European pharmacopoeia's abbreviation
        "Patient en Ch. 12. Le bilan est normal.",
        "Conforme à la Ph. Eur. pour la méthode.",
    ],
)
def test_clipped_given_name_before_a_surname(marked: str) -> None:
    _check(marked)


def test_clipped_given_name_is_an_initial() -> None:
    toks = tokenise("de Ch. Mérilon, en Ch. 12")
    assert [(t.text, t.shape) for t in toks][:3] == [("de", "L"), ("Ch", "I"), ("Mérilon", "C")]
    assert toks[4].shape == "C"  # « Ch. 12 »: a room
