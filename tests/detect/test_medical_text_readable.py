"""Medical text stays readable (issue 8: clean prose, drug leaflets, medicine names), family by family,
with the identifiers and names that must still be found beside them.

Every sentence is written here; each family was masked before its rule (a word of a medicine's
whole name, an eponym behind adjectives, a taxonomic authority, a country alone, a question's verb,
an acronym, a street type of anatomy…).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.names.species import mark_species
from egide.detect.names.tokens import tokenise
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


def _check(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    "marked",
    [
        # the whole name of a medicine of the database, its maker a name of the lists
        "Relais par Coca Boiron, trois granules le soir.",
        "Introduction de Fer Arrow ce jour, contrôle de la ferritine.",
        "Hoang Nan Boiron arrêté, pas d'effet.",
        "Prescrit : Uva Ursi Boiron, relais par Chardon Marie en gélules.",
        "Bonne tolérance de Chlorhydrate D'Oxybuprocaine Thea en collyre.",
        "Introduction de Hypophysine L.p. Boiron ce jour ; T.r.e. Weleda le soir.",
        # « teinture mère » is a form, not the title « Mère »
        "Patiente sous Calendula Officinalis Teinture Mère Weleda, application locale.",
        # what a note says of a treatment names a medicine that the name lists also hold
        "Yaz à poursuivre, contraception bien tolérée.",
        "Bonne efficacité de Carlin sur les douleurs abdominales.",
        "Traitement : LEELOO, une plaquette par mois.",
        "Tobi à arrêter avant l'intervention.",
        "Chardon Marie à poursuivre ; Ordonnance : PIN SYLVESTRE, une boîte.",
        # the maker in a medicine's name is no hospital and no commune; a strain is no identifier
        "Ordonnance : MÉTHADONE AP-HP, une boîte ; PEDIAVEN AP-HP G20 la nuit.",
        "Charbon de Belloc à poursuivre, deux gélules.",
        "Vaccin contre la fièvre jaune, souche 17D-204, fait au centre agréé.",
        # a company named like a commune or a centre
        "Autorisation accordée à Elan Pharma International Ltd.",
        "Représentant local : Centre Spécialités Pharmaceutiques.",
        # a letter glued to a number is no title « M »
        "Scintigraphie au technétium [99M TC] sans fixation anormale.",
        # a time between two events is nobody's age
        "Le signe fut décrit 100 ans après la maladie ; cent ans plus tard, on en parle encore.",
    ],
)
def test_medicine_names_stay_readable(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a person beside a medicine or a treatment cue is still a person
        "Mme <NOM>Carlin</NOM> sous Yaz depuis <DATE>2019</DATE>.",
        # a person named like a maker: every other occurrence is masked too (leak nothing)
        "Vu par le Dr <NOM>Boiron</NOM>, Coca <NOM>Boiron</NOM> à poursuivre.",
        "Visite de la Mère <NOM>Marguerite</NOM> à la communauté, tél <TELEPHONE>06 12 34 56 78</TELEPHONE>.",
        "Mme <NOM>Yaz</NOM> est revue ce jour.",
        # a medicine's name made of name-list words only is a person's without a medicine cue
        "<NOM>CHARDON Marie</NOM>, 72 ans, revue ce jour.",
        "<NOM>PIN Sylvestre</NOM> appelle pour son rendez-vous.",
        # « Sœur », « Mère » after a verb, then a first name: the title
        "Prévenir Mère <NOM>Claire</NOM> du retour de la patiente.",
        # direct identifiers in a leaflet-like sentence
        "Le patient (NIR <NIR>1 85 05 78 006 084 91</NIR>) reçoit Fer Arrow 80 mg.",
        "Dans quel cas est-il utilisé ? Demander à Mme <NOM>Lerouge</NOM> au <TELEPHONE>01 45 67 89 12</TELEPHONE>.",
    ],
)
def test_people_and_identifiers_are_still_found(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # an eponym after a noun of pathology, its adjectives, a complement with « en », a grade
        "Biopsie en faveur d'un carcinome épidermoïde de Lambert.",
        "Antécédent de myotonie de Kessler chez le frère.",
        "Lésion compatible avec une kératodermie palmaire diffuse de Vanderlinden.",
        "Pose d'un implant en silicone de Harkness à droite.",
        "Déficit en lactase de Moreau suspecté.",
        "Artériopathie au stade III de Fontaine.",
        "Phacomatose : sclérose tubéreuse de Bourneville connue.",
        # culture media are named after people (« milieu de Sabouraud », « gélose de Chapman »)
        "Ensemencement sur milieu de Sabouraud et gélose de Chapman.",
        "LES TUMEURS DE KOENEN DANS LA SCLÉROSE TUBÉREUSE.",
        "Pityriasis rosé de Gibert en cours de régression.",
        # a text split into words: an elision before a space still reads as one
        "Purpura thrombopénique , syndrome d' Evans probable .",
        "Diagnostic : phénomène d' Arthus au point d' injection .",
        # signs named alone in a list of signs, and the blood group systems named after people
        "Murphy positif, Blumberg négatif, McBurney indolore, Rovsing négatif.",
        "Pas de Kernig ni de Brudzinski ; Chvostek négatif.",
        "CGR phénotypé RH-KEL, Kell négatif, Duffy et Kidd compatibles.",
        # an analyser after its instrument noun, then its maker
        "Sérologie VHC négative (technique Architect, Abbott).",
        "Dosage sur automate Atellica, Siemens ; contrôle par le Dr <NOM>Abbott</NOM>.",
    ],
)
def test_eponyms_behind_adjectives_and_spaced_elisions(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # after an eponym context a title still names a person, and « la fille de X » is no eponym
        "La fille de <NOM>Dupuis</NOM> a appelé, carcinome suivi par le Dr <NOM>Lambert</NOM>.",
        "Le frère de <NOM>Kessler</NOM> a une myotonie.",
    ],
)
def test_eponym_walk_stops_at_people(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a taxonomic authority after a Latin binomial: abbreviated, in brackets, with a year
        "Morsure de couleuvre ( Natrix natrix L . ) sans gravité .",
        "Piqûre par Ornithodoros erraticus ( Lucas 1849 ) au retour du Maroc.",
        "Culture de Rhizopus arrhizus Fisch . sur milieu de Sabouraud.",
        "Contact avec Thaumetopoea pityocampa ( Lefèvre et Garnier ) en forêt.",
        "Larves de Hymenolepis fraterna E . N . Stiles 1906 dans les selles.",
    ],
)
def test_taxonomic_authorities_stay_readable(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a lower-case word that is no Latin after a capitalised one: no binomial, the name stays
        "Concert : Morning songs (<NOM>Eric Coates</NOM>) et valse.",
        # a dot after a full word ends a sentence, no abbreviated author
        "Livraison de Grands vinsde <NOM>Bordier</NOM>. Merci.",
        # Latin has no accent and no hyphen
        "Ce soir : La fleur d'Hawaï pot-pourri (<NOM>Abraham</NOM>). Musique légère.",
    ],
)
def test_no_authority_without_a_latin_epithet(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # countries that the surname lists hold but no first-name list, alone
        ("Fabricant : Neurogenix GmbH, Marburg, Germany.", "Germany"),
        ("Titulaire : Medivet (Ireland) Ltd.", "Ireland"),
        ("Cas importé du Gabon ( Libreville ), puis du Viêt-nam .", "Viêt-nam"),
        ("Paludisme d'importation ( Gabon ) chez un voyageur.", "Gabon"),
    ],
)
def test_countries_stay_readable(text: str, country: str) -> None:
    start = text.index(country)
    found = [f for f in _DETECTOR.detect(text) if f.start < start + len(country) and start < f.end]
    assert found == [], found


@pytest.mark.parametrize(
    "marked",
    [
        # a country that is a surname, after a title
        "Revue par Mme <NOM>Gabon</NOM> ce matin.",
    ],
)
def test_countries_that_name_people(marked: str) -> None:
    _check(marked)


def test_a_country_in_a_list_of_people_is_left_to_the_name_rules() -> None:
    """« (Monaco, Lucie Berthier, …) »: a name follows after a comma, the country is not set aside
    (« Marburg, Germany. » ends there and is)."""
    names = _DETECTOR.names
    for text, word, vetoed in [
        ("Distribution : (Monaco, Lucie Berthier, Daniel Fauvel).", "Monaco", False),
        ("Distribution | Monaco | Lucie Berthier | Daniel Fauvel", "Monaco", False),
        ("Fabricant : Neurogenix GmbH, Marburg, Germany.", "Germany", True),
    ]:
        toks = tokenise(text)
        taken = [False] * len(toks)
        names.medicines.mark(toks, taken)
        k = next(i for i, t in enumerate(toks) if t.text == word)
        assert taken[k] is vetoed, (text, word)


@pytest.mark.parametrize(
    "marked",
    [
        # a question's verb and its subject
        "Dans quel cas est-il utilisé et comment agit-elle ?",
        "DANS QUEL CAS EST-IL PRESCRIT ?",
        # acronyms: after an article, pharmacokinetics, a month abbreviation after « une »
        "Association déconseillée avec des INTI ou un autre INTI.",
        "Le Tmax est atteint en deux heures et la Cmax double, Vss faible.",
        "Signes évocateurs d'une SEP ou d'une LEMP.",
        # the name of a study or a trial in capitals after its noun
        "Patients inclus dans l'essai GALAXIA puis suivis par l'observatoire STATIMED.",
        "Données de l'enquête MONICA et de la cohorte ROSALIE.",
        # an initial's dot ends a sentence before a common word
        "Pénicilline G . Recherche des impuretés par chromatographie .",
        # anatomy, not a street; « clinique » as an adjective, typed without accents
        "LÉSION DU CARREFOUR PARIÉTO-OCCIPITAL GAUCHE.",
        "Etude clinique du Kardegic chez le sujet âgé.",
    ],
)
def test_clinical_words_stay_readable(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Né le <DATE_NAISSANCE>un mars deux mille vingt</DATE_NAISSANCE>, vu le <DATE>3 juin 2024</DATE>.",
        "Domicile : <ADRESSE>3 carrefour de la Croix-Verte</ADRESSE>, <CODE_POSTAL>49000</CODE_POSTAL> <VILLE>Angers</VILLE>.",
        "Sortie vers la <ETABLISSEMENT>Clinique du Parc</ETABLISSEMENT> demain.",
        "Vu par <NOM>P. Blanc</NOM> ; appeler <NOM>MARTIN</NOM> et les <NOM>DURAND</NOM>.",
        "Transféré à l'<ETABLISSEMENT>AP-HP</ETABLISSEMENT>, originaire de <VILLE>Belloc</VILLE>.",
        "Patiente de <AGE>96</AGE> ans, après une chute ; doyenne de <AGE>cent deux</AGE> ans.",
        "Domiciliée à <VILLE>Elan</VILLE>, suivie au <ETABLISSEMENT>Centre Hospitalier de Dax</ETABLISSEMENT>.",
    ],
)
def test_identifiers_beside_those_words_are_found(marked: str) -> None:
    _check(marked)


def test_a_first_name_starts_no_binomial() -> None:
    """« Fernande saala et Lucas. » (a text in lower case, re-cased): a first name then a word is no
    genus and its epithet, « Lucas. » no abbreviated author; « Coffea robusta Lind. » is."""
    lex = _DETECTOR.names.lexicon
    for text, word, latin in [
        ("Au programme : Fernande saala et Lucas. Concert ensuite.", "Lucas", False),
        ("Les grains de Coffea robusta Lind. torréfiés.", "Lind", True),
    ]:
        toks = tokenise(text)
        taken = [False] * len(toks)
        mark_species(toks, taken, lex)
        k = next(i for i, t in enumerate(toks) if t.text == word)
        assert taken[k] is latin, (text, word)
