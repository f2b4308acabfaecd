"""Small SVG charts written inline in the HTML report: no JavaScript, no CDN, nothing fetched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from egide.shadow.classify import Kind
from egide.shadow.views import KIND_LABELS, KIND_ORDER

COLOURS = {
    Kind.UNAPPROVED: "#c0392b",
    Kind.SUSPICIOUS: "#e67e22",
    Kind.EMBEDDED: "#95a5a6",
    Kind.APPROVED: "#2e8b57",
}


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    kind: Kind
    caption: str = ""  # shown after the bar (e.g. the volume uploaded)


def _nice_max(value: int) -> int:
    if value <= 0:
        return 1
    magnitude: int = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def legend() -> Markup:
    items = "".join(
        f'<span class="key"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" '
        f'fill="{COLOURS[kind]}"/></svg> {escape(KIND_LABELS[kind])}</span>'
        for kind in KIND_ORDER
    )
    return Markup(f'<p class="legend">{items}</p>')


def horizontal_bars(bars: Sequence[Bar], *, title: str, width: int = 760) -> Markup:
    """One bar per item, coloured by its classification."""
    if not bars:
        return Markup("<p>Aucune donnée.</p>")
    label_width, caption_width, row = 230, 150, 22
    plot = width - label_width - caption_width
    top = _nice_max(max(bar.value for bar in bars))
    height = row * len(bars) + 10
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, bar in enumerate(bars):
        y = 5 + index * row
        length = max(1.0, plot * bar.value / top) if bar.value else 0.0
        label = bar.label if len(bar.label) <= 34 else bar.label[:33] + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" class="label">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}" fill="{COLOURS[bar.kind]}">'
            f"<title>{escape(bar.label)} : {bar.value} ({escape(KIND_LABELS[bar.kind])})</title></rect>"
            f'<text x="{label_width + length + 6:.1f}" y="{y + 14}" class="value">{bar.value}'
            f"{escape(' · ' + bar.caption) if bar.caption else ''}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked_columns(
    columns: Sequence[tuple[str, dict[Kind, int]]], *, title: str, width: int = 760
) -> Markup:
    """One column per day, stacked by classification."""
    if not columns:
        return Markup("<p>Aucune donnée.</p>")
    height, left, bottom, top_margin = 240, 50, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_margin
    peak = _nice_max(max(sum(kinds.values()) for _, kinds in columns))
    step = plot_w / len(columns)
    bar_w = max(1.0, step * 0.75)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{top_margin + plot_h}" x2="{width - 10}" y2="{top_margin + plot_h}" class="axis"/>',
    ]
    for fraction in (0.0, 0.5, 1.0):
        y = top_margin + plot_h * (1 - fraction)
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{int(peak * fraction)}</text>'
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" class="grid"/>'
        )
    label_every = max(1, round(len(columns) / 12))
    for index, (label, kinds) in enumerate(columns):
        x = left + index * step + (step - bar_w) / 2
        base = float(top_margin + plot_h)
        for kind in reversed(KIND_ORDER):  # approved at the bottom, unapproved on top
            value = kinds.get(kind, 0)
            if not value:
                continue
            h = plot_h * value / peak
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{COLOURS[kind]}">'
                f"<title>{escape(label)} — {escape(KIND_LABELS[kind])} : {value}</title></rect>"
            )
        if index % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" class="tick">'
                f"{escape(label)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
