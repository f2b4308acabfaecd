"""Places that probe14 missed, fixed as families (issue #8): a listed commune after an establishment and a
comma at its line's end (« CHU Dupuytren, Limoges »), Paris, Lyon or Marseille with an arrondissement
wherever they stand (« …, Paris 15e », « …, LYON 8 »), the first word of a large town's hyphenated name
used alone (« match à Brive », « née à Châlons »), a postcode in use in brackets after a small commune
that is also a word (« à Privas (07000) », « Saint-Jean (31240) »), and a postcode parted from its commune
by a form's slash (« 84000 / AVIGNON »). Traps: the same shapes where they name no place."""

from __future__ import annotations

import pytest

from tests.detect.places.support import find_places, values


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed commune after an establishment and a comma, ending the line
        ("Réanimation médicale, CHU Dupuytren, Limoges\nPatient : FAUCHER", ("VILLE", "Limoges")),
        ("Service de pneumologie — Hôpital Bretonneau, Tours\nDossier 1234", ("VILLE", "Tours")),
        ("Clinique du Parc, Castelnau-le-Lez — chirurgie", ("VILLE", "Castelnau-le-Lez")),
        # Paris, Lyon, Marseille and an arrondissement
        ("Maison médicale Jeanne Garnier, Paris 15e", ("VILLE", "Paris 15e")),
        ("Chauvin, Marcel, 01/12/1939, 4471318, LYON 8", ("VILLE", "LYON 8")),
        ("Domicile : Marseille 13ème, chez sa fille", ("VILLE", "Marseille 13ème")),
        ("PARIS XVe — cabinet du Dr Roy", ("VILLE", "PARIS XVe")),
        # the usual short name of a large town
        ("Commotion cérébrale lors d'un match à Brive samedi.", ("VILLE", "Brive")),
        ("Née à Châlons, elle vit à Charenton.", ("VILLE", "Châlons")),
        ("Née à Châlons, elle vit à Charenton.", ("VILLE", "Charenton")),
        ("Transfert depuis Cherbourg en hélicoptère.", ("VILLE", "Cherbourg")),
        # a postcode in brackets after a small commune that is also a word
        ("Sa mère demeure chemin des Muriers à Privas (07000).", ("CODE_POSTAL", "07000")),
        ("Lieu : route de Lavaur, Saint-Jean (31240). Victime", ("CODE_POSTAL", "31240")),
        # a form's slash between the postcode and its commune
        ("CP / Ville .............. 84000 / AVIGNON", ("CODE_POSTAL", "84000")),
        ("CP / Ville .............. 84000 / AVIGNON", ("VILLE", "AVIGNON")),
        ("CP / Ville : 13001 / Marseille", ("CODE_POSTAL", "13001")),
    ],
)
def test_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paris 15 novembre 2026",  # a dateline: the day, not an arrondissement
        "Université Lyon 2 fois par an",  # a count
        "Paris 21e",  # no 21st arrondissement
        "Leucocytes 10000 / mm3",  # a count and its unit
        "Plaquettes 150000 / Vue normale",  # no postcode in use
        "Il fait la navette Paris 3 Lyon",  # a bare number that ends nothing
    ],
)
def test_the_same_shapes_name_no_place(text: str) -> None:
    assert values(text, "VILLE") == []
    assert values(text, "CODE_POSTAL") == []


def test_a_first_word_that_is_a_word_or_a_name_is_no_town() -> None:
    # « Saint », « Petit », « Issy » (a first name), « Fort » open towns' names but are no town alone
    assert values("Il est parti à Petit hier, puis à Fort.", "VILLE") == []
