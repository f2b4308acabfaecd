"""Detection quality: égide and Presidio configured for French, on the same texts, in the same run.

Three sets: the synthetic clinical corpus (``bench.corpus``, regenerated each run), clinical prose
without identifiers (over-masking) and the hand-annotated French ECHR test set (one record per
sentence). Matching rules: ``egide.evaluation.matching`` (recall per label is the relaxed, overlap
view with label classes; « caught » is any label; « fully masked » means no letter or digit leaks).

    python -m bench engine_quality [--n 400] [--clean 200] [--seed 0] [--no-presidio] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.corpus import clean_records, clinical_records, echr_records
from bench.corpus.echr import DEFAULT_PATH as ECHR_PATH
from bench.support.table import mark, num, pct, render
from egide.evaluation import Document, Report, Span, score
from egide.evaluation.documents import gold_from_lines

Predictor = Callable[[Sequence[Document]], dict[str, tuple[Span, ...]]]

NAME_TARGET = 0.98
STRUCTURED_TARGET = 0.99
#: Labels held to the 0.99 recall target (structured identifiers and dates); names are held to 0.98.
STRUCTURED = {"NIR", "IPP", "NDA", "RPPS", "ADELI", "FINESS", "SIRET", "IBAN", "CARTE_BANCAIRE",
              "PIECE_IDENTITE", "IMMATRICULATION", "IP", "URL", "EMAIL", "TELEPHONE", "SECRET",
              "CODE_POSTAL", "DATE", "DATE_NAISSANCE", "AGE"}  # fmt: skip
DOCS_TARGET = 0.95
CLEAN_TARGET = 0.005


def _target(label: str) -> float | None:
    if label == "NOM":
        return NAME_TARGET
    return STRUCTURED_TARGET if label in STRUCTURED else None


def _documents(records: Sequence[dict[str, Any]]) -> list[Document]:
    return gold_from_lines((json.dumps(r, ensure_ascii=False) for r in records), "corpus")


def egide_predictor() -> tuple[Predictor, list[int]]:
    """égide with the settings of this machine; a document the engine refuses counts as found nothing."""
    from egide.detect import Detector
    from egide.errors import DetectionError
    from egide.settings import load_settings

    detector = Detector(load_settings().detect)
    errors = [0]

    def run(docs: Sequence[Document]) -> dict[str, tuple[Span, ...]]:
        out: dict[str, tuple[Span, ...]] = {}
        for doc in docs:
            try:
                found = detector.detect(doc.text)
            except DetectionError:
                errors[0] += 1
                found = []
            out[doc.id] = tuple(sorted(Span(f.start, f.end, str(f.label)) for f in found))
        return out

    return run, errors


def presidio_predictor() -> Predictor:
    from bench.support import presidio_fr

    analyzer = presidio_fr.build_analyzer()
    return lambda docs: presidio_fr.predict(analyzer, docs)


def _timed(predictor: Predictor, docs: Sequence[Document]) -> tuple[dict[str, tuple[Span, ...]], float]:
    start = time.perf_counter()
    predictions = predictor(docs)
    return predictions, time.perf_counter() - start


def _print_by_kind(
    docs: Sequence[Document], kinds: dict[str, str], predictions: dict[str, dict[str, tuple[Span, ...]]]
) -> None:
    """Documents fully redacted and names found, per kind of document: where the leaks are."""
    groups: dict[str, list[Document]] = {}
    for doc in docs:
        groups.setdefault(kinds.get(doc.id, "?"), []).append(doc)
    rows = []
    for kind, group in sorted(groups.items()):
        row = [kind, str(len(group))]
        for preds in predictions.values():
            report = score(group, preds)
            names = report.per_label.get("NOM")
            row += [pct(report.share_docs_fully_redacted, 0), num(names.recall if names else None)]
        rows.append(row)
    headers = ["type de document", "docs"]
    for name in predictions:
        headers += [f"{name} caviardés", f"{name} R NOM"]
    print()
    print(render(headers, rows))


def _print_set(title: str, docs: Sequence[Document], reports: dict[str, tuple[Report, float]]) -> None:
    chars = sum(len(d.text) for d in docs)
    print(f"\n=== {title}: {len(docs)} documents, {chars} caractères ===")
    names = list(reports)
    first = reports[names[0]][0]
    labels = sorted({*first.per_label, *(lbl for r, _ in reports.values() for lbl in r.per_label)})
    rows = []
    for label in labels:
        gold = first.per_label[label].gold if label in first.per_label else 0
        if not gold:
            continue
        row = [label, str(gold)]
        for name in names:
            s = reports[name][0].per_label.get(label)
            row += [num(s.recall if s else 0.0), num(s.precision if s else None)]
        target = _target(label)
        egide_recall = first.per_label[label].recall
        row += [
            "" if target is None else f"≥ {target:.2f}",
            mark(None if target is None or egide_recall is None else egide_recall >= target),
        ]
        rows.append(row)
    headers = ["catégorie", "or"]
    for name in names:
        headers += [f"{name} R", f"{name} P"]
    print(render([*headers, "cible", ""], rows))
    summary = []

    def line(
        label: str,
        getter: Callable[[Report], float | None],
        target: str = "",
        ok: Callable[[float], bool] | None = None,
    ) -> None:
        values = [getter(reports[n][0]) for n in names]
        verdict = mark(None if ok is None or values[0] is None else ok(values[0]))
        summary.append([label, *(pct(v) for v in values), target, verdict])

    if first.documents_with_identifiers:
        line("identifiants repérés (tout label)", lambda r: r.total.recall_any_label)
        line("identifiants entièrement masqués", lambda r: r.total.share_fully_masked)
        line("rappel (classes de labels)", lambda r: r.total.recall)
        line("précision (classes de labels)", lambda r: r.total.precision)
        line("F1 strict (bornes et label exacts)", lambda r: r.total.strict_f1)
        line("caractères d'identifiants masqués", lambda r: r.share_gold_chars_masked)
        line("documents entièrement caviardés", lambda r: r.share_docs_fully_redacted, f"≥ {pct(DOCS_TARGET, 0)}",
             lambda v: v >= DOCS_TARGET)  # fmt: skip
        line("texte hors identifiants masqué", lambda r: r.share_other_chars_masked)
    if first.clean_documents:
        line("prose sans identifiant masquée", lambda r: r.share_clean_chars_masked, f"≤ {pct(CLEAN_TARGET)}",
             lambda v: v <= CLEAN_TARGET)  # fmt: skip
    summary.append(
        [
            "débit (caractères/s, 1 processus)",
            *(f"{chars / reports[n][1]:,.0f}".replace(",", " ") for n in names),
            "",
            "",
        ]
    )
    print()
    print(render(["mesure", *names, "cible", ""], summary))


def _show_misses(docs: Sequence[Document], predictions: dict[str, tuple[Span, ...]], limit: int) -> None:
    """Leaked gold spans (a letter or digit not covered) and predictions that overlap no gold span."""

    def context(text: str, start: int, end: int) -> str:
        return (
            text[max(0, start - 30) : start] + "[" + text[start:end] + "]" + text[end : end + 30]
        ).replace("\n", "⏎")

    leaks, alarms = [], []
    for doc in docs:
        predicted = predictions.get(doc.id, ())
        for g in doc.spans:
            covered = all(
                any(p.start <= i < p.end for p in predicted)
                for i in range(g.start, g.end)
                if doc.text[i].isalnum()
            )
            if not covered:
                leaks.append(f"  {g.label:<15} {context(doc.text, g.start, g.end)}")
        for p in predicted:
            if not any(g.start < p.end and p.start < g.end for g in doc.spans):
                alarms.append(f"  {p.label:<15} {context(doc.text, p.start, p.end)}")
    print(f"\n--- fuites d'égide ({len(leaks)}), les {limit} premières ---")
    print("\n".join(leaks[:limit]))
    print(f"--- fausses alertes d'égide ({len(alarms)}), les {limit} premières ---")
    print("\n".join(alarms[:limit]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench engine_quality", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--n", type=int, default=400, help="clinical documents with identifiers")
    parser.add_argument("--clean", type=int, default=200, help="clinical texts without identifiers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-presidio", action="store_true", help="égide only")
    parser.add_argument("--json", type=Path, help="also write every report as JSON here")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N",
                        help="print N gold spans égide leaks and N of its false alarms, in context (synthetic data)")  # fmt: skip
    args = parser.parse_args(argv)

    clinical = list(clinical_records(args.n, args.seed))
    kinds = {str(r["id"]): str(r["kind"]) for r in clinical}
    sets: dict[str, list[Document]] = {
        "Corpus clinique synthétique": _documents(clinical),
        "Prose clinique sans identifiant": _documents(list(clean_records(args.clean, args.seed))),
    }
    if ECHR_PATH.exists():
        sets["CEDH FR (annoté à la main, par phrase)"] = _documents(list(echr_records(ECHR_PATH)))

    predictors: dict[str, Predictor] = {}
    start = time.perf_counter()
    egide, egide_errors = egide_predictor()
    predictors["égide"] = egide
    print(f"égide chargé en {time.perf_counter() - start:.1f} s")
    if not args.no_presidio:
        start = time.perf_counter()
        predictors["Presidio"] = presidio_predictor()
        print(
            f"Presidio (fr_core_news_md + reconnaisseurs à motifs) chargé en {time.perf_counter() - start:.1f} s"
        )

    everything: dict[str, dict[str, Any]] = {}
    for title, docs in sets.items():
        if args.show_misses:
            _show_misses(docs, egide(docs), args.show_misses)
        timed = {name: _timed(predictor, docs) for name, predictor in predictors.items()}
        reports = {
            name: (score(docs, predictions), elapsed) for name, (predictions, elapsed) in timed.items()
        }
        _print_set(title, docs, reports)
        if any(doc.id in kinds for doc in docs):
            _print_by_kind(docs, kinds, {name: predictions for name, (predictions, _) in timed.items()})
        everything[title] = {name: report.to_dict() for name, (report, _) in reports.items()}
    print(
        "\nPour mémoire (issue n° 2, jeu clinique français indépendant) : Presidio configuré pour le français "
        "repère 61 % des identifiants, caviarde entièrement 23 % des documents, masque 2,3 % de la prose "
        "sans identifiant, ≈ 12 000 caractères/s."
    )
    if egide_errors[0]:
        print(
            f"\négide a refusé {egide_errors[0]} document(s) (erreur ou délai de détection) : comptés sans détection."
        )
    if args.json:
        args.json.write_text(json.dumps(everything, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nrapports JSON : {args.json}")


if __name__ == "__main__":
    main()
