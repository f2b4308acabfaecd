"""Rules alone against rules ∪ a trained establishment-and-town tagger, leave-one-batch-out.

The tagger (:mod:`egide.detect.places.tagger`; data, training and scoring in
:mod:`bench.support.place_tagger`) asks about each candidate word no finding covers and marks it an
establishment or a town. For each probe batch (``probe16a`` and ``probe16b`` are one batch; batches 1–32,
``probe33`` and ``probe34`` held out for the session and never read), a model is trained on every other batch (and, with ``--quaero``, two
thirds of QUAERO as words that are no place) and measured on the held batch, with the tagger's
findings added to the rules':

- ``now``: the rules of this tree, which were fixed against every batch (a weak test: they leave
  little to find there);
- ``--replay``: the rules each batch was first measured on, before any fix against it
  (:data:`~bench.support.place_tagger.FIRST_ENGINE`, read by ``git archive`` into
  /tmp/place-tagger-cache): what the tagger adds on text nobody fixed the rules against.

Per batch and in total: gold spans fully masked (all labels) and documents with nothing visible,
rules alone → rules ∪ tagger; the tagger's words outside every gold span (``faux``) and its words in
the held batch's trap file (``pièges``). Then QUAERO's held-out third (letters and digits masked) and
the added time per 2,000-character prompt.

    PYTHONPATH=src:. python -m bench place_tagger [--replay] [--quaero] [--thresholds 0.5,0.8,0.9]
        [--trained-below N]

``--trained-below 30`` trains each fold only on the other batches below 30 (the weights shipped before
batches 30–32 were added): the « before » of a retraining, measured on the same held batches.

Needs python-crfsuite (dev extra). 5–15 minutes (the replay first runs each old engine once).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

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
from egide.detect.places.tagger import Lists
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
    readings = {"now": {b: now.of(ds) for b, ds in docs.items()}}
    if args.replay:
        readings["replay"] = {b: replay_findings(ds) for b, ds in docs.items()}
    held = [int(x) for x in args.only.split(",") if x] or list(docs)
    totals = {(r, t): Tally() for r in readings for t in [None, *thresholds]}
    rows: dict[str, list[str]] = {r: [] for r in readings}
    for b in held:
        pool = [k for k in docs if k != b and (not args.trained_below or k < args.trained_below)]
        weights = train([d for k in pool for d in docs[k]] + negatives)
        probs = [probabilities(weights, d) for d in docs[b]]
        for r, found_by in readings.items():
            alone = Tally()
            by_t = {t: Tally() for t in thresholds}
            for d, p, found in zip(docs[b], probs, found_by[b], strict=True):
                alone.add(d, found, [])
                for t in thresholds:
                    by_t[t].add(d, found, tagger_spans(d, p, found, t, lists))
            totals[(r, None)] += alone
            for t in thresholds:
                totals[(r, t)] += by_t[t]
            s = by_t[args.show]
            rows[r].append(
                f"  probe{b:<3} {alone.hit:5}/{alone.spans:<5} → {s.hit:5} (+{s.hit - alone.hit:<3}) "
                f"lieux {alone.places_hit:4}/{alone.places:<4} → {s.places_hit:4}   "
                f"docs {alone.clean:3}/{alone.docs:<3} → {s.clean:3} (+{s.clean - alone.clean:<2})   "
                f"ajoutés {s.added:3} (faux {s.added_wrong:3})   pièges {s.trap_added:2} mots / {s.trap_hit} extraits"
            )
        print(f"lot {b} fait ({time.perf_counter() - start:.0f} s)", flush=True)
    names = {"now": "règles de cet arbre (corrigées sur chaque lot)",
             "replay": "règles de la première mesure de chaque lot (avant toute correction)"}  # fmt: skip
    for r in readings:
        print(f"\nLaissé-un-lot-dehors, {names[r]}, seuil {args.show} :")
        print("\n".join(rows[r]))
        print(f"  total par seuil ({'règles seules' if True else ''} d'abord) :")
        for t in [None, *thresholds]:
            y = totals[(r, t)]
            head = "règles seules     " if t is None else f"règles ∪ lieux {t:.2f}"
            print(f"    {head}  spans {y.hit}/{y.spans} = {pct(y.hit, y.spans)} %   lieux {y.places_hit}/{y.places} "
                  f"= {pct(y.places_hit, y.places)} %   docs {y.clean}/{y.docs} = {pct(y.clean, y.docs)} %   "
                  f"ajoutés {y.added} (hors or {y.added_wrong})   pièges {y.trap_added} mots, "
                  f"{y.trap_hit}/{y.trap_docs} extraits")  # fmt: skip
    # The model trained on every batch: QUAERO's held-out third and speed.
    weights = train(
        [d for k, ds in docs.items() if not args.trained_below or k < args.trained_below for d in ds]
        + negatives
    )
    third = quaero_docs(lists, held_out=True)
    found = now.of(third)
    base, added = Tally(), {t: Tally() for t in thresholds}
    for d, f in zip(third, found, strict=True):
        base.add(d, f, [])
        p = probabilities(weights, d)
        for t in thresholds:
            added[t].add(d, f, tagger_spans(d, p, f, t, lists))
    print(f"\nQUAERO, tiers tenu à l'écart ({len(third)} documents), lettres et chiffres masqués :")
    print(f"    règles seules       {100 * base.masked / base.chars:.3f} %")
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
