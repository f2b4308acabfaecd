"""Reports of a discovery run: JSON, CSV and a self-contained HTML page with SVG charts."""

from __future__ import annotations

from pathlib import Path

from egide.shadow.report.to_csv import write_csv
from egide.shadow.report.to_html import write_html
from egide.shadow.report.to_json import write_json
from egide.shadow.scan import ScanResult
from egide.shadow.views import build


def write_reports(result: ScanResult, out: Path) -> list[Path]:
    """Write every report into ``out`` (created) and return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    views = build(result.rows)
    written = [write_json(result, views, out), *write_csv(result, views, out), write_html(result, views, out)]
    return written


__all__ = ["write_reports"]
