"""Places of probe29's families (invented text): a hand emergency centre by its label (``places/
hand_emergency_unit``), an Antillean locality as an address (« Section », « Habitation »), a Belgian, Swiss
or Luxembourg postcode after its town (``places/foreign_postcode_after_town``), a village by its travel
time (``places/place_with_travel_time``); and the words and brands that stay."""

from __future__ import annotations

import pytest

from egide.detect.labels import Label
from tests.detect.inline import ENGINE


def _label_of(text: str, part: str) -> set[str]:
    at = text.index(part)
    return {f.label for f in ENGINE.detect(text) if f.start <= at and at + len(part) <= f.end}


@pytest.mark.parametrize(
    ("text", "part", "label"),
    [
        (
            "Opérée en urgence à SOS Mains Lorraine pour section tendineuse.",
            "SOS Mains Lorraine",
            Label.ETABLISSEMENT,
        ),
        ("Médecin : Dr Kerboul, SOS Main de la Clinique du Parc", "SOS Main", Label.ETABLISSEMENT),
        (
            "domiciliée Section Bois Jolan, Sainte-Anne, tél. 06 90 11 22 33",
            "Section Bois Jolan",
            Label.ADRESSE,
        ),
        ("Adresse : Habitation Pécoul, Basse-Pointe", "Habitation Pécoul", Label.ADRESSE),
        ("de nationalité belge, domicilié à Tournai, 7500. Suivi ici.", "7500", Label.CODE_POSTAL),
        ("frontalier, vit à Arlon 6700\nTraitement : lithium", "6700", Label.CODE_POSTAL),
        ("amené par son oncle depuis Corossony (2h de route), fièvre depuis hier", "Corossony", Label.VILLE),
        ("vient de Papaïchton (4 h de pirogue) pour la consultation", "Papaïchton", Label.VILLE),
    ],
)
def test_places(text: str, part: str, label: str) -> None:
    assert label in _label_of(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Vu par SOS Médecins cette nuit pour fièvre.", "SOS Médecins"),
        ("section complète du tendon. Section Médecine interne du congrès.", "Section"),
        ("Dose de Doliprane (3 jours) puis arrêt ; Kardégic (1 h avant le repas).", "Kardégic"),
        ("Dose de Doliprane (3 jours) puis arrêt ; Kardégic (1 h avant le repas).", "Doliprane"),
        # eponyms named after a place, a classification in capitals (a mineral water by its town is fix28's
        # appellations)
        ("Dissection jusqu'à l'angle de His, puis agrafage.", "His"),
        ("SDRA modéré selon la définition de Berlin, décubitus ventral.", "Berlin"),
        ("Exacerbation de BPCO GOLD 3, cancer du col FIGO IIB.", "GOLD"),
        ("Motif : exacerbation de BPCO GOLD 4 sur grippe.", "GOLD"),
        ("Motif : cancer du col FIGO IIIC traité par radiochimiothérapie.", "FIGO"),
        ("Exacerbation de BPCO GOLD 3, cancer du col FIGO IIB.", "FIGO"),
    ],
)
def test_words_and_brands_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_a_year_after_a_foreign_town_is_no_postcode() -> None:
    assert Label.CODE_POSTAL not in _label_of("Voyage à Bruxelles, 2019.", "2019")


def test_the_place_after_a_hand_centre_is_kept_with_it() -> None:
    text = "CONSULTATION — Chirurgie de la main — SOS Main Alsace, Colmar"
    assert ENGINE.masks(text, "SOS Main Alsace")
