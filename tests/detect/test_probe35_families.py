"""The families of probe35's misses and over-masking (towns and hospitals of the départements the batches
saw least; invented text, none of the probe's): an establishment's group code in brackets and its acronym
that a staff e-mail's domain says, a hospital's emergency department by its acronym, a lab's or an imaging
practice's name after its département, a hospital's laboratory named with it, a home's name after « FAM
d'origine : », a lieu-dit before its commune after the patient's age, an HL7 address's street, a year of
birth before a banner's dash, a member's number with its issuer's letters, the patient's label typed short,
a nurse's first name before her role. What stays readable: a unit a patient arrives in, a product named
after its town, a reaction in brackets on an allergy line, a pronoun of negation, a simile, a form's
heading, a unit's kind and the document's."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a group's code in brackets after the establishment: a kind's letters and the département's number
        ("Service : CH de Gap (GH05) — Pneumologie\nPatient : X", "GH05"),
        ("Centre hospitalier de Millau (GHT12), urgences", "GHT12"),
        # the acronym that an e-mail address of the text has for its domain
        ("De : Y. Kerloc'h <y.kerloch@chbsn.bzh>\nMerci. Le bureau des entrées, CHBSN.", "CHBSN"),
        # a hospital's emergency department by its acronym alone
        ("En cas de fièvre, consulter aux urgences du CHD.", "CHD"),
        ("Revu aux urgences du CHIC hier soir.", "CHIC"),
        # a practice named after its département or region, and its town closing the letterhead's item
        ("Radiologie des Landes — Dax\nÉchographie rénale", "Radiologie des Landes"),
        ("SMS — Bio Cantal Aurillac — 03/12 09:12", "Bio Cantal"),
        ("SMS — Bio Cantal Aurillac — 03/12 09:12", "Aurillac"),
        ("Laboratoire de la Nièvre\nINR 2,4", "Laboratoire de la Nièvre"),
        # a hospital's laboratory or pharmacy, named with it
        ("Étiquette — Laboratoire du CH de Digne\nNom : X", "Laboratoire du CH de Digne"),
        ("Dispensation — Pharmacie du CHU de Brest", "Pharmacie du CHU de Brest"),
        # the home a resident comes from, after its field's label
        ("FAM d'origine : Les Oliviers, Sérignan (IDE)", "Les Oliviers"),
        ("EHPAD de provenance : Les Acacias, Uzès", "Les Acacias"),
        # a lieu-dit then its commune, after the patient's age
        ("M. Rault Yves, 68 ans, La Haute Lande Pontorson.\nDyspnée", "La Haute Lande"),
        ("Mme Pierre Anne, 81 ans, Le Grand Clos Saint-Lô, vue ce jour", "Le Grand Clos"),
        # an HL7 address's street with no number, when the next component is empty
        (
            "PID|1||123456^^^CHX^PI||ROUX^JEAN||19500101|M|||LES FAVEYROLLES^^MENDE^^48000^FRA",
            "LES FAVEYROLLES",
        ),
        # the year of birth after the patient's name, before a banner's dash
        ("Patient : M. Bouvier Alain, 1958 — examen n° IR26-0441", "1958"),
        # a member's number with its issuer's letters, after « n° »
        ("Mutuelle : adhérent n° MX 4410 2290 17", "MX 4410 2290 17"),
        # the patient's label typed short, then a name in lower case
        ("consult ORL\npt : caussade remi 41 ans, vu ce jour", "caussade remi"),
        # a nurse's first name that is a place too, before her role, closing the note
        ("sortie prévue jeudi - taxi réservé. Aude IDE", "Aude"),
        ("bilan fait. Aude IDE\n", "Aude"),
        ("retour à domicile prévu demain. Lorraine IDE", "Lorraine"),
    ],
)
def test_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the unit a patient arrives in, an acronym of four or five capitals after « en »
        ("Mme X arrivée en SSPI à 10h40, EVA 2", "SSPI"),
        ("transféré en USIC dans la nuit", "USIC"),
        # a product named after its town, which the place tagger reads after the rules
        ("Régime : pas de moutarde de Dijon ni de sel ajouté.", "Dijon"),
        ("Conseils : éviter la moutarde de Meaux, les épices.", "Meaux"),
        # a reaction in brackets on an allergy line
        ("Allergie : Augmentin (rash).", "rash"),
        ("Allergies : amoxicilline (rash cutané), iode", "rash"),
        # the pronoun of a negation
        ("Nous avons attendu. Personne ne nous a prévenus.", "Personne"),
        # a simile with an indefinite article
        ("Il décrit sa journée « comme une Bérézina » depuis sa chute.", "Bérézina"),
        # a form's heading, a line above its fields
        ("Bureau des entrées\nIdentité du patient\n  Nom : X", "Identité"),
        # a unit's kind and the document's, on the letter's second line
        ("Centre hospitalier de Gap\nSSR gériatrique — CRH\nMme X", "SSR gériatrique"),
        # a heading's radiology, a point of the compass
        ("Radiologie du Centre hospitalier : rendez-vous pris", "Radiologie"),
        ("IRM du Nord du pays, pas de rendez-vous", "IRM"),
    ],
)
def test_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_the_town_a_person_arrives_in_stays_masked() -> None:
    assert ENGINE.masks("Il est né à OSLO en 1970.", "OSLO")
    assert ENGINE.masks("Elle vit à Dijon depuis 2010.", "Dijon")


def test_a_lieu_dit_that_is_a_commune_is_the_town() -> None:
    assert ENGINE.masks("M. Roy Paul, 70 ans, La Roche-sur-Yon.", "La Roche-sur-Yon", label="VILLE")


def test_a_first_name_inside_a_sentence_stays_a_name() -> None:
    assert ENGINE.masks("l'amour de Marie pour ses enfants", "Marie")
    assert ENGINE.masks("Ce matin, Marie ne veut pas manger.", "Marie")
