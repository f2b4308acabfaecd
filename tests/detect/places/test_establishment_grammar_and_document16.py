"""Establishment names as French hospitals and homes write them (issue 8, sixteenth session): the grammar of
a name (a care kind between the type and the name, « Maison de la … », the public or the fields of care
that end a site's name, a group's letterhead in capitals without its dash, a laboratory of « Bio » and its
département, a network's site), the establishments a form lists or a provider's field names, a hospital's
acronym in brackets after a doctor, an emergency department and its town, an acronym and its region after
« l' », a home after its coordinating nurse; then, over the whole text, an establishment found again by its
own name, and the article of a site named by its place. Synthetic examples (other towns, other homes);
the negatives stay readable: generic mentions, services, eponyms, common words."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import ENGINE

DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label.value == "ETABLISSEMENT"]


def _masked(text: str, part: str) -> bool:
    return ENGINE.masks(text, part)


def _readable(text: str, part: str) -> bool:
    return not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a care kind between the type and the name
        (
            "Sortie le 3 mars vers la Clinique de rééducation Les Mimosas.",
            "Clinique de rééducation Les Mimosas",
        ),
        ("Transfert à l'hôpital de soins de suite Le Montet demain.", "hôpital de soins de suite Le Montet"),
        ("Ligamentoplastie à la Clinique du sport de Mérignac en 2024.", "Clinique du sport de Mérignac"),
        # « Maison » by its place
        ("Séjour de répit proposé à la Maison de la Chênaie.", "Maison de la Chênaie"),
        ("Elle vit à la Maison du Parc depuis mars.", "Maison du Parc"),
        # the public or two fields of care ending a site's name
        ("Site : Hôpital Nord adultes", "Hôpital Nord adultes"),
        (
            "Hospitalisation au GHU Paris psychiatrie et neurosciences en 2024.",
            "GHU Paris psychiatrie et neurosciences",
        ),
        # a group's letterhead in capitals, no dash between its parts
        ("ASSISTANCE PUBLIQUE HÔPITAUX DE PARIS\nHôpital Tenon", "ASSISTANCE PUBLIQUE HÔPITAUX DE PARIS"),
        # the home-care kind with its brand of generic words
        ("Contact pris avec HAD Soins Service ce jour.", "HAD Soins Service"),
        # a laboratory of « Bio » and its département, a network's site
        ("Bilan au laboratoire Bio17 de Saintes.", "laboratoire Bio17"),
        ("Étiquettes — Bio17 Royan", "Bio17 Royan"),
        ("LABORATOIRE BIO17 — SITE DE ROYAN", "LABORATOIRE BIO17 — SITE DE ROYAN"),
        ("prélevé au laboratoire Cerballiance Chartrons le 3/4", "laboratoire Cerballiance Chartrons"),
        # the provider's field
        ("Oxygène 2 l/min.\nPrestataire : Vitalaire Toulouse, 3 rue des Lilas", "Vitalaire Toulouse"),
        # an emergency department and its town
        ("Transfert vers : SAU Montauban, le 3/12", "SAU Montauban"),
        # a hospital's acronym in brackets after a doctor
        ("Avis du Dr Marc Dupuis (CHBA), le 3/4.", "CHBA"),
        # a home typed in lower case after its kind, up to its town
        ("transfert au ssr les terrasses de l'orb à béziers", "ssr les terrasses de l'orb"),
        ("retour prévu en usld le clos des vignes, chambre 4", "usld le clos des vignes"),
        # a structure's name in brackets after its kind
        ("Relais en HAD (Santé Relais, Villeurbanne).", "Santé Relais"),
        ("Entrée en EHPAD (Les Tilleuls) le 3/12.", "Les Tilleuls"),
        # a hospital of the group, an item of its letterhead, named by its kind and whom it receives
        ("CHU DE TOULOUSE – PÔLE ENFANTS – HÔPITAL DES ENFANTS\nMadame,", "HÔPITAL DES ENFANTS"),
        # a listed short name closing a banner's chain, or after a unit and a speciality written out
        ("Relève | Pneumo | Calmette", "Calmette"),
        ("Export — file active HDJ oncologie Bergonié (extrait)", "Bergonié"),
        ("Relais en HAD (Aide et Soins, Bron).", "Aide et Soins"),
        # a kind, a dash, then an establishment with its own type
        (
            "COMPTE RENDU D'IMAGERIE — Cabinet de radiologie des Tanneurs, Angers",
            "Cabinet de radiologie des Tanneurs",
        ),
        # a listed name closing a banner, a town inside it
        (
            "[DPI] Hospitalisation | DURAND, Paul | IPP 0012345 | UF 2210 Médecine interne | Charles-Foix",
            "Charles-Foix",
        ),
        # the site in brackets after a unit's own name; the emergency department of a hospital
        ("Transmissions — Unité Les Tamaris (Montperrin) — 01/12 matin", "Montperrin"),
        ("Je soussignée, Dr Anne Roy, SAU du CH de Lisieux, certifie", "SAU du CH de Lisieux"),
        # a home after its coordinating nurse or doctor
        ("Appeler l'IDEC des Glycines au 05 56 00 00 00.", "Glycines"),
        ("Vu avec le médecin coordonnateur de la Roseraie, Dr Petit.", "la Roseraie"),
    ],
)
def test_an_establishment_by_the_grammar_of_its_name(text: str, name: str) -> None:
    assert name in _establishments(text), _establishments(text)


def test_the_establishments_a_form_lists() -> None:
    text = "Établissement(s) souhaité(s) : 1) EHPAD Les Jardins  2) Résidence du Lac Annecy\nDate : 3/12"
    assert _masked(text, "EHPAD Les Jardins") and _masked(text, "Résidence du Lac Annecy")
    text = "Établissements souhaités : 1. Les Glycines Montbrison 2. Korian Le Parc"
    assert _masked(text, "Les Glycines Montbrison") and _masked(text, "Korian Le Parc")


def test_an_acronym_and_its_region_after_an_elided_article() -> None:
    text = "Dialyse péritonéale avec l'AUDIAL Limousin depuis mars."
    assert _masked(text, "AUDIAL Limousin")


@pytest.mark.parametrize(
    ("text", "again"),
    [
        # the home's own name, without its kind nor its town
        ("Demande : EHPAD Les Glycines Montbrison.\nRetour aux Glycines prévu demain.", "aux Glycines"),
        # a name of French words, found again as a whole
        (
            "Hospitalisée à la Clinique de rééducation Les Grands Pins. Elle revient des Grands Pins ce jour.",
            "des Grands Pins",
        ),
        (
            "Transmissions EHPAD Les Jardins de l'Orb\nRetour aux Jardins de l'Orb ce soir.",
            "aux Jardins de l'Orb",
        ),
        # a clinic's own name, then alone with its article
        (
            "Entrée en SSR à la Clinique Les Oréades le 2/3.\nRetour à domicile après les Oréades lundi.",
            "les Oréades",
        ),
    ],
)
def test_an_establishment_found_again_by_its_own_name(text: str, again: str) -> None:
    word = again.split(" ", 1)[1]
    at = text.index(again) + len(again) - len(word)
    assert any(f.start <= at and at + len(word) <= f.end for f in DETECTOR.detect(text)), DETECTOR.detect(
        text
    )


@pytest.mark.parametrize(
    ("text", "article_and_name"),
    [
        ("Biopsie prévue à la Timone le 11/12.", "la Timone"),
        ("Suivi pneumologique à la Croix-Rousse dans un mois.", "la Croix-Rousse"),
    ],
)
def test_a_site_named_by_its_place_takes_its_article(text: str, article_and_name: str) -> None:
    assert article_and_name in _establishments(text), _establishments(text)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        # generic mentions, the kind without a name
        ("Elle sort en clinique de rééducation le 3 mars.", "clinique de rééducation"),
        ("Orientation vers une clinique de rééducation à Royan.", "clinique de rééducation"),
        ("Inscrite à la Maison des Adolescents.", "des Adolescents"),
        # a unit after a hospital's name stays readable: one field alone is its unit
        ("Vu au CHU de Nantes pneumologie le 3/4.", "pneumologie"),
        # the article of a name written with its type is the sentence's
        ("Hospitalisé à la Clinique du Parc depuis mars.", "à la"),
        # the staff of a kind or of a unit, a person
        ("Appeler l'IDEC de l'EHPAD demain.", "EHPAD"),
        ("L'IDEC du Service a appelé.", "Service"),
        # an eponym after its noun, though the hospital of the same name was found
        ("Hôpital Trousseau. Signe de Trousseau positif.", "Signe de Trousseau"),
        # a common word found again only capitalised, not opening a sentence
        ("Hospitalisé à la Clinique du Parc. Parc de stationnement fermé.", "Parc de stationnement"),
        ("Demande : EHPAD Les Glycines.\nLes glycines du jardin sont en fleurs.", "glycines du jardin"),
        # no provider named
        ("Prestataire : à définir", "à définir"),
        # a laboratory network followed by a French word, a disease's acronym in brackets after a doctor
        ("Résultats Synlab Résultats disponibles.", "Résultats disponibles"),
        ("Vu par le Dr Dupuis (CHC) pour bilan.", "CHC"),
        # the kind's expansion, a person, a software in brackets; a day hospital in a letterhead; a time
        ("Suivi en HAD (Hospitalisation À Domicile) depuis mars.", "Hospitalisation À Domicile"),
        ("Suivi en SSIAD (Service de Soins Infirmiers À Domicile).", "Service de Soins"),
        ("Orientation SSR (Rééducation) à discuter.", "Rééducation"),
        ("Demande SSR (ViaTrajectoire, copie) envoyée.", "ViaTrajectoire"),
        ("CH de Dax – Hôpital de jour – Oncologie", "Hôpital de jour"),
        ("il est en ssr la semaine de noël.", "la semaine"),
        ("Score | Trousseau", "Trousseau"),
        ("Orientation SSR (Soins de Suite) à discuter.", "Soins de Suite"),
        ("Unité Les Chênes (UHCD) puis retour.", "UHCD"),
        ("Unité Les Chênes (Lundi) fermée.", "Lundi"),
        # a regional centre's acronym alone, once found with its region: the kind every region has
        ("Déclaration — CRPV Bretagne\nRéférence CRPV : RN2026", "Référence CRPV"),
        # the SAMU of a department keeps its town alone (a SMUR with its town is the hospital's unit)
        ("SAMU Montauban régule.", "SAMU"),
    ],
)
def test_what_stays_readable(text: str, visible: str) -> None:
    assert _readable(text, visible), DETECTOR.detect(text)
