"""Families of the twenty-fifth batch (establishments and towns in every form, overseas and abroad), each
with invented text: a hospital abroad named the English way and its town in brackets, a district before
its commune (an îlet, a section), a village before its commune in brackets, a medical centre national or
of reference, a territory said with « française », a hospital's site in brackets after its short name, a
hospital of two towns joined by a slash in a sentence, a hospital named after a person by its first name
and surname, a form's « Établissement » field, a NIR of Corsica scanned in its groups, a key after a
scanned « c1é », a birth date whose slashes have boxes of their own; and the over-masking that goes with
them (a room after « ch. », a scanned « Nom » label, an ECG wave's eponym, guidelines by their edition and
subject, a tube's additive, a rescue service, a department in brackets, a list of trials)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hospital abroad named the English way, its own name before its kind
        (
            "Sheffield Children's Hospital – Urgences pédiatriques\nPatient : X",
            "Sheffield Children's Hospital",
        ),
        ("Évacuation vers le Waikato Central Hospital (Hamilton) pour chirurgie", "Waikato Central Hospital"),
        ("transféré au Mercy Medical Center de Baltimore en 2019", "Mercy Medical Center"),
        # and its town in brackets after it (« l' » before the name)
        (
            "Évacuation vers l'Ohio Valley Hospital (Wheeling) pour chirurgie",
            "Ohio Valley Hospital (Wheeling",
        ),
    ],
)
def test_hospital_abroad_named_the_english_way(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an îlet, a section: a district before its commune, after « à » or a comma
        ("Mme Payet, 71 ans, qui habite l'îlet Bras Rouge à Cilaos, est revue ce jour.", "Bras Rouge"),
        ("patient de la section Grand Fond à Vieux-Habitants, adressé pour bilan", "Grand Fond"),
        ("Il vit section Morne Rouge à Sainte-Rose.", "Morne Rouge"),
        # a village before its commune in brackets, after « à » or « au »
        ("agriculteur à Grand-Coude (Saint-Joseph), fièvre depuis 3 jours", "Grand-Coude"),
        ("hospitalisé au Bourg-Murat (Le Tampon) hier soir", "Bourg-Murat"),
    ],
)
def test_districts_and_villages_before_their_commune(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("section de l'extenseur du 2e doigt à Paris", "section"),  # no district: no capital after
        ("Section B à Lyon : résultats", "Section"),  # a form's section, capitalised, one letter
        ("allergie à Amoxicilline (Lyon)", "Amoxicilline"),  # a medicine, a common word
    ],
)
def test_no_district_without_its_name(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a medical centre national or of reference, then its town
        ("Centre médical national de Bligny – Pneumologie\nPatient : X", "Centre médical national de Bligny"),
        ("Centre médical de référence de Mamoudzou – Pédiatrie", "Centre médical de référence de Mamoudzou"),
        # a territory said with « française », then the site in brackets
        (
            "Centre hospitalier de la Guyane française (Balata) – Urgences",
            "Centre hospitalier de la Guyane française",
        ),
        ("Centre hospitalier de la Guyane française (Balata) – Urgences", "Balata"),
        # a hospital's site in brackets after its short name
        ("Site Félix-Guyon (Bellepierre)\nFICHE D'ADMISSION", "Bellepierre"),
        # a hospital of two towns joined by a slash, the sentence going on
        ("évacuation vers le CHU de Sète/Frontignan à 14h10.", "CHU de Sète/Frontignan"),
    ],
)
def test_establishments_written_out(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a hospital named after a person, first name and surname hyphenated, after a stay or a unit
        ("Il a été hospitalisé à Louis-Lepic à Cherbourg pour une pneumopathie.", "Louis-Lepic"),
        ("Urgences de Louis-Lepic\nLe 3 mars, 10h20", "Louis-Lepic"),
        ("opérée à Paul-Vigné il y a 2 ans", "Paul-Vigné"),
    ],
)
def test_hospital_named_after_a_person(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "courrier adressé à Jean-Pierre par sa sœur",  # a compound first name, no stay
        "autorisation de mise sur le marché accordée à Janssen-Cilag International NV",  # a company
    ],
)
def test_no_hospital_without_a_stay(text: str) -> None:
    assert all(f.label.value != "ETABLISSEMENT" for f in ENGINE.detect(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # whatever a form writes in its « Établissement » field is the establishment's name
        ("BON DE TRANSPORT\nÉtablissement : GH45\nAssuré : X", "GH45"),
        ("Établissement d'accueil : Clinisud\nMotif : chute", "Clinisud"),
        ("Établissement demandeur : dispensaire de Poum\nMotif : fièvre", "dispensaire de Poum"),
        ("Établissement : CH Vauclai1\nMédecin : Dr Lenoir", "CH Vauclai1"),
    ],
)
def test_establishment_field(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Établissement : public\nStatut : X", "public"),  # a common word names none
        ("Réf. établissement : (séjour)", "séjour"),
    ],
)
def test_establishment_field_names_none(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a NIR of Corsica in its groups, the scan's O for its zeros, and its key a column apart
        ("N° SS : 1 58 O7 2A OO3 215  O6\nJe désigne", "1 58 O7 2A OO3 215"),
        ("N° SS : 1 58 O7 2A OO3 215  O6\nJe désigne", "O6"),
        # the key after « clé » scanned with a 1 for its l
        ("N° d'imrnatricu1ation : 1 8 2 0 3 7 5 1 1 2 0 3 4   c1é 4 6\nAdresse : X", "4 6"),
        # a birth date whose slashes have boxes of their own
        ("Date de naissance : |0|3|/|0|4|/|1|9|7|1|\nN° : X", "0|3|/|0|4|/|1|9|7|1"),
    ],
)
def test_numbers_of_a_scanned_form(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a room after « ch. », not a « chemin »
        ("Patient : MARTIN Paul   80 ans   GIR 3   ch. 12\nDestination : CH de Sens", "ch. 12"),
        ("lit 4, ch. 208 au 2e étage", "ch. 208"),
        # a scanned « Nom » label, « rn » for its « m »
        ("ldentité du patient : Norn : KAYA   Prénom(s) : Elif", "Norn"),
        # an ECG wave's eponym, the wave's letter between
        ("ECG : onde J d'Osborn, bradycardie sinusale.", "Osborn"),
        # guidelines by their edition and what they are for
        ("Recommandations : NICE 2023 sur la prise en charge, ERS 2022 pour la mucoviscidose.", "NICE"),
        ("Recommandations HAS 2024 sur le diabète, GOLD 2025 pour la BPCO, GINA 2024 pour l'asthme.", "GINA"),
        # a sample tube's additive, a rescue service
        ("Tube violet EDTA – NFS, plaquettes", "EDTA"),
        ("alerte donnée par le CROSS\nM. Paul DURAND, 40 ans", "CROSS"),
        # a department in brackets after an establishment
        ("Sortie vers le Centre médical national de Bligny (Essonne) pour réhabilitation", "Essonne"),
        # a list of trials after its labelled noun
        ("Étude CAMILLE-HF : bras A. Essais de référence : DAPA-HF, SPRINT, ROSALIE.", "ROSALIE"),
        # the bacillus named after its discoverers
        ("Vaccin BCG (bacille de Calmette et Guérin) non fait.", "Guérin"),
    ],
)
def test_no_over_masking(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_keeps_a_chemin() -> None:
    assert ENGINE.masks("12 ch. des Vignes, 69005 Lyon", "12 ch. des Vignes")
