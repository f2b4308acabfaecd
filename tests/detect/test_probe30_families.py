"""Families of the thirtieth batch, each with invented text: an establishment's name closed by its
département's number, a centre of care by its place's name with « centre » in lower case, a city abroad
where the patient was examined or is followed, a market town by its usual short name, a surname that a
kin title spells after a civility, a hamlet's line in a letter's address block; and what stays readable
(a medicine stopped, an eponymous test, classification or chart, counts after an establishment, the
middle of a town, a heading's word before a name on the next line)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the département's number closing an establishment's or a laboratory's name
        ("GHT Bocage 53 – CH Mayenne – Pneumologie", "GHT Bocage 53"),
        ("Prise de sang au labo Biocéane 29 à jeun.", "labo Biocéane 29"),
        ("Courrier du CHU de Quimper 29 - Cardiologie", "CHU de Quimper 29"),
        # « centre » in lower case, then the estate's name that no list holds
        ("Rééducation prévue au centre de Trestel après la sortie.", "centre de Trestel"),
        ("Transfert vers le centre de Ker-Avel demain.", "centre de Ker-Avel"),
        # a city abroad: an examination dated there, the patient's own practitioner there
        ("Comparaison avec l'IRM réalisée à Rotterdam en mai 2023.", "Rotterdam"),
        ("Sa gynécologue à Utrecht sera prévenue.", "Utrecht"),
        # a market town by the first word of its hyphenated name
        ("Tournée IDE du jour — secteur Carhaix", "Carhaix"),
        ("Elle vit à Sarlat depuis dix ans.", "Sarlat"),
        # a surname spelt like a kin title after a civility
        ("Mme PÉRÉ Odile, née le 02/03/1950", "PÉRÉ"),
        ("M. Mère Paul a été revu ce jour.", "Mère"),
        # a hamlet's line between the addressee and the postcode's line
        ("Madame Lagarde Simone\nLa Combe Basse\n24380 Vergt\nMadame,", "La Combe Basse"),
        ("Monsieur Texier Paul\nLes Quatre Vents\n85110 Chantonnay", "Les Quatre Vents"),
    ],
)
def test_identifier_is_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a medicine stopped is no court's ruling
        ("Pas d'allergie connue. Arrêt Kardegic non nécessaire.", "Kardegic"),
        # eponymous tests, cells, classifications and charts
        ("Brucellose : sérologie Wright positive.", "Wright"),
        ("Présence de bâtonnets d'Auer sur le frottis.", "Auer"),
        ("Fracture supracondylienne Lagrange 3 réduite au bloc.", "Lagrange"),
        ("Surface brûlée estimée (table de Lund et Browder) à 12 %.", "Browder"),
        # a count after an establishment, a town's middle, a generic centre
        ("Hospitalisé au CH Verdun 12 jours.", "12"),
        ("Il habite au centre de Rennes depuis 2010.", "centre"),
        ("La lésion siège au centre de Gravité.", "Gravité"),
        ("Appel du centre de Référence ce matin.", "Référence"),
        # a city abroad in a paper's or a meeting's sentence
        ("Le congrès de cardiologie à Utrecht en 2024 était riche.", "Utrecht"),
    ],
)
def test_stays_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_heading_word_does_not_hide_the_name_on_the_next_line() -> None:
    text = "LABORATOIRE — CHU Guadeloupe — Sérologies\nDorival, Jean-Claude  (M)  30.10.1960"
    assert ENGINE.masks(text, "Jean-Claude")
