"""Places as a hospital's letterhead and rural, mountain and overseas addresses write them (issue #8,
probe9): a postal box after the street on the same line (« 95 boulevard Pinel — BP 30039 », « Avenue
Désandrouin - CS 50479 »); a dwelling or a district before its street line (« chalet Les Arolles, route
du Col de la Madeleine », « Mas d'en Vila, chemin de Saint-Génis », « village de Kawéni, rue Mangrove,
case 12 »); a range of numbers (« 15-35 rue Claude Boucher »); a « corniche »; establishments written
out (« Assistance Publique – Hôpitaux de Paris », « Établissement public de santé mentale de la Marne »,
« Hospitalisation à domicile du Nord Alsace », « Centre de dialyse de la Côte Basque », « Imagerie
Médicale du Pays Basque »). Traps: « l'hôpital de jour », « une hospitalisation à domicile est
proposée », « le centre de dialyse le plus proche », « Imagerie : IRM »."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

DETECTOR = Detector()


def _values(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label.value == label]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("95 boulevard Pinel — BP 30039 — 69678 BRON Cedex", ["95 boulevard Pinel", "BP 30039"]),
        ("Avenue Désandrouin - CS 50479 Service de Pneumologie\n59322 VALENCIENNES CEDEX", ["Avenue Désandrouin", "CS 50479"]),
        ("14 rue Paul Gaffarel — BP 77908 — 21079 DIJON Cedex", ["14 rue Paul Gaffarel", "BP 77908"]),
        ("Domicile : chalet Les Arolles, route du Col de la Madeleine, 73130 Saint-François-Longchamp", ["chalet Les Arolles, route du Col de la Madeleine"]),
        ("Domicile : Mas d'en Vila, chemin de Saint-Génis, 66740 Laroque-des-Albères", ["Mas d'en Vila, chemin de Saint-Génis"]),
        ("Lieu d'intervention : domaine de la Grange Neuve, chemin des Cabanes, 84800 L'Isle-sur-la-Sorgue", ["domaine de la Grange Neuve, chemin des Cabanes"]),
        ("Elle vit quartier Bois-Neuf, chemin Bellevue, 97232 Le Lamentin.", ["quartier Bois-Neuf, chemin Bellevue"]),
        ("demeurant village de Kawéni, rue Mangrove, case 12, 97600 Mamoudzou", ["village de Kawéni, rue Mangrove, case 12"]),
        ("Adresse : Villa Li Pitchoun, 142 corniche André de Joly, 06300 Nice", ["Villa Li Pitchoun, 142 corniche André de Joly"]),
        ("15-35 rue Claude Boucher 33077 BORDEAUX CEDEX", ["15-35 rue Claude Boucher"]),
    ],
)  # fmt: skip
def test_boxes_dwellings_and_ranges_are_part_of_the_address(text: str, addresses: list[str]) -> None:
    assert _values(text, "ADRESSE") == addresses


@pytest.mark.parametrize(
    ("text", "establishment"),
    [
        ("Assistance Publique – Hôpitaux de Paris\nHÔPITAL EUROPÉEN GEORGES-POMPIDOU", "Assistance Publique – Hôpitaux de Paris"),
        ("ASSISTANCE PUBLIQUE — HÔPITAUX DE MARSEILLE\nService de neurologie", "ASSISTANCE PUBLIQUE — HÔPITAUX DE MARSEILLE"),
        ("ÉTABLISSEMENT PUBLIC DE SANTÉ MENTALE DE LA MARNE\n1 rue du Commandant", "ÉTABLISSEMENT PUBLIC DE SANTÉ MENTALE DE LA MARNE"),
        ("Suivi au CMP, EPSM de la Sarthe, depuis deux ans.", "EPSM de la Sarthe"),
        ("Coordination : Hospitalisation à Domicile du Nord Alsace, permanence 24h/24", "Hospitalisation à Domicile du Nord Alsace"),
        ("À : Centre de dialyse de la Côte Basque, 2 allée Saint-Martin", "Centre de dialyse de la Côte Basque"),
        ("IMAGERIE MÉDICALE DU PAYS BASQUE\n8 allée du Cadran", "IMAGERIE MÉDICALE DU PAYS BASQUE"),
        ("Scanner le 10/04 à 8 h 30 (Imagerie du Mail).", "Imagerie du Mail"),
        # one of its buildings, by number, ending the letterhead's line (the CHU before the dash is
        # an establishment of its own: each item of a letterhead is found at its start)
        ("CHU DE NICE — HÔPITAL PASTEUR 2\n30 voie Romaine", "HÔPITAL PASTEUR 2"),
        ("Hôpital Nord II — service de pneumologie", "Hôpital Nord II"),
    ],
)  # fmt: skip
def test_establishments_written_out(text: str, establishment: str) -> None:
    assert establishment in _values(text, "ETABLISSEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "Une hospitalisation à domicile est proposée ; le centre de dialyse le plus proche est à 20 minutes.",
        "Imagerie : IRM cérébrale normale. Retour en hôpital de jour ; boîte de 30 comprimés.",
        "Maladie de Crohn, rue de la paix intérieure : le patient va mieux.",
        "Séances en hôpital de jour 2 fois par semaine.",
    ],
)
def test_generic_mentions_stay_clean(text: str) -> None:
    found = DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]
