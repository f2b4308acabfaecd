"""The hand-written ``localities.tsv`` checked against the INSEE list shipped beside it: every place it
adds names the commune it belongs to, and that commune must be one of INSEE's (``communes.tsv``, built from
the Code officiel géographique), written as INSEE writes it with its article. A typo or an invented commune
there would tie a quarter to nothing and hide a wrong entry."""

from __future__ import annotations

from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("egide.detect.places.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_locality_belongs_to_a_commune_of_insee() -> None:
    communes = {row[0] for row in _rows("communes.tsv")}
    localities = _rows("localities.tsv")
    assert len(localities) >= 100
    strays = [row for row in localities if row[-1] not in communes]
    assert strays == []


def test_every_locality_row_has_its_four_columns() -> None:
    for row in _rows("localities.tsv"):
        assert len(row) == 4, row
        assert row[1].isdigit() and row[2] in {"0", "1"}, row
