"""The country column of ``world_cities.tsv`` (ISO 3166-1 alpha-2): a town is listed under the
country it is in, the Republic of Ireland's towns under IE (Dublin was under GB), Northern Ireland's
under GB, Hong Kong, Macao and Taipei under their own codes."""

from __future__ import annotations

from importlib import resources

import pytest


def _countries() -> dict[str, set[str]]:
    text = resources.files("egide.detect.places").joinpath("data/world_cities.tsv").read_text("utf-8")
    countries: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, country, _population, _word = line.split("\t")
            countries.setdefault(name, set()).add(country)
    return countries


@pytest.mark.parametrize(
    ("town", "country"),
    [
        ("Dublin", "IE"),
        ("Cork", "IE"),
        ("Galway", "IE"),
        ("Limerick", "IE"),
        ("Belfast", "GB"),
        ("Londres", "GB"),
        ("Édimbourg", "GB"),
        ("Hong-Kong", "HK"),
        ("Macao", "MO"),
        ("Taipei", "TW"),
        ("Pékin", "CN"),
        ("Porto", "PT"),
    ],
)
def test_a_town_is_listed_under_its_country(town: str, country: str) -> None:
    assert _countries()[town] == {country}


def test_every_country_is_two_capital_letters() -> None:
    assert all(len(c) == 2 and c.isascii() and c.isupper() for cs in _countries().values() for c in cs)
