"""Hospitals named by their short name after a care cue, territory acronyms alone, and eponym traps."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("transféré à Tenon pour la suite", "Tenon"),
        ("HOP Tenon, service de néphrologie", "HOP Tenon"),
        ("Hôp. Bichat", "Hôp. Bichat"),
        ("transféré à Bichat pour coronarographie", "Bichat"),
        ("adressée aux urgences de Cochin", "Cochin"),
        ("service de cardiologie de Bichat", "Bichat"),
        ("suivie à la Timone", "Timone"),
        ("Bilan fait à la Pitié en mai 2023", "Pitié"),  # the Pitié-Salpêtrière by its first half
        ("accouchement à Port-Royal", "Port-Royal"),
        ("hospitalisé à BICHAT", "BICHAT"),
        ("GH Paris Saint-Joseph", "GH Paris Saint-Joseph"),
        ("HIA Bégin", "HIA Bégin"),
        ("suivi au GHU", "GHU"),
        ("hospitalisé au CHR", "CHR"),
        ("adressé par le CHI", "CHI"),
        ("transfert vers le CHIC", "CHIC"),
        # The second word of a famous site, used alone after a cue.
        ("hospitalisé à Pompidou en cardiologie", "Pompidou"),
        ("transfert vers Mondor pour avis", "Mondor"),
        ("suivie à Herriot depuis 2019", "Herriot"),
        ("urgences de la Pitié cette nuit", "Pitié"),
        # typed in a hurry: lower case, « Saint » abbreviated, « urg » for the emergency unit
        ("elle est a mondor aux urgences", "mondor"),
        ("pat vu aux urg de st joseph le 12/1", "st joseph"),
        ("transférée en réa de St-Antoine cette nuit", "St-Antoine"),
    ],
)
def test_short_names_after_a_care_cue(text: str, expected: str) -> None:
    assert values(text, "ETABLISSEMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "rupture du tendon d'Achille",
        "signe de Trousseau positif",
        "boule de Bichat",
        "aire de Broca",
        "Tenon et capsule de Tenon",  # anatomy: no care cue
        "selon Cochin et al.",
        "Par Pitié, répondez vite",
        "syndrome de Percy",
        "le président Pompidou et la loi de 1970",  # a person, no care cue
        "vaccin de Pasteur contre la rage",
        "transféré au CHU",  # « au CHU » says which kind, not which one
        "vu au CH",
        "CHIRURGIE",
        "les CHR et les CHU",  # no article right before
        "aire de broca, boule de bichat, signe de trousseau",  # lower case without a care cue
        "il a percé l'abcès",
    ],
)
def test_eponyms_anatomy_and_generic_mentions_stay_in_clear(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EHPAD « Les Tilleuls »", "EHPAD « Les Tilleuls"),
        ('EHPAD "Les Tilleuls"', 'EHPAD "Les Tilleuls'),
    ],
)
def test_quoted_establishment_names(text: str, expected: str) -> None:
    assert values(text, "ETABLISSEMENT") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hébergé au CHRS Emmaüs de Besançon", "CHRS Emmaüs de Besançon"),
        ("accueilli à l'IME Les Châtaigniers depuis deux ans", "IME Les Châtaigniers"),
        ("vit en FAM Les Hirondelles", "FAM Les Hirondelles"),
        ("suivi au CSAPA Le Tremplin pour sevrage", "CSAPA Le Tremplin"),
        ("résidente de la MAS Les Oliviers", "MAS Les Oliviers"),
        # public centres where a person is screened or followed, named by their town
        ("dépistage au CeGIDD de Pantin le 12/03", "CeGIDD de Pantin"),
        ("suivie à la PMI de Saint-Ouen", "PMI de Saint-Ouen"),
        ("orientée vers le CPEF des Lilas", "CPEF des Lilas"),
        ("consultation au CMS de Montreuil", "CMS de Montreuil"),
    ],
)
def test_medico_social_homes_with_their_name(text: str, expected: str) -> None:
    assert values(text, "ETABLISSEMENT") == [expected]


def test_medico_social_kinds_alone_stay_in_clear() -> None:
    text = (
        "La MAS est une maison d'accueil ; les IME et les ESAT sont saturés ; en FAM les places manquent ;"
        " suivi en PMI jusqu'à 6 ans, le CMS a rappelé, dépistage proposé au CeGIDD."
    )
    assert values(text, "ETABLISSEMENT") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "détenu à la maison d'arrêt de Fleury-Mérogis, extrait pour consultation",
            "maison d'arrêt de Fleury-Mérogis",
        ),
        (
            "incarcéré au centre pénitentiaire de Rennes-Vezin depuis deux ans",
            "centre pénitentiaire de Rennes-Vezin",
        ),
        ("scolarisé au collège Jean-Moulin de Tulle, en 4e", "collège Jean-Moulin de Tulle"),
        ("élève au lycée Victor-Hugo, classe de terminale", "lycée Victor-Hugo"),
        ("en école primaire Les Tilleuls, CM2", "école primaire Les Tilleuls"),
    ],
)
def test_where_a_person_studies_or_is_held(text: str, expected: str) -> None:
    assert values(text, "ETABLISSEMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le Collège National des Gynécologues et Obstétriciens Français recommande un dépistage.",
        "il est allé à l'école ce matin ; lycée professionnel ; une école de la vie",
        "diplômé de l'École Pratique des Hautes Études",
    ],
)
def test_learned_societies_and_schools_in_general_stay_in_clear(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []
