"""Establishments that no list holds (issue #8, probe12's families): a hospital's own acronym told by
where it stands (in brackets after its written-out name, at a signature's end after a speciality), a
centre named after a person with « centre » in lower case, a « Maison médicale » with its name, the
mortuary of a hospital or a town, a hospital shared by two countries and the town abroad it stands in,
a building's number before the town; and Dutch and Flemish street lines, the type glued to the name and
the number after. Traps: the same words where they name no place."""

from __future__ import annotations

import pytest

from tests.detect.places.support import find_places


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's acronym in brackets after its written-out name
        ("Transfert depuis le CH de Bourg-en-Bresse (CHBB) vers Lyon", ("ETABLISSEMENT", "CHBB")),
        ("suivi à l'hôpital de Montélimar (GHPM) depuis 2019", ("ETABLISSEMENT", "GHPM")),
        ("Centre hospitalier Alpes-Isère (HCAI) — unité 3", ("ETABLISSEMENT", "HCAI")),
        # after a speciality and a comma at a signature's end
        ("Dr Vallet, neurologue, HPSM\nTél. secrétariat", ("ETABLISSEMENT", "HPSM")),
        ("Mme Roux, sage-femme, CHVA.", ("ETABLISSEMENT", "CHVA")),
        # after where a patient is cared for and « au » or « à l' »
        ("Il est suivi à l'HPBC depuis 2019 pour son diabète.", ("ETABLISSEMENT", "HPBC")),
        ("opérée au HPSL en mars", ("ETABLISSEMENT", "HPSL")),
        # a centre named after a person, « centre » in lower case
        (
            "séances de curiethérapie au centre Lucien Ferrand de Nantes",
            ("ETABLISSEMENT", "centre Lucien Ferrand"),
        ),
        ("elle est suivie au centre Odile-Brunet depuis mars", ("ETABLISSEMENT", "centre Odile-Brunet")),
        # a « Maison médicale » with its name, the mortuary of a hospital or of a town
        (
            "Unité de soins palliatifs — Maison médicale Thérèse Aubry",
            ("ETABLISSEMENT", "Maison médicale Thérèse Aubry"),
        ),
        (
            "Admission en Chambre mortuaire du CH de Riom le 3 mars",
            ("ETABLISSEMENT", "Chambre mortuaire du CH de Riom"),
        ),
        (
            "transfert vers la chambre funéraire de Montluçon",
            ("ETABLISSEMENT", "chambre funéraire de Montluçon"),
        ),
        # a hospital shared by two countries, the town abroad it stands in
        (
            "soignée à l'hôpital transfrontalier de Menton",
            ("ETABLISSEMENT", "hôpital transfrontalier de Menton"),
        ),
        ("à la Clinique Sant Oriol à Sabadell le 4 mai", ("VILLE", "Sabadell")),
        # a building's number before the town the hospital stands in
        ("admitted to Hôpital Laennec 2 in Quimper on May 3", ("ETABLISSEMENT", "Hôpital Laennec 2")),
        ("opérée à l'Hôpital Nord 3 à Amiens", ("ETABLISSEMENT", "Hôpital Nord 3")),
        # Dutch and Flemish street lines
        ("domicilié Gentsesteenweg 112, 9300 Aalst (Belgique)", ("ADRESSE", "Gentsesteenweg 112")),
        ("sa fille habite Beukenlaan 17, 5651 Eindhoven", ("ADRESSE", "Beukenlaan 17")),
        ("Adresse : Molenstraat 4b, 2018 Antwerpen", ("ADRESSE", "Molenstraat 4b")),
    ],
)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hospitalisé au CH de Dax (HDJ) pour bilan", "HDJ"),
        ("Consultation au CH de Dax (HTA sévère)", "HTA"),
        ("Dr Marc, néphrologue, HTA.", "HTA"),
        ("suivi de l'HTA et du diabète", "HTA"),
        ("vue à l'HDJ de gériatrie", "HDJ"),
        ("douleur au centre Val de Loire", "Val"),
        ("la chambre mortuaire du CHU", "mortuaire"),
        ("le corps est à la chambre mortuaire.", "mortuaire"),
        ("Maison médicale de garde le soir", "garde"),
        ("Clinique du Parc 2 fois par semaine", "2"),
        ("prendre Molenweg 3 fois par jour", "Molenweg"),
        # a laboratory's address in a leaflet, its company form spaced out
        ("Biogen Idec B . V . \n Robijnlaan 8 NL - 2132 Hoofddorp Pays-Bas", "Robijnlaan"),
    ],
)
def test_not_found(text: str, word: str) -> None:
    at = text.index(word)
    assert not any(
        f.start <= at < f.end for f in find_places(text) if f.label in ("ETABLISSEMENT", "ADRESSE")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district where a person lives, after a residence cue
        ("Dialyse à domicile souhaitée ; domicile : quartier des Aubépines, Carpentras.", ("ADRESSE", "quartier des Aubépines")),
        ("Elle vit quartier de la Roquette à Arles depuis 2010.", ("ADRESSE", "quartier de la Roquette")),
        # an Irish county (left visible, as large as a département) then the Eircode after it
        ("Her GP: Dr Walsh, 3 Bridge Street, Listowel, Co. Kerry, V31 F6K2.", ("CODE_POSTAL", "V31 F6K2")),
        # a Catalan street line, the code alone at the line's end
        ("demeurant à Olot (Espagne), Carrer del Pont 7, 17800\nChère Consœur,", ("ADRESSE", "Carrer del Pont 7")),
        ("demeurant à Olot (Espagne), Carrer del Pont 7, 17800\nChère Consœur,", ("CODE_POSTAL", "17800")),
        # a home-care service's brand made of generic words: the brand, not the kind before it
        ("Transmission — HAD Soins Service — patiente Mme Roche", ("ETABLISSEMENT", "HAD Soins Service")),
        # a short name with spaces for its hyphens and its article, after a practitioner
        ("ligamentoplastie (Dr Kervella, La Cavale Blanche) le 4 mai", ("ETABLISSEMENT", "La Cavale Blanche")),
        ("revue par le Dr Ollivier, Gabriel Montpied, en mars", ("ETABLISSEMENT", "Gabriel Montpied")),
        # a listed commune after a trip's words and « pour »
        ("sortie demain, taxi réservé pour Navarrenx.", ("VILLE", "Navarrenx")),
        ("sortie demain, VSL prévu pour Mauléon.", ("VILLE", "Mauléon")),
        # an Irish or a Catalan town, where a person goes back to or a hospital stands
        ("He flies home to Galway on March 2 after his cast.", ("VILLE", "Galway")),
        ("elle rentre chez sa fille à Olot le 3 mars", ("VILLE", "Olot")),
    ],
)  # fmt: skip
def test_places_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("un quartier des Halles animé", "quartier"),
        ("prise en charge par l'HAD Soins Palliatifs", "Palliatifs"),
        ("traitement pour Lyme", "Lyme"),
    ],
)
def test_places_not_found(text: str, word: str) -> None:
    at = text.index(word)
    assert not any(f.start <= at < f.end for f in find_places(text))
