"""Families of the twenty-third held-out batch's first half (issue 8: specialties and settings), each
with invented text: dates (a day alone coordinated with a dated one, a day a meeting is moved to, a
night's two days written with a dash), places (a town in lower case a patient goes back to, a transport
company's town after a comma), establishments (a hospital named by its setting, a pharmacy named by a
kind word with its street, an association named with its article), names (a newborn named after
« bébé » before its weight, initials one per name after a bracket that says which), and what is no
identifier (the value of a form's sex field, a biometry after « BIP », a form's label on the line after
a type, a message's subject opening on a common word, a neonatal acronym). Traps: a pain score, a dose
or a phrase after the same cues."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label.value, text[f.start : f.end]) for f in ENGINE.detect(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a day alone, then « puis », « et » or « ou » and a dated day: the same month
        ("Reçue en consultation (le 9 puis le 23 octobre) pour un bilan.", "9"),
        ("Passage IDE le 4 ou le 5/01 selon la tournée.", "4"),
        # the day a meeting or an operation is moved to
        ("Staff d'onco : dossier de Mme Perrin repoussé au 21. Attendre l'IRM.", "21"),
        ("Bloc décalé au 8, faute de lit en réa.", "8"),
        ("RDV avancé au 2, prévenir la fille.", "2"),
        # a night's two days, a dash between them
        ("Transmissions nuit 07-08/01\nch 4 : dort", "07-08/01"),
        ("Nuit du 27-28/02 : calme.", "27-28/02"),
        # the town a patient goes back to, typed in lower case, even when it is also a word
        ("3h réveillée, veut rentrer à lourdes demain.", "lourdes"),
        ("veut repartir à vienne chez sa fille", "vienne"),
        ("retour à tours prévu jeudi en VSL", "tours"),
        # a transport company's town after a comma, before its phone
        ("Bon de transport — Ambulances du Ried, Colmar — 03 89 41 22 10", "Colmar"),
        # a hospital named by its setting
        ("Orientation : Hôpital maritime de Zuydcoote", "Hôpital maritime de Zuydcoote"),
        ("adressé à l'hôpital rural de Quintin", "hôpital rural de Quintin"),
        # a pharmacy named by a kind word, its street after it
        ("Pharmacie Principale, 7 rue des Halles, 29200 Brest", "Pharmacie Principale"),
        ("PHARMACIE CENTRALE — 12 avenue Foch", "PHARMACIE CENTRALE"),
        # an association with its article
        ("Domiciliation postale : association La Halte Solidaire.", "La Halte Solidaire"),
        # a newborn after « bébé », before its weight
        ("SF : bébé Ainhoa 3420 g, tète bien", "Ainhoa"),
        ("bébé Mathis 2 950 g à J2", "Mathis"),
        # initials after a bracket that says which, one per name
        ("Initiales (nom/prénom) : T / G   Âge : 71 ans", "T / G"),
        ("Initiales du patient : R / M", "R / M"),
        # a subject that names the patient still does
        ("Objet : Lagarde Odile, née le 3 mars 1950", "Lagarde Odile"),
        ("bip 4417 (interne)", "4417"),
    ],
)
def test_the_identifier_is_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part), _found(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a sex field's « M » is no title before the next field's label
        ("Sexe : M   Date de naissance (mois/année) : 04/1950", "Date"),
        ("Sexe : M   Poids : 70 kg", "Poids"),
        # a pain score or a range of scores after « nuit »
        ("Douleur nuit 2-3/10, paracétamol.", "2-3/10"),
        ("EVA 4-5/10 au lever.", "4-5/10"),
        # a night's numbers that are no two days in a row
        ("nuit 3-7/12 : sommeil fragmenté", "3-7/12"),
        # a treatment moved to a cycle, an hour or a dose
        ("Cure reportée au 3e cycle.", "3e"),
        ("Injection décalée au 12 h.", "12"),
        ("Dose reportée au 17 mg/kg.", "17"),
        ("Cancer avancé au 4e stade.", "4e"),
        # « lourdes » an adjective, a trip with no town
        ("rentrer à lourdes doses de morphine", "lourdes"),
        ("retour à domicile prévu demain", "domicile"),
        # a hospital's central pharmacy with no street, a medicine's maker
        ("avis de la Pharmacie Centrale, 3 cp par jour", "Pharmacie Centrale"),
        ("Doxycycline Pharmacie Centrale des Armées 100 mg", "Pharmacie Centrale"),
        # an association with no article and capital
        ("orientée vers une association de patients", "association"),
        # a newborn's score, no name
        ("bébé Apgar 10 à 5 min", "Apgar"),
        # an ultrasound's biometry after « BIP »: a length, no pager
        ("Biométrie fœtale : BIP 61 mm, PC 224 mm", "61"),
        # a type ending its line, a form's field on the next: no establishment's name
        ("FICHE DE LIAISON — saisie CAMSP\nNom de l'enfant : X", "Nom"),
        # an e-mail's or a letter's subject that opens on a common word
        ("Objet : Audience JLD – contrôle à 12 jours", "Audience"),
        ("Objet : Demande de RDV de suivi", "Demande"),
        # a neonatal acronym in capitals
        ("Pas d'ECUN, pas d'infection materno-fœtale.", "ECUN"),
    ],
)
def test_the_clinical_text_stays(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part), _found(text)
