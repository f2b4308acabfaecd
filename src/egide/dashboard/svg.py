"""Charts drawn on the server as SVG: no script, no build step, nothing fetched.

Each drawing is an image for assistive technologies (``role="img"``, ``<title>`` and a ``<desc>``
that states the totals) and every mark carries its value in a ``<title>`` (a tooltip on hover);
the numbers themselves are in the table shown under the chart (``<details>``, see the console page).
``render(chart, width=…)`` lays out for a width in pixels: the console draws each chart twice, wide
and narrow, and its stylesheet shows the one that fits the screen (no text shrunk to nothing on a
phone). Colours follow the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from egide.dashboard.chart import Chart, Series, Shape
from egide.shadow.report.charts import COLOURS as SHADOW_COLOURS

#: Colours by meaning, then a palette for series without one.
COLOURS = {
    "allow": "#0072B2",  # blue: sent as written
    "pseudonymise": "#009E73",  # green: sent with pseudonyms
    "block": "#D55E00",  # vermilion: stopped
    "refused": "#8c6d8c",
    "partial": "#CC79A7",  # reddish purple: half done (a charter without the training)
    # shadow AI: the colours of the shadow report, by kind of destination
    **{kind.value: hex_colour for kind, hex_colour in SHADOW_COLOURS.items()},
}
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

#: Presentation attributes, not a ``<style>`` element: the console's content security policy refuses
#: inline styles, and attributes draw the same in the console, in a saved page and in a test.
_TEXT = 'font-family="system-ui, sans-serif" font-size="12" fill="#222"'
_TICK = 'font-size="11" fill="#555"'
_AXIS = 'stroke="#555" stroke-width="1"'
_GRID = 'stroke="#ddd" stroke-width="1"'


def colour(series: Series, index: int) -> str:
    return COLOURS.get(series.colour, PALETTE[index % len(PALETTE)])


def number(value: float, unit: str = "") -> str:
    """« 1 234 », « 87,5 % » (French: narrow no-break space between thousands, comma for decimals)."""
    if float(value).is_integer():
        text = f"{int(value):,}".replace(",", "\u202f")
    else:
        text = f"{value:,.1f}".replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0{unit}" if unit else text


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 5 × 10ⁿ at or above ``value`` (the top of an axis)."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return float(step * magnitude)
    return float(10 * magnitude)


def _tip(category: str, series: Series, value: float, unit: str) -> str:
    """The tooltip of a mark: « 05/10 — bloquées : 3 »."""
    return f"<title>{escape(category)} — {escape(series.name)} : {number(value, unit)}</title>"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _open(chart: Chart, width: int, height: int) -> list[str]:
    ident = f"chart-{chart.key}-{width}"
    if chart.shape is Shape.LINES:
        last = "; ".join(f"{s.name} : {number(s.values[-1], chart.unit)}" for s in chart.series if s.values)
        summary = f"Dernière valeur — {last}."
    else:
        summary = (
            "Total — "
            + "; ".join(f"{s.name} : {number(sum(s.values), chart.unit)}" for s in chart.series)
            + "."
        )
    return [
        f'<svg class="chart" role="img" aria-labelledby="{ident}-t {ident}-d" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" {_TEXT} xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{ident}-t">{escape(chart.title)}</title>'
        f'<desc id="{ident}-d">{escape(chart.description)} {escape(summary)}</desc>',
    ]


def legend(series: Sequence[Series], width: int, y: int) -> tuple[list[str], int]:
    """Keys laid out in rows across ``width``; returns the marks and the height used."""
    parts, x, row = [], 0.0, 0
    for index, s in enumerate(series):
        item = 18 + 7 * len(s.name) + 16
        if x and x + item > width:
            x, row = 0.0, row + 1
        top = y + row * 18
        parts.append(
            f'<rect x="{x:.0f}" y="{top}" width="12" height="12" fill="{colour(s, index)}"/>'
            f'<text x="{x + 17:.0f}" y="{top + 10}">{escape(s.name)}</text>'
        )
        x += item
    return parts, (row + 1) * 18 + 6 if series else 0


def _axis(parts: list[str], top: float, left: int, right: int, plot_top: int, plot_h: int, unit: str) -> None:
    for fraction in (0.0, 0.5, 1.0):
        y = plot_top + plot_h * (1 - fraction)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" {_GRID if fraction else _AXIS}/>'
            f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end" {_TICK}>{number(top * fraction, unit)}</text>'
        )


def _x_labels(
    parts: list[str], labels: Sequence[str], xs: Sequence[float], y: float, room: float, width: int
) -> None:
    """Labels under the axis, one every so often so that they never overlap; a label that would pass
    the right edge ends at it."""
    every = max(1, int(len(labels) * 62 / max(room, 1)) + 1) if len(labels) * 62 > room else 1
    for index, (label, x) in enumerate(zip(labels, xs, strict=True)):
        if index % every == 0:
            anchor = "end" if x + 3.5 * len(label) > width else "middle"
            x = min(x, width - 1.0) if anchor == "end" else x
            parts.append(
                f'<text x="{x:.1f}" y="{y:.0f}" text-anchor="{anchor}" {_TICK}>{escape(label)}</text>'
            )


def columns(chart: Chart, width: int) -> Markup:
    """Columns over time, stacked by series (from the first series at the bottom)."""
    keys, key_h = legend(chart.series, width, 0)
    left, plot_top, plot_h = 52, key_h + 8, 170
    height = plot_top + plot_h + 26
    parts = _open(chart, width, height) + keys
    stacks = [sum(s.values[i] for s in chart.series) for i in range(len(chart.categories))]
    top = nice_top(max(stacks, default=0))
    _axis(parts, top, left, width - 4, plot_top, plot_h, chart.unit)
    step = (width - 4 - left) / max(1, len(chart.categories))
    bar = max(1.0, step * 0.72)
    centres = []
    for i, category in enumerate(chart.categories):
        x = left + i * step + (step - bar) / 2
        centres.append(x + bar / 2)
        base = float(plot_top + plot_h)
        for index, s in enumerate(chart.series):
            value = s.values[i]
            if not value:
                continue
            h = plot_h * value / top
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour(s, index)}">'
                f"{_tip(category, s, value, chart.unit)}</rect>"
            )
    _x_labels(parts, chart.categories, centres, plot_top + plot_h + 16, width - left, width)
    parts.append("</svg>")
    return Markup("".join(parts))


def bars(chart: Chart, width: int) -> Markup:
    """One horizontal bar per category, stacked by series, its total at the end.

    Narrow (under 520 px): each label on its own line above its bar, so that names stay readable.
    """
    keys, key_h = legend(chart.series, width, 0) if len(chart.series) > 1 else ([], 0)
    narrow = width < 520
    label_w = 0 if narrow else min(220, width // 3)
    row = 40 if narrow else 24
    totals = [sum(s.values[i] for s in chart.series) for i in range(len(chart.categories))]
    value_w = 8 + 7 * max((len(number(t, chart.unit)) for t in totals), default=1)
    plot = width - label_w - value_w - 4
    top = max(totals, default=0) or 1
    height = key_h + row * len(chart.categories) + 6
    parts = _open(chart, width, height) + keys
    for i, category in enumerate(chart.categories):
        y = key_h + i * row + (18 if narrow else 0)
        if narrow:
            parts.append(f'<text x="0" y="{y - 5}">{escape(_short(category, width // 7))}</text>')
        else:
            parts.append(
                f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(_short(category, label_w // 7))}'
                f"<title>{escape(category)}</title></text>"
            )
        x = float(label_w)
        for index, s in enumerate(chart.series):
            value = s.values[i]
            if not value:
                continue
            length = max(1.0, plot * value / top)
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{length:.1f}" height="16" fill="{colour(s, index)}">'
                f"{_tip(category, s, value, chart.unit)}</rect>"
            )
            x += length
        parts.append(f'<text x="{x + 5:.1f}" y="{y + 15}" fill="#333">{number(totals[i], chart.unit)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def lines(chart: Chart, width: int) -> Markup:
    """One line per series over time (shares: the axis runs from 0 to 100 %)."""
    keys, key_h = legend(chart.series, width, 0)
    left, plot_top, plot_h = 52, key_h + 8, 150
    height = plot_top + plot_h + 26
    parts = _open(chart, width, height) + keys
    peak = max((v for s in chart.series for v in s.values), default=0)
    top = 100.0 if chart.unit == "%" else nice_top(peak)
    _axis(parts, top, left, width - 4, plot_top, plot_h, chart.unit)
    n = len(chart.categories)
    step = (width - 14 - left) / max(1, n - 1)
    xs = [left + 6 + i * step for i in range(n)] if n > 1 else [left + (width - left) / 2]
    for index, s in enumerate(chart.series):
        ys = [plot_top + plot_h * (1 - v / top) for v in s.values]
        fill = colour(s, index)
        if n > 1:
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
            parts.append(f'<polyline points="{points}" fill="none" stroke="{fill}" stroke-width="2"/>')
        for category, x, y, v in zip(chart.categories, xs, ys, s.values, strict=True):
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{fill}">'
                f"{_tip(category, s, v, chart.unit)}</circle>"
            )
    _x_labels(parts, chart.categories, xs, plot_top + plot_h + 16, width - left, width)
    parts.append("</svg>")
    return Markup("".join(parts))


def render(chart: Chart, *, width: int = 760) -> Markup:
    """The chart drawn for ``width`` pixels; its note in a paragraph when there is nothing to draw."""
    if chart.empty:
        return Markup('<p class="chart-empty">{}</p>').format(chart.note or "Aucune donnée sur la période.")
    draw = {Shape.COLUMNS: columns, Shape.BARS: bars, Shape.LINES: lines}[chart.shape]
    return draw(chart, width)


def table(chart: Chart) -> Markup:
    """The chart's numbers as an HTML table (the same rows as its CSV export).

    Cells carry ``data-label`` (their column's name): the console's stylesheet shows each row as a
    card of « name : value » lines on a phone.
    """
    names = [s.name + (f" ({chart.unit})" if chart.unit else "") for s in chart.series]
    head = "".join(f'<th scope="col">{escape(name)}</th>' for name in (chart.category_name, *names))
    body = "".join(
        "<tr>"
        + f'<th scope="row">{escape(row[0])}</th>'
        + "".join(
            f'<td data-label="{escape(name)}">{escape(cell)}</td>'
            for name, cell in zip(names, row[1:], strict=True)
        )
        + "</tr>"
        for row in chart.rows()
    )
    return Markup(
        f'<table class="table chart-data"><caption>{escape(chart.title)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )
