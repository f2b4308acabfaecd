"""Charts as SVG, tables and CSV: accessible, escaped, and the three say the same numbers."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from egide.dashboard.chart import Chart, Series, Shape
from egide.dashboard.export import to_csv
from egide.dashboard.svg import number, render, table

SVG = "{http://www.w3.org/2000/svg}"


def _chart(shape: Shape = Shape.COLUMNS, **changes: object) -> Chart:
    fields: dict[str, object] = dict(
        key="essai",
        title="Requêtes par jour",
        description="Requêtes décidées.",
        shape=shape,
        category_name="jour",
        categories=("05/10", "06/10", "07/10"),
        category_values=("2026-10-05", "2026-10-06", "2026-10-07"),
        series=(
            Series("pseudonymisées", (3.0, 0.0, 1200.0), colour="pseudonymise"),
            Series("bloquées", (1.0, 2.0, 0.0), colour="block"),
        ),
    )
    fields.update(changes)
    return Chart(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("shape", list(Shape))
@pytest.mark.parametrize("width", [760, 360])
def test_every_drawing_is_an_image_with_a_title_a_description_and_a_tooltip_per_mark(
    shape: Shape, width: int
) -> None:
    chart = _chart(shape, unit="%" if shape is Shape.LINES else "")
    markup = str(render(chart, width=width))
    assert "<style" not in markup and "style=" not in markup  # the console's CSP refuses inline styles
    root = ET.fromstring(markup)
    assert root.get("role") == "img" and root.get("width") == str(width)
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Requêtes par jour"
    assert desc is not None and desc.text is not None and desc.text.startswith("Requêtes décidées.")
    assert (root.get("aria-labelledby") or "").split() == [title.get("id"), desc.get("id")]
    marks = [
        m
        for m in root.iter()
        if m.tag in (f"{SVG}rect", f"{SVG}circle") and m.find(f"{SVG}title") is not None
    ]
    tips = {m.find(f"{SVG}title").text for m in marks}  # type: ignore[union-attr]
    if shape is Shape.LINES:  # every point, zeros included
        assert len(marks) == 6 and "07/10 — pseudonymisées : 1\u202f200\u00a0%" in tips
    else:  # one mark per non-zero value
        assert len(marks) == 4 and "07/10 — pseudonymisées : 1\u202f200" in tips
        assert "06/10 — bloquées : 2" in tips


def test_totals_are_stated_for_screen_readers() -> None:
    desc = ET.fromstring(str(render(_chart()))).find(f"{SVG}desc")
    assert (
        desc is not None
        and desc.text == "Requêtes décidées. Total — pseudonymisées : 1\u202f203; bloquées : 3."
    )


def test_names_are_escaped_everywhere() -> None:
    hostile = "<script>alert(1)</script> & « Cardio »"
    chart = _chart(Shape.BARS, categories=(hostile, "b", "c"), category_values=())
    for markup in (str(render(chart)), str(render(chart, width=360)), str(table(chart))):
        assert "<script>" not in markup and "&lt;script&gt;" in markup
    ET.fromstring(str(render(chart)))  # still well-formed XML


def test_an_empty_chart_says_so_or_shows_its_note() -> None:
    empty = _chart(series=(Series("bloquées", (0.0, 0.0, 0.0)),))
    assert str(render(empty)) == '<p class="chart-empty">Aucune donnée sur la période.</p>'
    noted = _chart(
        categories=(), category_values=(), series=(), note="Disponible quand l'assistant existera."
    )
    assert "Disponible quand l&#39;assistant existera." in str(render(noted))


def test_the_table_and_the_csv_hold_the_numbers_of_the_drawing() -> None:
    chart = _chart()
    html = str(table(chart))
    assert '<th scope="col">jour</th><th scope="col">pseudonymisées</th><th scope="col">bloquées</th>' in html
    assert (
        '<th scope="row">07/10</th><td data-label="pseudonymisées">1200</td><td data-label="bloquées">0</td>'
        in html
    )
    text = to_csv(chart)
    assert text.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(text[1:]))) == [
        ["jour", "pseudonymisées", "bloquées"],
        ["2026-10-05", "3", "1"],
        ["2026-10-06", "0", "2"],
        ["2026-10-07", "1200", "0"],
    ]
    shares = _chart(Shape.LINES, unit="%", series=(Series("formées", (12.5, 50.0, 87.25)),))
    assert list(csv.reader(io.StringIO(to_csv(shares)[1:])))[1:] == [
        ["2026-10-05", "12.5"],
        ["2026-10-06", "50"],
        ["2026-10-07", "87.25"],
    ]
    assert '<th scope="row">07/10</th><td data-label="formées (%)">87,2</td>' in str(table(shares))


def test_a_series_must_match_the_categories() -> None:
    with pytest.raises(ValueError, match="does not match"):
        _chart(series=(Series("bloquées", (1.0,)),))


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (0, "", "0"),
        (1234567, "", "1\u202f234\u202f567"),
        (87.54, "%", "87,5\u00a0%"),
        (100.0, "%", "100\u00a0%"),
    ],
)
def test_numbers_are_written_the_french_way(value: float, unit: str, text: str) -> None:
    assert number(value, unit) == text
