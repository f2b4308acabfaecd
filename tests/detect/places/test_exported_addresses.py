"""Addresses, postcodes and stamped dates as exports and admission screens write them (probe7's families).

- a postcode under a column headed « CP », « code_postal » (comma, semicolon, tab or pipe rows);
- a postcode after « code postal » and two words naming which one, or in a form's box;
- a building named before its street, a district after it, a flat's line of its own;
- a day and a month stamped with a time (« (13/03 16:52) »).

Traps: five-digit counts and doses in the same tables, a hospital's directions (building, level,
door), a blood pressure followed by a time, a fraction. All values are invented.
"""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label

ENGINE = Detector()


def covered(text: str, value: str, label: str | None = None) -> bool:
    at = text.index(value)
    return any(
        f.start <= at and at + len(value) <= f.end and (label is None or f.label == label)
        for f in ENGINE.detect(text)
    )


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "id_patient,motif,tel,code_postal\n41007745,consultation,+33611480277,41000",
            "41000",
            Label.CODE_POSTAL,
        ),
        ("IPP;Nom;CP\n4100771;RIGAUD;41350", "41350", Label.CODE_POSTAL),
        (
            "séjour 525003402 : code postal de résidence 37100 incohérent avec la commune",
            "37100",
            Label.CODE_POSTAL,
        ),
        ("Date de naissance : |14031952|   Code postal : |37400|", "37400", Label.CODE_POSTAL),
        (
            "Madame X\nBâtiment Les Cèdres, 21 rue Dupanloup\n41000 BLOIS",
            "Bâtiment Les Cèdres",
            Label.ADRESSE,
        ),
        ("domiciliée rue du Commerce, quartier Cavani, 97600 Mamoudzou", "quartier Cavani", Label.ADRESSE),
        (
            "Adresse (ligne 1) : Bât C Esc 2 Appt 31 | Adresse (ligne 2) : 14 RUE DES ACACIAS",
            "Bât C Esc 2 Appt 31",
            Label.ADRESSE,
        ),
        ("Message vocal transcrit (13/03 16:52) : rappeler la fille", "13/03", Label.DATE),
        ("[SMS 14/03 09:12] Bonjour, c'est la fille de M. X", "14/03", Label.DATE),
    ],
)
def test_exported_places_and_stamped_dates_are_found(text: str, value: str, label: str) -> None:
    assert covered(text, value, label), [(f.label, text[f.start : f.end]) for f in ENGINE.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "examen,resultat,unite,cp\nplaquettes,150000,G/L,2",  # a « cp » column of tablets, no postcode
        "Héparine 25000 UI/24 h ; charge virale 12000 copies/mL ; code postal inconnu.",
        "Consultation de cardiologie, bâtiment B2, niveau 1, porte 12.",
        "Vit seul en appartement au 3e étage sans ascenseur, escalier difficile.",
        "TA 12/08 16:30 contrôlée ; rapport 1/3 ; Glasgow 15/15 à 14h.",
        "Tableau,J1,J2,J3\nCRP,112,64,31",
    ],
)
def test_counts_directions_and_measures_stay(text: str) -> None:
    assert ENGINE.detect(text) == [], [(f.label, text[f.start : f.end]) for f in ENGINE.detect(text)]
