"""Dates without a day or without a year in notes (issue 8, eleventh probe batch): an examination, a
procedure or a booster dated by its month or its year alone (« écho de mars », « TDM nov : »,
« coloscopie 2021 normale », « rappel DTP 2018 »), a month alone in a bracket after a result
(« créatinine 98 (février) »), the first day of a range whose month is written once at its end
(« entre le 2 et le 9 juin »). Traps: a year or a month word with no such cue, a month's abbreviation
in capitals (« OCT » is an examination), a dose, a count."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gonalgie. Écho de mars : épanchement minime.", ["mars"]),
        ("TDM nov : nodule stable, à recontrôler.", ["nov"]),
        ("Mammographie en octobre, ACR2.", ["octobre"]),
        ("Créatinine 98 µmol/L (février), stable.", ["février"]),
        ("Coloscopie 2021 normale, pas de polype.", ["2021"]),
        ("Vaccins : rappel DTP 2018, grippe à faire.", ["2018"]),
        ("Fond d'oeil 2024 : pas de rétinopathie.", ["2024"]),
        ("ETT 2022 : FEVG conservée", ["2022"]),
        ("fièvre entre le 2 et le 9 juin, puis apyrexie", ["2 et le", "9 juin"]),
    ],
)
def test_a_date_without_day_or_year_after_its_cue(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fond d'œil et OCT normaux.",
        "FO, OCT : RAS",
        "Scanner 2000 mGy, 120 kV",
        "En 2 cures, rappel à 3 semaines",
        "Score de 2019 points au total",  # no cue right before
        "Le protocole mars (groupe A) a été retenu.",
    ],
)
def test_no_date_there(text: str) -> None:
    assert _dates(text) == []
