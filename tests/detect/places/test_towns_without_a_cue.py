"""Towns named with no word of residence before them (issue 8, held-out batches 17–19), each family
with invented text: a banner's town after the birth date and a dash, a heading's town after a
service, a consultation or a laboratory and a dash, a town after a name and an age in a list of
patients, a town and a phone in brackets, a commune typed in lower case after « chez elle à », a
« VILLE: » field glued to its value, a town named by the head of its hyphenated name written with a
ligature, a « commune nouvelle »'s old name. Traps: words that are communes, dates and counts."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Patient : DUROC Ambroise — 03/02/1951 — Remiremont\nNIR : …", "Remiremont"),
        ("M. PAQUIER Léon — 14.07.1939 — Saint-Dié-des-Vosges", "Saint-Dié-des-Vosges"),
        ("Consultation de rhumatologie — Papeete\nDr X", "Papeete"),
        ("Service de néphrologie - Lorient\nCompte rendu", "Lorient"),
        ("LBM Biolia Armor — Lannion\nNOM X", "Lannion"),
        ("Dossier 3 : Perrin Luc, 71 ans, Coutras — carcinome.", "Coutras"),
        ("- Lemaire Anne, 45 ans, Pessac, suivi annuel", "Pessac"),
        ("le pharmacien de la Pharmacie du Port (Quimperlé, 02 98 39 11 20) a rappelé", "Quimperlé"),
        ("vu le cabinet dentaire (Figeac, tél. 05 65 34 10 10) ce matin", "Figeac"),
        ("Attention, il ne rentre pas chez lui à montbazon mais chez sa fille", "montbazon"),
        ("ADR:12 RUE DES ECOLES|CP:59000|VILLE:ROUBAIX|TEL:0320000000", "ROUBAIX"),
        ("Commune:BAYONNE;Pays:FR", "BAYONNE"),
        ("le patient Benali (Karim, 60 a) de Vandœuvre sort demain", "Vandœuvre"),
        ("la patiente de Vandoeuvre est sortie", "Vandoeuvre"),
        ("résinier retraité de Morcenx, ancien fumeur", "Morcenx"),
    ],
)
def test_the_town_is_found(text: str, town: str) -> None:
    assert town in values(text, "VILLE")


@pytest.mark.parametrize(
    "text",
    [
        # a word that is a commune after a dash and a date, an age, a bracket with a phone
        "Bilan du 03/02/2026 — Vue d'ensemble satisfaisante",
        "Dossier 2 : Martin Paul, 64 ans, Sans antécédent notable.",
        "Service de cardiologie — Tours de garde du week-end",
        "(Orange, 06 12 34 56 78) appelle",
        # lower case after « chez elle à »: words, not towns
        "elle rentre chez elle à pied, chez lui à midi",
        "rentre chez elle à domicile avec IDE",
        # an age then a count
        "Patient de 64 ans, 3 enfants",
    ],
)
def test_no_town_is_found(text: str) -> None:
    assert values(text, "VILLE") == [], values(text, "VILLE")
