"""Every chart's data as CSV: the category column, then one column per series, as the table shows.

UTF-8 with a byte-order mark and a comma between fields, as the shadow-AI reports: spreadsheet
software then reads the accents. Numbers are written with a point (machine-readable); dates as
ISO (the day, or the Monday of the week).
"""

from __future__ import annotations

import csv
import io

from egide.dashboard.chart import Chart

BOM = "\ufeff"


def _cell(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.4f}".rstrip("0")


def to_csv(chart: Chart) -> str:
    """The chart's rows as CSV text (with its byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    unit = f" ({chart.unit})" if chart.unit else ""
    writer.writerow([chart.category_name, *(f"{s.name}{unit}" for s in chart.series)])
    for index, category in enumerate(chart.exported_categories):
        writer.writerow([category, *(_cell(s.values[index]) for s in chart.series)])
    return BOM + out.getvalue()


def filename(chart: Chart, suffix: str = "") -> str:
    """« requetes-par-decision_2026-09-08_2026-10-05.csv »."""
    return f"{chart.key}{suffix}.csv"
