"""Places people name as their town though no commune list holds them as written, and words named
after towns that are no one's place (issue 8, the places family of probe37/38/39), with variants and
negatives:

- quarters overseas with their own postal name, former communes, a commune's usual form with its
  article, a commune without its article (``data/localities.tsv``, ``lexicon._add_names_without_article``);
- a listed name that goes on after a hyphen (« Entre-deux-Guiers », « Baden-Baden »);
- border towns abroad and their postcodes with the country's letters (« Allschwil CH-4123 »), a letter's
  dateline in English, a dated finding in a town abroad;
- a hurried note's trip without « à » (« retour Lamballe demain »), a relative's town in lower case
  (« fils à arques »);
- address lines that are a place's name: « le bourg », a farm above its road, a house's name after a
  profession, a residence with its building, a business park, a bilingual street plate;
- what stays readable: mineral waters and wines (« Vichy Célestins », « eau d'Évian ou de Volvic »,
  « boit du Bordeaux »), a drain (« Pas de Redon »), a country in brackets after its town, a form's
  « Ville » header, « RPPS » under a postcode.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.places.support import values

_DETECTOR = Detector()


def _masked(text: str) -> str:
    """The text with every finding's characters replaced by « # »."""
    chars = list(text)
    for f in _DETECTOR.detect(text):
        for k in range(f.start, f.end):
            chars[k] = "#"
    return "".join(chars)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # quarters overseas with their own postal name
        ("Adresse : 34 chemin Bassin Martin, 97432 Ravine des Cabris", "Ravine des Cabris"),
        ("Décision : VSAV Ravine des Cabris -> CHU", "Ravine des Cabris"),
        ("Mme Técher (Plaine des Palmistes) glycémie 0,48", "Plaine des Palmistes"),
        ("agriculteur à la Plaine des Cafres depuis 1990", "Plaine des Cafres"),
        ("elle habite Sainte-Clotilde avec sa fille", "Sainte-Clotilde"),
        ("originaire de Kawéni, arrivée en 2019", "Kawéni"),
        # former communes people still name as their town
        ("12 avenue de la Mer à Malo-les-Bains, pour avis", "Malo-les-Bains"),
        ("ancien marin-pêcheur de Port-en-Bessin.", "Port-en-Bessin"),
        ("domiciliée à Rosendaël depuis 2001", "Rosendaël"),
        # the usual article of a listed name, and a name without its article
        ("marin pêcheur au Guilvinec (armement X), fumeur", "Guilvinec"),
        ("né à Roche-sur-Yon en 1950", "Roche-sur-Yon"),
        # a listed name that goes on after a hyphen
        ("né le 09/06/1930 à Entre-deux-Guiers\nObstacle : NON", "Entre-deux-Guiers"),
        ("(+49 7221 39 58 04, elle habite Baden-Baden), personne de confiance", "Baden-Baden"),
        # a letter's dateline in English, a finding dated in a town abroad
        ("98000 MONACO\n\nMonaco, December 3rd, 2026\n\nDear Dr Rossi,", "Monaco"),
        ("Basel, 3 December 2026\n\nDear colleague,", "Basel"),
        ("hépatite B découverte lors d'un don du sang en 2020 à Iași. Charge virale", "Iași"),
        # a hurried note's trip without « à »
        ("thrombose veineuse — retour Lamballe demain", "Lamballe"),
        ("Transport : VSL Carhaix 14h.", "Carhaix"),
        # a relative's town typed in lower case
        ("famille prévenue (fils à arques). rappelle moi", "arques"),
        ("sa fille à lannion vient demain", "lannion"),
    ],
)
def test_towns_people_name(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Retour Domicile prévu lundi.", "Domicile"),
        ("Retour Florence ce soir ?", "Florence"),
        ("fille à charge, mère à domicile, fils à jeun", "charge"),
        ("pèlerinage en Terre Sainte l'an dernier", "Terre Sainte"),
        ("Pas de Redon. Fermeture par surjet intradermique.", "Redon"),
        ("Ablation du drain de Redon à J2.", "Redon"),
        ("12, rue de l'Alzette – L-4010 Esch-sur-Alzette (Luxembourg)", "Luxembourg"),
        ("Père à Mutsamudu (Anjouan). Tél mère", "Anjouan"),
        ("Adresse |61 boulevard Maurice Barrès| CP |92200| Ville |Neuilly-sur-Seine|", "Ville"),
        ("8, rue Nationale\nArmentières\n59280\nRPPS 10101847236", "RPPS"),
    ],
)
def test_words_that_are_no_town(text: str, word: str) -> None:
    assert word not in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Née à Redon en 1950.", "Redon"),
        ("35600 Redon", "Redon"),
        ("vit au Luxembourg (Luxembourg-Ville) depuis 2010", "Luxembourg"),
    ],
)
def test_the_same_words_where_they_are_towns(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Patient: BÜHLER, Ernst (frontalier, domicile Allschwil CH-4123)  IPP 8 801", "CH-4123"),
        ("frontalière, vit à Riehen CH-4125, travaille à Saint-Louis", "CH-4125"),
    ],
)
def test_swiss_postcodes_with_their_letters_after_the_town(text: str, code: str) -> None:
    assert code in values(text, "CODE_POSTAL")


@pytest.mark.parametrize(
    "text",
    [
        "Lot C-1234 et L-4010 seuls.",  # no town before
        "mutation B-1234 du gène",
    ],
)
def test_letters_and_digits_that_are_no_postcode(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Mme Bouyssou Simone, le bourg, 46200 Souillac\nToilette au lit", "le bourg"),
        ("M. Favre, chef-lieu, 73350 Champagny-en-Vanoise", "chef-lieu"),
        (
            "Madame Isabelle Morin\nLa Grande Métairie\nroute de Lussac\n86320 CIVAUX\n\nMadame,",
            "La Grande Métairie",
        ),
        ("Monsieur Paul Roux\nLes Quatre Vents\n12 chemin des Crêtes\n24380 Vergt", "Les Quatre Vents"),
        (
            "né en 1939 à Mortagne-au-Perche, ancien boulanger, La Fosse aux Loups, Saint-Denis-sur-Sarthon.\n",
            "La Fosse aux Loups",
        ),
        (
            "Patient : Leroy Bernard, Bât. C, Résidence les Hauts de Belleville, 40 rue de Belleville, Paris 19e",
            "Bât. C, Résidence les Hauts de Belleville, 40 rue de Belleville",
        ),
        (
            "au centre d'Anglet, Technocité, 2 allée du Lac. En cas d'empêchement, prévenez",
            "Technocité, 2 allée du Lac",
        ),
        ("Mme ZIEGLER Irène - 2 Hauptstrooss / rue Principale, 67360 Woerth", "2 Hauptstrooss"),
        ("Adresse : 5 Kierchestross, 57480 Sierck-les-Bains", "5 Kierchestross"),
    ],
)
def test_address_lines_that_name_a_place(text: str, line: str) -> None:
    assert line in values(text, "ADRESSE")


@pytest.mark.parametrize(
    "text",
    [
        "RDV au centre, 2 allée du Lac. En cas d'empêchement, prévenez.",
        "RDV au 2 allée du Pin. Merci de prévenir.",
    ],
)
def test_a_street_line_ends_before_the_next_sentence(text: str) -> None:
    assert not any("." in v for v in values(text, "ADRESSE"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Passage au bourg, 46200 Souillac vers 10h.", "bourg"),
        ("Il travaille comme bénévole, Les Grands Moulins, Vue.", "Les Grands Moulins"),
    ],
)
def test_phrases_that_are_no_address_line(text: str, word: str) -> None:
    assert word not in values(text, "ADRESSE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Eau de Vichy Saint-Yorre autorisée avec modération (régime sans sel).", "Saint-Yorre"),
        ("Renouveler 3 fois. Pas de Vichy Célestins (eau trop salée).", "Vichy"),
        ("Eau d'Évian ou de Volvic à volonté. Compléments", "Volvic"),
        ("Préférer une eau plate type Vittel, 1,5 litre par jour.", "Vittel"),
        ("Boit du Bordeaux le week-end. Pas d'idées suicidaires.", "Bordeaux"),
        ("un verre de Cahors au dîner", "Cahors"),
    ],
)
def test_drinks_named_after_towns_stay_readable(text: str, word: str) -> None:
    start = text.index(word)
    assert _masked(text)[start : start + len(word)] == word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Née à Vichy, vit à Volvic depuis 2010.", "Volvic"),
        ("Domicile : 03200 Vichy", "Vichy"),
    ],
)
def test_the_towns_of_those_drinks_stay_places(text: str, word: str) -> None:
    start = text.rindex(word)
    assert "#" in _masked(text)[start : start + len(word)]


def test_a_practitioners_town_in_brackets_named_like_a_device() -> None:
    assert "Redon" in values("Prescripteur : Dr Hervé (Redon)   Début : lundi", "VILLE")


def test_an_address_typed_one_digit_a_box() -> None:
    text = "Adresse : |3 3 RUE DU MOULIN|  CP |5 9 1 6 0|  Ville |L O M M E|"
    assert values(text, "ADRESSE") == ["3 3 RUE DU MOULIN"]
    assert values(text, "CODE_POSTAL") == ["5 9 1 6 0"]


@pytest.mark.parametrize(
    "text",
    [
        "Score |3 3 4 5 6| CP |1 2| total",  # no five digits after « CP »
        "CP |9 9 9 9 9|",  # no postcode in use
    ],
)
def test_boxes_that_hold_no_postcode(text: str) -> None:
    assert values(text, "CODE_POSTAL") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Née à La Seyne en 1962.", "La Seyne"),
        ("domicilié à La Baule, retraité", "La Baule"),
        ("moniteur de ski, il vit à Val Thorens", "Val Thorens"),
        ("ingénieur, habite Sophia Antipolis", "Sophia Antipolis"),
        ("habite à Hossegor depuis 2015", "Hossegor"),
    ],
)
def test_usual_short_names_and_resorts(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le Kremlin a annoncé hier", "Le Kremlin"),
        ("Le Plessis est un nom fréquent", "Le Plessis"),
    ],
)
def test_short_names_that_stay_words(text: str, word: str) -> None:
    assert word not in values(text, "VILLE")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mme Roux, 80 ans, domiciliée à Vichy. Boit peu d'eau, 1 litre par jour.", "Vichy"),
        ("Adresse : 03200 Vichy. Eau gazeuse déconseillée.", "Vichy"),
    ],
)
def test_a_water_towns_residents_stay_masked(text: str, word: str) -> None:
    start = text.index(word)
    assert "#" in _masked(text)[start : start + len(word)]
