"""Rules alone against rules ∪ a trained establishment-and-town tagger, leave-one-batch-out.

The tagger (:mod:`egide.detect.places.tagger`; data, training and scoring in
:mod:`bench.support.place_tagger`) asks about each candidate word no finding covers and marks it an
establishment or a town. For each probe batch (``probe16a`` and ``probe16b`` are one batch; batches 1–45,
``probe46``, ``probe47`` and ``probe48`` held out for the session and never read), a model is trained on every other
batch (and, with ``--quaero``, two thirds of QUAERO as words that are no place) and measured on the held batch,
with the tagger's findings added to the rules', beside the shipped weights' (``data/place_tagger.tsv.gz`` at
the configured threshold):

- ``now``: the rules of this tree, which were fixed against every batch (a weak test: they leave
  little to find there);
- ``--replay``: the rules each batch was first measured on, before any fix against it
  (:data:`~bench.support.place_tagger.FIRST_ENGINE`, read by ``git archive`` into
  /tmp/place-tagger-cache): what the tagger adds on text nobody fixed the rules against.

Per batch and in total: gold spans fully masked (all labels; establishments, towns and addresses
apart) and documents with nothing visible, rules alone → rules ∪ shipped tagger / rules ∪ retrained tagger; the tagger's words outside every gold span (``faux``) and its words in
the held batch's trap file (``pièges``). Then QUAERO's held-out third (letters and digits masked) and
the added time per 2,000-character prompt.

    PYTHONPATH=src:. python -m bench place_tagger [--replay] [--quaero] [--thresholds 0.5,0.8,0.9]
        [--trained-below N] [--shipped PATH]

``--shipped PATH`` compares with other weights than the package's (the weights shipped before a retraining).
``--trained-below 30`` trains each fold only on the other batches below 30 (the weights shipped before
batches 30–32 were added): the « before » of a retraining, measured on the same held batches.

Needs python-crfsuite (dev extra). 5–15 minutes (the replay first runs each old engine once).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from bench.support import tagger_speed
from bench.support.place_tagger import (
    FIRST_ENGINE,
    Doc,
    Findings,
    Tally,
    probabilities,
    probe_docs,
    quaero_docs,
    tagger_spans,
    train,
)
from egide.detect.config import DetectConfig
from egide.detect.places.tagger import Lists, read_weights
from egide.detect.weights import PairWeights


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    —"


def replay_findings(docs: Sequence[Doc]) -> list[list[tuple[int, int, str]]]:
    out: dict[int, list[tuple[int, int, str]]] = {}
    by_commit: dict[str, list[int]] = {}
    for k, d in enumerate(docs):
        if d.traps:
            continue
        by_commit.setdefault(FIRST_ENGINE[d.file], []).append(k)
    for commit, ks in by_commit.items():
        for k, found in zip(ks, Findings(commit).of([docs[k] for k in ks]), strict=True):
            out[k] = found
    return [out.get(k, []) for k in range(len(docs))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench place_tagger", description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", default="0.5,0.7,0.8,0.9,0.95")
    parser.add_argument("--show", type=float, default=0.9, help="the threshold of the per-batch table")
    parser.add_argument("--replay", action="store_true", help="also against the rules each batch first met")
    parser.add_argument("--quaero", action="store_true", help="train on two thirds of QUAERO as negatives")
    parser.add_argument("--only", default="", help="held batches to run (numbers, comma-separated)")
    parser.add_argument(
        "--trained-below", type=int, default=0, help="train each fold only on the batches below this number"
    )
    parser.add_argument(
        "--shipped",
        type=Path,
        help="the weights to compare with (default: the package's data/place_tagger.tsv.gz; "
        "e.g. `git show main:src/egide/detect/places/data/place_tagger.tsv.gz > old.tsv.gz`)",
    )
    args = parser.parse_args(argv)
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        print("python-crfsuite absent (extra dev) : expérience du marqueur de lieux non lancée")
        return
    thresholds = [float(x) for x in args.thresholds.split(",")]
    if args.show not in thresholds:
        thresholds.append(args.show)
    start = time.perf_counter()
    lists = Lists()
    docs = probe_docs(lists)
    negatives = quaero_docs(lists, held_out=False) if args.quaero else []
    print(f"{sum(map(len, docs.values()))} documents en {len(docs)} lots, "
          f"{sum(len(d.only) for b in docs.values() for d in b)} mots candidats "
          f"({time.perf_counter() - start:.0f} s)", flush=True)  # fmt: skip
    now = Findings()
    held = [int(x) for x in args.only.split(",") if x] or list(docs)
    # the rules' findings are needed on the held batches only
    readings = {"now": {b: now.of(docs[b]) for b in held}}
    if args.replay:
        readings["replay"] = {b: replay_findings(docs[b]) for b in held}
    # the shipped weights at the shipped threshold, on the same held batches (trained on batches 1 to
    # SHIPPED_LAST_BATCH: a held batch above it is text they never saw)
    shipped = read_weights(args.shipped)
    shipped_at = DetectConfig().place_tagger_threshold
    columns: list[float | str | None] = [None, "shipped", *thresholds]
    totals = {(r, t): Tally() for r in readings for t in columns}
    rows: dict[str, list[str]] = {r: [] for r in readings}
    for b in held:
        pool = [k for k in docs if k != b and (not args.trained_below or k < args.trained_below)]
        weights = train([d for k in pool for d in docs[k]] + negatives)
        probs = [probabilities(weights, d) for d in docs[b]]
        old = [probabilities(shipped, d) for d in docs[b]]
        for r, found_by in readings.items():
            by_t = {t: Tally() for t in columns}
            for d, p, q, found in zip(docs[b], probs, old, found_by[b], strict=True):
                by_t[None].add(d, found, [])
                by_t["shipped"].add(d, found, tagger_spans(d, q, found, shipped_at, lists))
                for t in thresholds:
                    by_t[t].add(d, found, tagger_spans(d, p, found, t, lists))
            for t in columns:
                totals[(r, t)] += by_t[t]
            alone, s, o = by_t[None], by_t[args.show], by_t["shipped"]
            rows[r].append(
                f"  probe{b:<3} {alone.hit:5}/{alone.spans:<5} → livré {o.hit:5} / {s.hit:5}   "
                f"étab {alone.etab_hit:3}/{alone.etab:<3} → {o.etab_hit:3} / {s.etab_hit:3}   "
                f"ville {alone.ville_hit:3}/{alone.ville:<3} → {o.ville_hit:3} / {s.ville_hit:3}   "
                f"adr {alone.adr_hit:3}/{alone.adr:<3} → {o.adr_hit:3} / {s.adr_hit:3}   "
                f"docs {alone.clean:3}/{alone.docs:<3} → {o.clean:3} / {s.clean:3}   "
                f"hors or {o.added_wrong:2} / {s.added_wrong:2}   pièges {o.trap_added:2} / {s.trap_added:2} mots"
            )
        print(f"lot {b} fait ({time.perf_counter() - start:.0f} s)", flush=True)
    names = {"now": "règles de cet arbre (corrigées sur chaque lot)",
             "replay": "règles de la première mesure de chaque lot (avant toute correction)"}  # fmt: skip
    for r in readings:
        print(f"\nLaissé-un-lot-dehors, {names[r]} ; règles seules → règles ∪ poids livrés à {shipped_at} / "
              f"∪ poids réentraînés à {args.show} :")  # fmt: skip
        print("\n".join(rows[r]))
        print("  total par seuil (règles seules d'abord, puis les poids livrés) :")
        for t in columns:
            y = totals[(r, t)]
            head = (
                "règles seules     " if t is None
                else f"règles ∪ livrés {shipped_at:.2f}" if t == "shipped"
                else f"règles ∪ lieux {t:.2f}"
            )  # fmt: skip
            print(f"    {head}  spans {y.hit}/{y.spans} = {pct(y.hit, y.spans)} %   étab {y.etab_hit}/{y.etab}   "
                  f"ville {y.ville_hit}/{y.ville}   adr {y.adr_hit}/{y.adr}   docs {y.clean}/{y.docs} = "
                  f"{pct(y.clean, y.docs)} %   ajoutés {y.added} (hors or {y.added_wrong})   pièges {y.trap_added} mots, "
                  f"{y.trap_hit}/{y.trap_docs} extraits")  # fmt: skip
    # The model trained on every batch: QUAERO's held-out third and speed.
    weights = train(
        [d for k, ds in docs.items() if not args.trained_below or k < args.trained_below for d in ds]
        + negatives
    )
    third = quaero_docs(lists, held_out=True)
    found = now.of(third)
    base, added = Tally(), {t: Tally() for t in thresholds}
    before = Tally()
    for d, f in zip(third, found, strict=True):
        base.add(d, f, [])
        before.add(d, f, tagger_spans(d, probabilities(shipped, d), f, shipped_at, lists))
        p = probabilities(weights, d)
        for t in thresholds:
            added[t].add(d, f, tagger_spans(d, p, f, t, lists))
    print(f"\nQUAERO, tiers tenu à l'écart ({len(third)} documents), lettres et chiffres masqués :")
    print(f"    règles seules       {100 * base.masked / base.chars:.3f} %")
    print(
        f"    règles ∪ livrés {shipped_at:.2f} {100 * before.masked / before.chars:.3f} %  mots ajoutés {before.added}"
    )
    for t in thresholds:
        print(
            f"    règles ∪ lieux {t:.2f}  {100 * added[t].masked / added[t].chars:.3f} %  mots ajoutés {added[t].added}"
        )
    speed(weights, args.show)


def speed(weights: PairWeights, threshold: float) -> None:
    """Added CPU time per 2,000-character prompt, beside the engine's own (synthetic corpus)."""
    from egide.detect.places.tagger import PlaceTagger

    tagger_speed.report(PlaceTagger(weights, threshold).find, "marqueur de lieux")


if __name__ == "__main__":
    main()
