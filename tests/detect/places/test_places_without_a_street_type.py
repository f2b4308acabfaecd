"""Addresses with no street type or with their parts in another order (issue 8, held-out batches 17–19),
each family with invented text: a hamlet before a dash and its postcode, a hamlet after « à » before
« , » + postcode with the commune on the next line, an estate's name and its building before the
postcode, a Breton hamlet's name (ker-, plou-, lann-, tré-…) before its commune in any case, a
commune's district in brackets (« section », « habitation », « quartier »), a campsite's name with its
links, the building and the estate before a numbered street, street lines abroad with an abbreviated
title in the name, with the number first, with the postcode alone before a comma. Traps: words of
care after a kind of district, Breton-looking words that are French words, a number before « via »."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mme TESSIER Claire\nLa Croix Blanche – 87440 Marval\nExamen du", "La Croix Blanche"),
        ("M. X\nLe Bourg - 46320 Assier\n", "Le Bourg"),
        ("Sortie prévue.\nRetour à Kerhervé , 22200\nGuingamp. Sa fille passera.", "Kerhervé"),
        ("Retour à La Ville Hamon, 22400 Lamballe-Armor demain", "La Ville Hamon"),
        ("domicilié\nLe Clos des Pins, bât. B, 84000 Avignon, opéré le", "Le Clos des Pins, bât. B"),
        ("Adresse : Les Terrasses du Lac, esc. 2, 73100 Aix-les-Bains", "Les Terrasses du Lac, esc. 2"),
        ("pour mme le bris, kerdanet, plouézec\nsoins", "kerdanet"),
        ("M. Le Goff, Kerivoal, Plouha. Diabète", "Kerivoal"),
        ("Patiente : Mme Tanguy, Lannvoez, 29870 Lannilis", "Lannvoez"),
        ("M. Rolland, Trézélan, Pommerit-Jaudy ; pansements", "Trézélan"),
        ("résidant à Sainte-Rose (section Nogent), suivi en dialyse", "section Nogent"),
        ("vit à Capesterre-Belle-Eau (habitation Marquisat) avec sa fille", "habitation Marquisat"),
        ("domiciliée au Lamentin, quartier Bois-Carré. Pas d'aide.", "quartier Bois-Carré"),
        ("il loge au camping Les Pins de la Plage, Saint-Hilaire-de-Riez.", "camping Les Pins de la Plage"),
        ("Adresse : Les Quatre Vents\nCode postal : 79200   Commune : Parthenay", "Les Quatre Vents"),
        ("Domicile : LE HAUT BOIS\nCP : 35150", "LE HAUT BOIS"),
        (
            "Adresse : Bât. C2, cité Jean-Moulin, 14 rue Jean-Moulin, 13015 Marseille",
            "Bât. C2, cité Jean-Moulin, 14 rue Jean-Moulin",
        ),
    ],
)
def test_the_address_is_found(text: str, address: str) -> None:
    assert address in values(text, "ADRESSE"), values(text)


@pytest.mark.parametrize(
    ("text", "part", "label"),
    [
        (
            "en vacances à Vila Real, Rua Dr. Manuel Cardona 12, 5000-562 Vila Real",
            "Rua Dr. Manuel Cardona 12",
            "ADRESSE",
        ),
        ("chez sa fille, Calle Gral. Prim 3, 28004 Madrid", "Calle Gral. Prim 3", "ADRESSE"),
        (
            "personne de confiance : son frère, 8 calle del Sol, 50001 Zaragoza (Espagne)",
            "8 calle del Sol",
            "ADRESSE",
        ),
        ("sa sœur, 5 rua das Flores, 4050-262 Porto", "5 rua das Flores", "ADRESSE"),
        ("domicilié à Girona, Carrer Nou 7, 17001, de passage à Perpignan", "17001", "CODE_POSTAL"),
    ],
)
def test_the_foreign_line_is_found(text: str, part: str, label: str) -> None:
    assert part in values(text, label), values(text)


@pytest.mark.parametrize(
    "text",
    [
        "hospitalisée (section Alzheimer) depuis mars",
        "à la section Pédiatrie, le patient",
        "tremblement, Lannion nous adresse",
        "traitement, trévisa, Paris",
        "Kératite, Vannes",
        "RDV pris 3 via Doctolib demain",
        "prendre 2 via la sonde, Paris",
        "Service de cardiologie – 75013 Paris",
        "Adresse : Voir dossier\nCP : 75013",
        "courrier adressé à Martin, 56300 Pontivy demain",
        "Adresse : Inconnue\nCode postal : 75013",
    ],
)
def test_no_address_is_found(text: str) -> None:
    assert values(text, "ADRESSE") == [], values(text)


def test_a_spaced_out_place_above_its_postcode_field_is_masked() -> None:
    text = "Adresse : L A  G R A N D E  N O E\nCode postal : 3 5 1 5 0   Commune : J A N Z É"
    found = [text[f.start : f.end] for f in Detector().detect(text) if f.label == "ADRESSE"]
    assert found == ["L A  G R A N D E  N O E"]
