"""Families of the twenty-fourth held-out batch (issue 8: text nobody here wrote), each with invented
text: a hospital named after the unit that heads a letter or a result (« Pneumologie — Purpan »),
a given name's initials (hyphenated before a surname, « J.-M. », or one after it on a banner or a
list, « LE FLOCH A. »), and the traps that go with them (a speciality before a word that names no
hospital, a title or an abbreviation after a name), and the town a patient comes from whose name is
also a word, capitalised (« vient de Cognac »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit, a dash or a comma, then the hospital's short name: a letterhead's line
        ("Néphrologie — Tenon\nCompte rendu de consultation du 4 mars.", "Tenon"),
        ("Compte rendu — Pneumologie aiguë, Broca\nPatiente revue ce jour.", "Broca"),
        ("Destinataire : service de neurologie, La Cavale Blanche", "La Cavale Blanche"),
        # a unit with its kind clipped, then the hospital without a separator
        ("GDS artériel — Réa chir Lapeyronie, prélevé à 4h10", "Lapeyronie"),
        # a public psychiatric hospital's status before its short name
        ("Séjour en psychiatrie, secteur 75G21, EPS Maison-Blanche, du 2 au 9 mai.", "EPS Maison-Blanche"),
    ],
)
def test_hospital_after_the_unit_that_heads_it(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a speciality, a comma, then a word of the text that is no hospital's name
        ("Avis demandé en cardiologie, puis retour à domicile.", "puis"),
        ("Suivi en pneumologie — bilan en cours.", "bilan"),
    ],
)
def test_no_hospital_after_a_unit_alone(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a compound given name by its hyphenated initials, the second one an « M » or an « S »
        ("Bien amicalement,\nP.-M. Rolland", "P.-M."),
        ("Avec mes remerciements,\nA.-S. Quémener", "A.-S."),
        # a surname first, then the given name's initial: a result's banner, a round's line
        ("04/01 06:40  BERTHELOT C.  IPP 551023987\nNa 138 K 4,1", "C."),
        ("Le Bihan R. — 7 rue des Écoles, Lannion : pansement fait", "R."),
        ("Tournée : Quéré Y. — glycémie 7,2 ; Morvan L. — RAS", "Y."),
    ],
)
def test_initials_of_a_given_name(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the title of the next person after a name, an abbreviation after it
        ("Présents : Mme Rolland, M. Quémener et l'IDE.", "Quémener"),
        ("Vu par le Dr Quémener. N.B. : rappeler demain.", "N.B"),
    ],
)
def test_no_initial_after_a_name(text: str, part: str) -> None:
    start = text.index(part)
    names = [f for f in ENGINE.detect(text) if f.label.value == "NOM"]
    assert all(not (f.start < start < f.end) for f in names)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a commune whose name is also a word, capitalised after « vient de », « venant de »
        ("Homme de 52 ans, vient de Cognac en VSL pour douleur thoracique", "Cognac"),
        ("Patiente venant de Vire, adressée par son médecin traitant.", "Vire"),
    ],
)
def test_town_a_patient_comes_from_capitalised(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the same words in lower case: what the patient has just done or the word
        ("Elle vient de rentrer de promenade, calme.", "rentrer"),
        ("Le patient vient de manger, glycémie à refaire.", "manger"),
    ],
)
def test_no_town_after_came_from_in_lower_case(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a day and its month in Roman capitals (May to December), the year left out, after a day's cue
        ("Revue en consultation le 14/XI. Créatinine stable.", "14/XI"),
        ("Hospitalisée du 2/X au 6/X pour décompensation.", "6/X"),
    ],
)
def test_day_and_roman_month_without_year(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a stage or a class out of four, no day's cue before it
        ("Dyspnée stade 3/IV de la NYHA.", "3/IV"),
        ("Insuffisance cardiaque classe 2/IV, sous furosémide IV.", "2/IV"),
        # the first four numerals after a day's cue: a stage as often as January to April
        ("Revue le 12/IV de la classification.", "12/IV"),
    ],
)
def test_no_date_in_a_stage_out_of_roman(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a wristband's columns aligned with spaces: name, sex letter, date of birth (six digits or slashed)
        ("Bracelet — Pôle femme-enfant\nLAMBERT Chloé  F  230491\nIPP 71-550213", "230491"),
        ("ROUSSEL Marc  M  02/11/1948  séj. 27A004512", "02/11/1948"),
    ],
)
def test_birth_date_after_a_banners_sex_letter(text: str, part: str) -> None:
    start = text.index(part)
    assert any(
        f.label.value == "DATE_NAISSANCE" and f.start <= start and start + len(part) <= f.end
        for f in ENGINE.detect(text)
    )


def test_no_birth_date_after_a_number_and_a_letter() -> None:
    text = "Lot 12  F  230491 reçu en pharmacie"
    assert not any(f.label.value == "DATE_NAISSANCE" for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hurried note in lower case in a text with capitals: title, surname, first name, then the age
        ("SAU nuit du 8 au 9\nmr moreau gérard 77 ans, chute à domicile, EHPAD Les Glycines", "gérard"),
        ("Transmissions USC\nmme perrin odile 84a, désaturation, appel Dr Colin", "odile"),
    ],
)
def test_lower_case_first_name_before_the_age(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_no_first_name_when_a_word_stands_before_the_age() -> None:
    text = "SAU nuit du 8 au 9\nmr moreau vu 77 ans, chute, EHPAD Les Glycines"
    assert not ENGINE.touches(text, "vu")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the writer's initials after the verb that says who wrote the note, then « par »
        ("Appel de la fille à 16h, rassurée. Noté par K.B.", "K.B"),
        ("Pansement refait, plaie propre.\nrédigé par S.T.\nà revoir J3", "S.T"),
        ("Transmis à l'équipe de nuit, transmis par E.V. IDE", "E.V"),
    ],
)
def test_initials_of_who_wrote_the_note(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an acronym with dots after « validé par », a sentence going on after the initials
        ("Protocole validé par la H.A.S. en 2019.", "H.A.S"),
        ("Noté par A.B. dans le dossier hier soir, puis revu.", "A.B"),
    ],
)
def test_no_writer_without_the_structure(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a meeting's heading, perhaps with its clipped speciality, then the day it was held
        ("staff neuro 9/11\n- martin 70a : AVC sylvien, rééducation", "9/11"),
        ("RCP digestif 4/2 :\n1) adénocarcinome du rectum, RCT puis chirurgie", "4/2"),
    ],
)
def test_day_a_meeting_was_held(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a fraction in a sentence after the same word, the line going on
        ("Staff : 2/3 des dossiers discutés reportés.", "2/3"),
        ("Bilan RCP 3/4 des critères remplis", "3/4"),
    ],
)
def test_no_meeting_day_in_a_sentence(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a prescription's signature: the practitioner, a dash or a comma, then his town closing the line
        ("Kiné 15 séances, rachis lombaire.\nDr F. Lemaître — Vire", "Vire"),
        ("Bilan sanguin à jeun.\nDr Claire Rousseau, Cognac\n", "Cognac"),
    ],
)
def test_town_after_a_signing_practitioner(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit or a sentence after the practitioner, the line going on after the word
        ("Dr F. Lemaître — Orange mécanique évoquée par le patient", "Orange"),
        ("Dr F. Lemaître — Cardiologie", "Cardiologie"),
    ],
)
def test_no_town_after_a_practitioner_when_the_line_goes_on(text: str, part: str) -> None:
    assert not any(f.label.value == "VILLE" and text[f.start : f.end] == part for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a pathology case's number: a letter with its dot, the year, the rank
        ("Compte rendu d'histologie n° B.25.00731 — biopsie gastrique", "B.25.00731"),
        ("Examen extemporané n° P.24.1207 : marges saines", "P.24.1207"),
    ],
)
def test_pathology_case_number_with_dotted_letter(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a FHIR Patient's or Encounter's own logical id, next to its type, in either order
        (
            '{"resourceType":"Patient","id":"pat-7781","name":[{"family":"Roussel","given":["Anne"]}]}',
            "pat-7781",
        ),
        ('{"id": "enc-2231", "resourceType": "Encounter", "status": "finished"}', "enc-2231"),
    ],
)
def test_fhir_resource_own_id(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_no_id_of_an_observation() -> None:
    text = '{"resourceType":"Observation","id":"obs-glyc-1","status":"final"}'
    assert not ENGINE.touches(text, "obs-glyc-1")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a cooperative trial group's acronym in capitals, cited with its protocol
        ("Traitement selon le protocole de l'EORTC / LYSA, réévaluation par TEP.", "LYSA"),
        ("Inclusion proposée dans l'essai du groupe FILO, bras standard.", "FILO"),
    ],
)
def test_no_name_in_a_trial_groups_acronym(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_a_title_still_names_a_person_spelt_like_a_group() -> None:
    assert ENGINE.masks("Mme LYSA Marie, née le 3/4/1950", "LYSA")


def test_no_identifier_in_a_trolleys_seal() -> None:
    # the seal a checked emergency trolley or drug safe is closed with: about no person
    text = "Vérification du chariot d'urgence faite, scellé 3107724 posé, défibrillateur testé."
    assert not ENGINE.touches(text, "3107724")


def test_a_patients_number_after_the_same_line_is_still_found() -> None:
    text = "Scellé du chariot changé. Patient n° 0093318 transféré en USIC."
    assert ENGINE.masks(text, "0093318")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the town closing an address whose way is a cité, a passage, a villa…, its name also a word
        ("Adresse : 7 cité des Mineurs, Avion", "Avion"),
        ("Domicile : 4 passage des Écoles, Vire (chez sa fille)", "Vire"),
    ],
)
def test_town_after_an_address_of_another_kind_of_way(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_approved_taxi_whose_trade_name_opens_on_taxi() -> None:
    # the health insurance's approved taxi, its trade name opening on « Taxi » itself
    text = "Séances de radiothérapie : transport par taxi conventionné Taxi Vallée d'Aure."
    assert ENGINE.masks(text, "Taxi Vallée")


def test_no_taxi_firm_in_a_list_of_transports() -> None:
    text = "Bon de transport : VSL ou taxi conventionné Taxi ou ambulance selon l'état."
    assert not ENGINE.touches(text, "ambulance")
