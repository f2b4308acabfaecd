"""What a chart shows, as data: categories (time buckets or names) × series of numbers.

The same object is drawn (:mod:`egide.dashboard.svg`), shown as a table beside the drawing, and
exported (:mod:`egide.dashboard.export`): the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from egide.dashboard.period import Period


class Shape(StrEnum):
    #: Columns over time (days or weeks), stacked by series.
    COLUMNS = "columns"
    #: Horizontal bars, one per category, stacked by series.
    BARS = "bars"
    #: Lines over time, one per series (shares in per cent).
    LINES = "lines"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    #: Colour key of the series (see ``svg.COLOURS``); the name's position when empty.
    colour: str = ""


@dataclass(frozen=True)
class Chart:
    """One chart: ``key`` names its anchor and its CSV file (``requetes-par-decision.csv``)."""

    key: str
    title: str
    #: One sentence: what is counted, from which source.
    description: str
    shape: Shape
    #: Header of the category column in the table and the CSV (« jour », « outil »…).
    category_name: str
    #: As shown (« 05/10 », « Cardiologie »).
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    #: The categories as exported (ISO dates for time buckets); the shown ones when empty.
    category_values: tuple[str, ...] = ()
    #: « % » for shares; empty for counts.
    unit: str = ""
    #: Shown instead of the drawing when there is nothing to draw, or beside it (a caveat).
    note: str = ""

    def __post_init__(self) -> None:
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(f"{self.key}: series {series.name!r} does not match the categories")
        if self.category_values and len(self.category_values) != len(self.categories):
            raise ValueError(f"{self.key}: exported categories do not match the categories")

    @property
    def empty(self) -> bool:
        return not self.categories or all(not any(s.values) for s in self.series)

    @property
    def exported_categories(self) -> tuple[str, ...]:
        return self.category_values or self.categories

    def rows(self) -> list[tuple[str, ...]]:
        """The table: one row per category, its value in each series (as shown, unit aside)."""
        return [
            (category, *(_number(s.values[i]) for s in self.series))
            for i, category in enumerate(self.categories)
        ]

    def total(self, series_name: str) -> float:
        return sum(next(s for s in self.series if s.name == series_name).values)


def _number(value: float) -> str:
    """Whole numbers as integers, shares with one decimal and a French comma."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def over_time(
    key: str,
    title: str,
    description: str,
    period: Period,
    series: tuple[Series, ...],
    note: str = "",
    *,
    shape: Shape = Shape.COLUMNS,
    unit: str = "",
) -> Chart:
    """Columns (or lines) by day or week over the period, each bucket exported as its ISO date."""
    buckets = period.buckets()
    return Chart(
        key=key,
        title=title,
        description=description,
        shape=shape,
        category_name=period.granularity.value,
        categories=tuple(period.label(b) for b in buckets),
        category_values=tuple(b.isoformat() for b in buckets),
        series=series,
        unit=unit,
        note=note,
    )


def ranking(
    key: str,
    title: str,
    description: str,
    category_name: str,
    categories: tuple[str, ...],
    series: tuple[Series, ...],
    note: str = "",
) -> Chart:
    """Horizontal bars, one per category, in the order given."""
    return Chart(key, title, description, Shape.BARS, category_name, categories, series, note=note)
