"""The README « Benchmarks » tables, written from the JSON of one ``engine_quality`` and one
``perturbations`` run, so that the figures quoted are exactly the figures measured.

    python -m bench engine_quality --json eq.json && python -m bench perturbations --json pt.json
    python -m bench.support.readme_figures eq.json pt.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ENGINES = ("égide", "Presidio")
SHORT = {
    "Corpus clinique": "synthetic",
    "Sonde": "probe",
    "CEDH": "ECHR",
    "NewsEye": "NewsEye",
    "QUAERO": "QUAERO",
}


def _pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{100 * value:.{digits}f} %"


def _find(report: dict[str, Any], start: str) -> dict[str, Any] | None:
    return next((v for k, v in report.items() if k.startswith(start)), None)


def source_rows(quality: dict[str, Any], perturbations: dict[str, Any] | None) -> list[str]:
    rows: list[str] = []

    def add(source: str, measure: str, values: list[str], target: str = "") -> None:
        rows.append(f"| {source} | {measure} | {' | '.join(values)} | {target} |")

    def each(block: dict[str, Any], getter: Any) -> list[str]:
        return [getter(block[e]) if e in block else "—" for e in ENGINES]

    if synthetic := _find(quality, "Corpus clinique"):
        n = synthetic["égide"]["documents"]
        add(
            f"synthetic clinical corpus ({n} docs)",
            "identifier spans fully masked",
            each(synthetic, lambda r: _pct(r["total"]["share_fully_masked"])),
        )
        add(
            "",
            "documents fully redacted",
            each(synthetic, lambda r: _pct(r["share_docs_fully_redacted"])),
            "≥ 95 %",
        )
    if prose := _find(quality, "Prose clinique"):
        add(
            f"clean clinical prose ({prose['égide']['documents']} texts)",
            "letters and digits masked",
            each(prose, lambda r: _pct(r["share_clean_chars_masked"])),
            "≤ 0.5 %",
        )
    if echr := _find(quality, "CEDH"):
        add(
            f"ECHR (hand-annotated, {echr['égide']['documents']} sentences)",
            "spans caught / fully masked",
            each(
                echr,
                lambda r: (
                    f"{_pct(r['total']['recall_any_label'])} / {_pct(r['total']['share_fully_masked'])}"
                ),
            ),
        )
        add("", "sentences fully redacted", each(echr, lambda r: _pct(r["share_docs_fully_redacted"])))
    if news := _find(quality, "NewsEye"):
        names = news["égide"]["per_label"]["NOM"]["gold"]
        add(
            f"NewsEye OCR'd press ({names:,} person names)",
            "names fully masked / touched",
            each(
                news,
                lambda r: (
                    f"{_pct(r['per_label']['NOM']['share_fully_masked'])} / "
                    f"{_pct(r['per_label']['NOM']['recall_any_label'])}"
                ),
            ),
            "≥ Presidio",
        )
        add(
            "",
            "places, organisations touched (informative)",
            each(
                news,
                lambda r: (
                    f"{_pct(r['per_label']['VILLE']['recall_any_label'])}, "
                    f"{_pct(r['per_label']['ETABLISSEMENT']['recall_any_label'])}"
                ),
            ),
        )
    if quaero := _find(quality, "QUAERO"):
        add(
            "QUAERO (2,536 segments, no person)",
            "letters and digits masked",
            each(quaero, lambda r: _pct(r["share_masked"], 2)),
            "≤ 0.5 %",
        )
        add(
            "",
            "findings on a medicine (CHEM)",
            each(quaero, lambda r: f"{r['findings_on_medicine']:,} of {r['findings']:,}"),
            "0",
        )
    if bdpm := _find(quality, "BDPM"):
        total = bdpm["égide"]["all_total"]
        add(
            f"BDPM medicines in sentences ({total:,})",
            "medicines masked",
            each(bdpm, lambda r: f"{r['all_masked']:,} ({_pct(r['all_masked'] / max(1, r['all_total']))})"),
            "0",
        )
    if perturbations:
        parts = []
        for name, engines in perturbations.items():
            if name == "exécution":
                continue
            summaries = engines["égide"]
            short = next((v for k, v in SHORT.items() if name.startswith(k)), name)
            parts.append(f"{short} {sum(bool(s['falls']) for s in summaries[1:])}/{len(summaries) - 1}")
        add("perturbations (égide)", "transformations that degrade", [", ".join(parts), ""], "0")
    return rows


def perturbation_rows(perturbations: dict[str, Any]) -> list[str]:
    """Synthetic, probe and ECHR: recall over all labels / documents fully redacted (« ↓ » when any label or
    the documents fall); NewsEye: recall on person names (« ↓ » when it falls); QUAERO: letters and
    digits masked (« ↑ » when they or the findings on a medicine rise)."""
    sets = [name for name in perturbations if name != "exécution"]
    rows = []
    for i, first in enumerate(perturbations[sets[0]]["égide"]):
        cells = []
        for name in sets:
            row = perturbations[name]["égide"][i]
            if name.startswith("QUAERO"):
                cells.append(f"{_pct(row['share_masked'], 2)}{' ↑' if row['falls'] else ''}")
            elif name.startswith("NewsEye"):
                cells.append(f"{row['NOM']:.3f}{' ↓' if 'NOM' in row['falls'] else ''}")
            else:
                cells.append(
                    f"{row['TOUS']:.3f} / {_pct(row['docs_fully_redacted'])}{' ↓' if row['falls'] else ''}"
                )
        rows.append(f"| {first['transformation'].replace('|', chr(92) + '|')} | {' | '.join(cells)} |")
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    quality = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    perturbations = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    for label, data in (("engine_quality", quality), ("perturbations", perturbations)):
        run = data.get("exécution", {})
        print(f"<!-- {label}: {run.get('date')} commit {run.get('commit')} load {run.get('load')} -->")
    print("| source | measure | égide | Presidio (French) | target |\n|---|---|---|---|---|")
    print("\n".join(source_rows(quality, perturbations)))
    print()
    sets = [
        next((v for k, v in SHORT.items() if n.startswith(k)), n) for n in perturbations if n != "exécution"
    ]
    columns = [{"NewsEye": "NewsEye names", "QUAERO": "QUAERO masked"}.get(s, s) for s in sets]
    print(f"| transformation | {' | '.join(columns)} |\n|---|{'---|' * len(columns)}")
    print("\n".join(perturbation_rows(perturbations)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
