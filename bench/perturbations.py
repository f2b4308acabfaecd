"""Perturbation suite: every gold document re-rendered through realistic transformations.

Each set with gold spans (the synthetic clinical corpus, the held-out clinical probe of
:mod:`bench.corpus.probe`, the hand-annotated ECHR sentences, NewsEye OCR'd press) and QUAERO (no
person named: over-masking, medicine spans carried along) goes through each transformation of
:mod:`bench.perturb` (digits one per box, other date
separators, OCR confusions, a line break inside an entity, all capitals, lower case, accents
stripped, table rows with pipes or tabs, address parts separated by commas, words glued), gold
offsets kept exact. The matrix prints recall per transformation (rows; the unperturbed baseline
first) and per label (columns), then the share of gold spans fully masked and of documents fully
redacted. Issue 8's rule: recall may not fall under any transformation; a cell below the baseline
is marked « ↓ ». « docs modifiés » and « entités modifiées » count the documents and gold spans whose
text the transformation changed (a transformation that changes nothing in a set measures nothing
there; table rows change the text around the entities only). On QUAERO the share of letters and
digits masked and the findings on a medicine may not rise (« ↑ »).

    python -m bench perturbations [--n 150] [--limit N] [--sets synthetique,sonde,cedh,newseye]
        [--only cases,ocr,…] [--view recall|masked] [--seed 0] [--data DIR] [--presidio] [--json out.json]
        [--show-falls N]   # per transformation, N gold spans it made égide miss, in context

Deterministic: the synthetic corpus and every random choice are seeded.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.corpus import clinical_records, echr_records, newseye_records, probe_records, quaero_records
from bench.corpus.datadir import DEFAULT, ENV, Absent, data_dir
from bench.perturb import BY_NAME, TRANSFORMS, Perturbation, perturb
from bench.support.engines import Predictor, documents, egide_predictor, presidio_predictor, sample
from bench.support.independent import over_masking
from bench.support.machine import describe, facts
from bench.support.table import render
from egide.evaluation import Report, Span, score
from egide.evaluation.matching import equivalent, overlaps

SETS = {
    "synthetique": "Corpus clinique synthétique",
    "sonde": "Sonde clinique tenue à l'écart (issue 8)",
    "cedh": "CEDH FR (par phrase)",
    "newseye": "NewsEye FR (presse ancienne OCR)",
    "quaero": "QUAERO FR (sans personne : sur-masquage)",
}
RISE = "↑"
BASELINE = "référence (non perturbé)"
FALL = "↓"


def _load(name: str, args: argparse.Namespace) -> list[dict[str, Any]]:
    if name == "synthetique":
        return list(clinical_records(args.n, args.seed))
    if name == "sonde":  # every batch, whole: it is small and written in the voices of the hidden set
        return sample(list(probe_records()), args.limit)
    if name == "cedh":
        return sample(list(echr_records()), args.limit)
    if name == "quaero":
        return sample(list(quaero_records()), args.limit)
    return sample(list(newseye_records()), args.limit)


def _cell(report: Report, label: str, view: str) -> float | None:
    scores = report.per_label.get(label)
    if scores is None:
        return None
    return scores.recall if view == "recall" else scores.share_fully_masked


def _matrix(
    records: list[dict[str, Any]],
    perturbations: Sequence[Perturbation],
    predictor: Predictor,
    view: str,
    seed: int,
    show_falls: int = 0,
) -> tuple[list[str], list[list[str]], list[dict[str, Any]], float]:
    """Rows of the printed matrix, one JSON-able summary per row, and the elapsed detection time."""
    baseline_docs = documents(records)
    elapsed = 0.0
    start = time.perf_counter()
    baseline_predictions = predictor(baseline_docs)
    baseline = score(baseline_docs, baseline_predictions)
    elapsed += time.perf_counter() - start
    labels = sorted(label for label, s in baseline.per_label.items() if s.gold)

    def row(
        title: str, report: Report, changed: int | None, docs_changed: int | None
    ) -> tuple[list[str], dict[str, Any]]:
        cells = [
            title,
            "" if docs_changed is None else str(docs_changed),
            "" if changed is None else str(changed),
        ]
        summary: dict[str, Any] = {"transformation": title, "changed": changed, "docs_changed": docs_changed,
                                   "falls": []}  # fmt: skip
        for label in [*labels, "TOUS"]:
            value = (
                report.total.recall
                if label == "TOUS" and view == "recall"
                else (report.total.share_fully_masked if label == "TOUS" else _cell(report, label, view))
            )
            reference = (
                baseline.total.recall
                if label == "TOUS" and view == "recall"
                else (baseline.total.share_fully_masked if label == "TOUS" else _cell(baseline, label, view))
            )
            fell = value is not None and reference is not None and value < reference - 1e-12
            if fell:
                summary["falls"].append(label)
            summary[label] = value
            cells.append("—" if value is None else f"{value:.3f}{FALL if fell else ' '}")
        docs, ref_docs = report.share_docs_fully_redacted, baseline.share_docs_fully_redacted
        fell = docs is not None and ref_docs is not None and docs < ref_docs - 1e-12
        summary["docs_fully_redacted"] = docs
        if fell:
            summary["falls"].append("documents")
        cells.append("—" if docs is None else f"{100 * docs:.1f} %{FALL if fell else ' '}")
        return cells, summary

    header = ["transformation", "docs modifiés", "entités modifiées", *labels, "TOUS", "docs caviardés"]
    first, first_summary = row(BASELINE, baseline, None, None)
    rows, summaries = [first], [first_summary]
    for perturbation in perturbations:
        perturbed = [perturb(record, perturbation, seed) for record in records]
        docs = documents(perturbed)
        start = time.perf_counter()
        predictions = predictor(docs)
        elapsed += time.perf_counter() - start
        cells, summary = row(
            perturbation.title,
            score(docs, predictions),
            sum(r["changed"] for r in perturbed),
            sum(r["text"] != o["text"] for r, o in zip(perturbed, records, strict=True)),
        )
        rows.append(cells)
        summaries.append(summary)
        if show_falls:
            summary["lost"] = lost_spans(records, baseline_predictions, perturbed, predictions)
    return header, rows, summaries, elapsed


def _overmasking_matrix(
    records: list[dict[str, Any]], perturbations: Sequence[Perturbation], predictor: Predictor, seed: int
) -> tuple[list[str], list[list[str]], list[dict[str, Any]], float]:
    """Text without identifiers (QUAERO): what is masked must not grow under a transformation. The
    medicine (CHEM) spans ride through each transformation as the gold spans do elsewhere."""
    elapsed = 0.0
    rows: list[list[str]] = []
    summaries: list[dict[str, Any]] = []
    baseline: Any = None
    for perturbation in [None, *perturbations]:
        carried = [{**r, "entities": [c for c in r["concepts"] if c["label"] == "CHEM"]} for r in records]
        if perturbation is not None:
            carried = [perturb(r, perturbation, seed) for r in carried]
        docs = documents([{"id": r["id"], "text": r["text"], "entities": []} for r in carried])
        start = time.perf_counter()
        predictions = predictor(docs)
        elapsed += time.perf_counter() - start
        result = over_masking([{**r, "concepts": r["entities"]} for r in carried], predictions)
        baseline = baseline or result
        title = BASELINE if perturbation is None else perturbation.title
        falls = []
        if perturbation is not None and (result.share_masked or 0) > (baseline.share_masked or 0) + 1e-12:
            falls.append("lettres masquées")
        if result.findings_on_medicine > baseline.findings_on_medicine:
            falls.append("médicaments")
        changed = (
            ""
            if perturbation is None
            else str(sum(a["text"] != b["text"] for a, b in zip(carried, records, strict=True)))
        )
        rows.append([
            title, changed,
            f"{100 * (result.share_masked or 0):.2f} %{RISE if 'lettres masquées' in falls else ' '}",
            str(result.findings),
            f"{result.findings_on_medicine}{RISE if 'médicaments' in falls else ' '}",
        ])  # fmt: skip
        summaries.append({"transformation": title, "falls": falls, "share_masked": result.share_masked,
                          "findings": result.findings, "findings_on_medicine": result.findings_on_medicine})  # fmt: skip
    header = [
        "transformation",
        "docs modifiés",
        "lettres et chiffres masqués",
        "trouvailles",
        "sur un médicament",
    ]
    return header, rows, summaries, elapsed


def _found(record: dict[str, Any], entity: dict[str, Any], predicted: Sequence[Span]) -> bool:
    """Found in the sense of the matrix: overlapped by a prediction of an equivalent label."""
    return any(
        overlaps(entity["start"], entity["end"], p.start, p.end) and equivalent(entity["label"], p.label)
        for p in predicted
    )


def lost_spans(
    records: Sequence[dict[str, Any]],
    baseline: dict[str, tuple[Span, ...]],
    perturbed: Sequence[dict[str, Any]],
    predictions: dict[str, tuple[Span, ...]],
) -> list[str]:
    """Gold spans found in the original document and missed in its perturbed copy, in context."""
    out = []
    for original, changed in zip(records, perturbed, strict=True):
        doc_id = str(original["id"])
        for before, after in zip(original["entities"], changed["entities"], strict=True):
            if _found(original, before, baseline.get(doc_id, ())) and not _found(
                changed, after, predictions.get(doc_id, ())
            ):
                text, start, end = changed["text"], after["start"], after["end"]
                context = (
                    text[max(0, start - 30) : start] + "[" + text[start:end] + "]" + text[end : end + 30]
                )
                out.append(f"  {after['label']:<15} {context.replace(chr(10), '⏎').replace(chr(9), '⇥')}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench perturbations", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--n", type=int, default=150, help="synthetic clinical documents")
    parser.add_argument(
        "--limit",
        type=int,
        help="at most this many documents of the probe, CEDH, NewsEye and QUAERO (even sample)",
    )
    parser.add_argument("--sets", default=",".join(SETS), help=f"among {', '.join(SETS)}")
    parser.add_argument("--only", help=f"transformations, among {', '.join(BY_NAME)}")
    parser.add_argument("--view", choices=["recall", "masked"], default="recall",
                        help="cells: recall (relaxed, label classes) or share of spans fully masked")  # fmt: skip
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, help=f"reference data directory (default ${ENV} or {DEFAULT})")
    parser.add_argument("--presidio", action="store_true", help="also Presidio configured for French (slow)")
    parser.add_argument("--json", type=Path, help="also write the matrices as JSON here")
    parser.add_argument("--show-falls", type=int, default=0, metavar="N",
                        help="per transformation, N gold spans found unperturbed and missed perturbed, in context")  # fmt: skip
    args = parser.parse_args(argv)
    if args.data:
        os.environ[ENV] = str(args.data)
    chosen = [s.strip() for s in args.sets.split(",") if s.strip()]
    if unknown := [s for s in chosen if s not in SETS]:
        parser.error(f"jeu inconnu : {', '.join(unknown)} (connus : {', '.join(SETS)})")
    perturbations = TRANSFORMS
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        if unknown := [n for n in names if n not in BY_NAME]:
            parser.error(f"transformation inconnue : {', '.join(unknown)} (connues : {', '.join(BY_NAME)})")
        perturbations = [BY_NAME[n] for n in names]

    run = facts()
    print(f"données de référence : {data_dir()} ; {describe(run)} ; graine {args.seed} ; "
          f"cellules : {'rappel par label' if args.view == 'recall' else 'entités entièrement masquées'}")  # fmt: skip
    predictors: dict[str, Predictor] = {"égide": egide_predictor()[0]}
    if args.presidio:
        predictors["Presidio"] = presidio_predictor()

    everything: dict[str, Any] = {"exécution": {**run, "n": args.n, "seed": args.seed, "view": args.view}}
    verdicts: list[list[str]] = []
    for name in chosen:
        try:
            records = _load(name, args)
        except Absent as missing:
            print(f"\nJEU ABSENT — {SETS[name]} : {missing}")
            verdicts.append([SETS[name], "—", "ABSENT", "", str(missing)])
            continue
        gold = sum(len(r["entities"]) for r in records)
        for engine, predictor in predictors.items():
            if name == "quaero":
                header, rows, summaries, elapsed = _overmasking_matrix(
                    records, perturbations, predictor, args.seed
                )
                print(f"\n=== {SETS[name]} — {engine} : {len(records)} segments, "
                      f"{len(perturbations) + 1} passages en {elapsed:.1f} s ; « {RISE} » : plus masqué que sans "
                      f"transformation ===")  # fmt: skip
                print(render(header, rows))
                rises = [s for s in summaries[1:] if s["falls"]]
                verdicts.append([SETS[name], engine, f"{len(rises)} / {len(summaries) - 1}",
                                 f"{100 * (summaries[0]['share_masked'] or 0):.2f} % masqué",
                                 ", ".join(s["transformation"] for s in rises) or "aucune"])  # fmt: skip
                everything.setdefault(SETS[name], {})[engine] = summaries
                continue
            header, rows, summaries, elapsed = _matrix(
                records, perturbations, predictor, args.view, args.seed, args.show_falls
            )
            print(f"\n=== {SETS[name]} — {engine} : {len(records)} documents, {gold} entités, "
                  f"{len(perturbations) + 1} passages en {elapsed:.1f} s ===")  # fmt: skip
            print(render(header, rows))
            for summary in summaries[1:] if args.show_falls else ():
                lost = summary.pop("lost")
                print(f"--- {summary['transformation']} : {len(lost)} entités trouvées sans la transformation, "
                      f"manquées avec ; les {min(args.show_falls, len(lost))} premières ---")  # fmt: skip
                print("\n".join(lost[: args.show_falls]))
            falls = [s for s in summaries[1:] if s["falls"]]
            base = summaries[0]["TOUS"]
            worst = sorted(falls, key=lambda s: (s["TOUS"] or 0.0) - (base or 0.0))[:3]
            verdicts.append([
                SETS[name], engine, f"{len(falls)} / {len(summaries) - 1}",
                f"{base:.3f}" if base is not None else "—",
                ", ".join(f"{s['transformation']} {s['TOUS']:.3f}" for s in worst if s["TOUS"] is not None) or "aucune",
            ])  # fmt: skip
            everything.setdefault(SETS[name], {})[engine] = summaries

    print(
        "\n=== Synthèse : transformations qui dégradent (le rappel ne doit baisser, le sur-masquage monter, "
        "sous aucune : issue 8) ==="
    )
    print(render(["jeu", "moteur", "dégradées", "référence", "pires"], verdicts, left=2))
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nmatrices JSON : {args.json}")


if __name__ == "__main__":
    main()
