"""Families of the twenty-seventh batch (prompts that health professionals paste into an AI assistant),
each with invented text: a record's number dictated with « mille », an operation's and a mobile unit's
intervention number, a date in figures read aloud with its short year, a logbook's day after a dose's
line, a hospitals' group by its acronym after an article, a hospital's own acronym in brackets that is a
word too, a home-care brand joined by « et », a health centre by its older name, a « maison de santé » of
its town, a birth year's two last digits dictated, a requisition's number closed by its service's
letters; and the traps that go with them (the paragraph pasted under an instruction's colon, a
structure's acronym after a care role, a dose times its takes, a blood pressure after « HTA », a
newborn's Apgar, a law's amendment and rules named after a place)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a record's number dictated with its thousands, after its label
        (
            "bilan à revoir numéro de dossier trois cent vingt mille six cent quinze merci",
            "trois cent vingt mille six cent quinze",
        ),
        ("patient vu ce matin dossier neuf cent un mille quarante", "neuf cent un mille quarante"),
        # an operation's number in the theatre's register, a series' letter before it
        (
            "fin de l'acte numéro d'intervention C vingt-cinq sept mille trois cent deux",
            "C vingt-cinq sept mille trois cent deux",
        ),
    ],
)
def test_record_number_dictated_with_thousands(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    "text",
    [
        # « mille » without a record's label stays a quantity or a year
        "il a reçu deux mille unités puis trois mille cinq cents unités le lendemain",
        "on a compté quatre cent douze mille cellules par millilitre",
    ],
)
def test_thousands_without_a_label_stay(text: str) -> None:
    assert not ENGINE.detect(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a mobile unit's intervention, three dashed groups (département, year, rank), no « n° »
        ("[03/11 02:14] Yann SMUR : intervention 35-26-1187, femme 71a, malaise", "35-26-1187"),
        ("Fiche SMUR — intervention 64-25-20931 — départ 04:10", "64-25-20931"),
    ],
)
def test_mobile_unit_intervention_number(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_intervention_year_stays_a_year() -> None:
    found = ENGINE.detect("première intervention 2019 puis reprise en 2021")
    assert all(f.label == "DATE" for f in found)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a date in figures read aloud: day, month's number, short year, after « du » or « le »
        ("compte rendu opératoire du douze trois vingt-cinq chirurgien docteur", "douze trois vingt-cinq"),
        ("revue le vingt et un onze vingt-six pour le pansement", "vingt et un onze vingt-six"),
    ],
)
def test_date_read_aloud_with_short_year(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    "text",
    [
        # a series of numbers, a count of words, no date
        "le deux trois vingt-six quatre cinq pour le tirage",
        "il en faut du trente deux vingt-six au moins",
    ],
)
def test_numbers_read_aloud_that_are_no_date(text: str) -> None:
    assert not any(f.label == "DATE" for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a logbook's entry opening its line after a line ending on a dose (« cp », « sachet »)
        (
            "Titration :\n18/10 : Depakote 250 x2\n22/10 : dosage 48 → 1 cp\n03/11 : dosage 71, stable",
            "03/11",
        ),
        ("Suivi :\n12/09 : Lepticur 1 cp\n19/09 : tremblements → 2 cp\n02/10 : mieux, même dose", "02/10"),
    ],
)
def test_log_entry_after_a_dose(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hospitals' group by its acronym, « GH » and two to four capitals, after an article or « de »
        ("Avis ortho possible : Dr Lemaire à Colmar ou le GHCAS. Merci.", "GHCAS"),
        ("Départ VSAV + SMUR du GHTV vers 3 h.", "GHTV"),
        # a hospital's own acronym in brackets after it, a word of French too
        ("Urgences de l'Hôpital de Chambéry (CHARME) — Mme Lopez Ana", "CHARME"),
    ],
)
def test_hospital_acronyms(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "dosage de la GHRH et de la GHBP demandé",
        "score CHADS à 3, anticoagulation discutée",
    ],
)
def test_acronyms_that_are_no_hospital(text: str) -> None:
    assert not any(f.label == "ETABLISSEMENT" for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a home-care service's brand, its last two words joined by « et »
        ("Relais pris par l'HAD Confort et Présence dès lundi.", "Confort et Présence"),
        # a health centre by its older name
        ("vu au dispensaire de Papara pour la plaie", "dispensaire de Papara"),
        # a « maison de santé » of its town
        ("MT : Dr Garnier, maison de santé de Prémery.", "maison de santé de Prémery"),
    ],
)
def test_care_places_by_their_kind(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the paragraph pasted under an instruction's colon, a blank line between: no field's value
        ("Mets en forme ce qu'a noté le prescripteur :\n\nOrdonnance renouvelée pour 3 mois.", "Ordonnance"),
        ("Voici la fiche ARM :\n\nAppel reçu à 02:10 pour douleur thoracique.", "Appel"),
        ("Relis ce texte (le logiciel a mal compris les noms) :\n\ncompte rendu de consultation", "compte"),
        # a structure's acronym after a care role, on a chat's sender line
        ("[04/03/2026 07:12] Julie IDE MAS: nuit calme pour tous", "MAS"),
        # a dose times its takes, glued
        ("augmenter la Dépakine à 1250x2 dès ce soir", "1250x2"),
        # a blood pressure after « HTA » and its kind
        ("admise à 34 SA pour HTA gravidique 17/11 sans protéinurie", "17/11"),
        # a newborn's score at birth
        ("Apgar de naissance 9/10 puis 10/10 à 5 minutes.", "9/10"),
        # a law's amendment and clinical rules named after a city
        ("maintien en IME au titre de l'amendement Creton.", "Creton"),
        ("entorse de cheville, Ottawa négatif, pas de radio", "Ottawa"),
        ("maladie de Crohn (Montréal L2 B1) sous védolizumab", "Montréal"),
    ],
)
def test_words_that_name_no_one(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a colon at the end of a line, the value on the next (no blank line): still a field
        ("Prescripteur :\nDr Hamon Yves", "Hamon"),
        # a nurse's name after her role stays one
        ("IDE Rouxel a vu le patient", "Rouxel"),
        # a city named so in a sentence stays a place
        ("il vit à Montréal depuis 2019", "Montréal"),
    ],
)
def test_what_stays_found(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a birth year's last two digits dictated after « né(e) en »
        ("alors monsieur diallo né en soixante-dix-huit revient pour sa toux", "soixante-dix-huit"),
        ("patiente née en quatre-vingt-quatre euh suivie pour asthme", "quatre-vingt-quatre"),
    ],
)
def test_birth_year_dictated_short(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_born_in_a_number_of_weeks_is_no_year() -> None:
    assert not ENGINE.detect("bébé né en six heures de travail, sans souci")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the letters of the service that numbers a requisition, closing it after a slash
        ("Unité médico-judiciaire — réquisition n° 2025/01442/SR — examen à 9 h", "2025/01442/SR"),
    ],
)
def test_reference_closed_by_a_service_code(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the towns of a trip, joined by a hyphen, a dash or an arrow after the trip's word
        ("malaise au retour, après un vol Dakar-Bordeaux de six heures", "Dakar"),
        ("malaise au retour, après un vol Dakar-Bordeaux de six heures", "Bordeaux"),
        ("mollet douloureux depuis le trajet Strasbourg → Nice en TGV", "Nice"),
        # a laboratory's town after its brand and a comma, ending the line
        ("Ferritine 12 µg/L\nLabo : Bioxa, Reims\nà recontrôler", "Reims"),
        # the town a regulation centre is named by, no « de »
        ("[02/03 04:10] Gwen SAMU Morlaix: appel reçu", "Morlaix"),
    ],
)
def test_towns_of_trips_labs_and_units(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="VILLE")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hyphenated first name after a trip's word, a unit's kind after its acronym
        ("il a pris le train Marie-Claire et moi", "Marie-Claire"),
        ("appel au SMUR Pédiatrique pour transfert", "Pédiatrique"),
    ],
)
def test_no_town_there(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="VILLE")
