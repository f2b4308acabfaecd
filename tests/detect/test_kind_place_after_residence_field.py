"""A place named by its kind after a form's field of residence (``places/address._KIND_PLACE_CUE``; the
family of probe22b's and probe25's New Caledonian forms, invented text): « Domicile : tribu de Xa »,
« Résidence : quartier Bo ». What stays: a kind's phrase with no proper name (« piste de ski »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Domicile : tribu de Hö, hébergée chez sa tante à Nouméa", "Hö"),
        ("Résidence : tribu de Xé, Maré\nMotif : plaie", "Xé"),
        ("Domicile : piste de Saül, PK 12", "Saül"),
    ],
)
def test_kind_place_after_residence_field(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Domicile : piste de ski fermée, accès par le bas", "ski"),
        ("Résidence : camp de base, puis refuge", "base"),
    ],
)
def test_kind_phrases_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
