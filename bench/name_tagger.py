"""Rules alone against rules ∪ a trained name tagger, on text the tagger was not trained on (issue 8).

The tagger (:mod:`egide.detect.names.tagger`, shipped off by default; data and training in
:mod:`bench.support.name_tagger`) asks about each candidate word no finding covers (no function
word, title, medicine, medical word, eponym or place word) and marks it a name from its shape, its
neighbours, title cues and the engine's lexicons: a one-word CRF (python-crfsuite), trained here as
``scripts/train_name_tagger.py`` trains the shipped weights (same data, same parameters). With
``--sequence``, a linear-chain CRF over whole texts instead (measured: 4–5 ms per prompt);
``--rule-features`` adds the rules' findings as its features (measured: it learns to copy them).
By default the model trains on probe batches 1–8 and every other source; ``--folds`` first leaves
probe4 … probe8 out one by one (today's rules were fixed on them: a weak test);
``--train-probes`` with an older tree first on PYTHONPATH replays a batch on the engine it first
met. Printed, per threshold on the tagger's probability, rules alone first:

- probe batches never trained on (probe9, probe10… when present; a batch left out): person-name
  spans (NOM) and all identifier spans fully masked, snippets with nothing visible, words added (and
  how many of them fall outside every gold span);
- NewsEye's held-out third (every third document, as ``scripts/train_name_model.py``): names fully
  masked, titles out of the gold spans;
- ECHR ``FR-manual-test.tsv`` (the bench's): names fully masked;
- over-masking: letters and digits masked on QUAERO's held-out third and on all of QUAERO (limit
  0.50 %; the tagger trained on the other two thirds as non-names), and on the clean synthetic prose;
- the added CPU time per 2,000-character prompt of the shipped tagger, beside the engine's.

    PYTHONPATH=src:. python -m bench name_tagger [--folds [probe4.txt,…]] [--thresholds 0.9,0.98]

Needs python-crfsuite (dev extra; without it the bench says so and stops). Rules' findings are
cached under /tmp/name-tagger-cache (by a digest of the engine's code and data, and text hash). 5–10 minutes on a loaded machine.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.support import tagger_speed
from bench.support.name_tagger import (
    CACHE,
    MODE,
    RULE_FEATURES,
    Record,
    RuleCache,
    example,
    feature_marks,
    newseye_split,
    probe_files,
    quaero_split,
    rule_marks,
    sequence_features,
    training_records,
)
from egide.detect.names.tagger import Lists, candidates, features
from egide.detect.names.tokens import tokenise

FOLDS = ("probe4.txt", "probe5.txt", "probe6.txt", "probe7.txt", "probe8.txt")
TRAINED_ON = 8  # the model for the other sets trains on probe.txt … probe8.txt


def train(records: Sequence[Record], rules: RuleCache, lists: Lists, path: Path, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for r in records:
        for xseq, yseq in example(r, rules, lists):
            trainer.append(xseq, yseq)
            n += 1
    rules.save()
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations,
                        "feature.possible_transitions": True})  # fmt: skip
    start = time.perf_counter()
    trainer.train(str(path))
    print(
        f"  modèle {path.name} : {n} séquences, entraîné en {time.perf_counter() - start:.0f} s", flush=True
    )


def tagger_probabilities(
    tagger: Any, text: str, findings: list[tuple[int, int, str]], lists: Lists
) -> list[tuple[int, int, float]]:
    toks = tokenise(text)
    if not toks:
        return []
    marks = rule_marks(toks, findings)
    if MODE["words"]:
        only = [i for i in candidates(toks, lists) if marks[i] == "-"]
        out = []
        for i, f in zip(only, features(toks, only, lists), strict=True):
            tagger.set([f])
            out.append((toks[i].start, toks[i].end, tagger.marginal("N", 0)))
        return out
    tagger.set(sequence_features(toks, feature_marks(marks), lists))
    return [(t.start, t.end, tagger.marginal("N", i)) for i, t in enumerate(toks) if marks[i] == "-"]


def union(
    findings: list[tuple[int, int, str]], probs: list[tuple[int, int, float]], threshold: float
) -> list[tuple[int, int, str]]:
    return findings + [(s, e, "NOM") for s, e, p in probs if p >= threshold]


def _covered(text: str, spans: list[tuple[int, int, str]]) -> bytearray:
    masked = bytearray(len(text))
    for s, e, _ in spans:
        masked[s:e] = b"\x01" * (min(e, len(text)) - s)
    return masked


def fully(text: str, masked: bytearray, start: int, end: int) -> bool:
    return all(masked[i] for i in range(start, end) if text[i].isalnum())


class Tally:
    def __init__(self) -> None:
        self.names = self.names_hit = self.spans = self.spans_hit = self.docs = self.docs_clean = 0
        self.added = self.added_wrong = 0
        self.chars = self.masked = 0

    def add(
        self, record: Record, spans: list[tuple[int, int, str]], extra: list[tuple[int, int, str]]
    ) -> None:
        text = record["text"]
        masked = _covered(text, spans)
        all_ok = True
        for e in record["entities"]:
            ok = fully(text, masked, e["start"], e["end"])
            all_ok &= ok
            self.spans += 1
            self.spans_hit += ok
            if e["label"] == "NOM":
                self.names += 1
                self.names_hit += ok
        self.docs += 1
        self.docs_clean += all_ok
        gold = [(e["start"], e["end"]) for e in record["entities"]]
        for s, e, _ in extra:
            self.added += 1
            self.added_wrong += not any(gs < e and s < ge for gs, ge in gold)
        self.chars += sum(c.isalnum() for c in text)
        self.masked += sum(1 for i, c in enumerate(text) if c.isalnum() and masked[i])


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "—"


def evaluate(title: str, records: Sequence[Record], model: Path, rules: RuleCache, lists: Lists,
             thresholds: Sequence[float], persons: bool = True) -> None:  # fmt: skip
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tallies = {None: Tally(), **{t: Tally() for t in thresholds}}
    for r in records:
        found = rules.findings(r["text"])
        probs = tagger_probabilities(tagger, r["text"], found, lists)
        tallies[None].add(r, found, [])
        for t in thresholds:
            extra = [(s, e, "NOM") for s, e, p in probs if p >= t]
            tallies[t].add(r, found + extra, extra)
    rules.save()
    print(f"\n{title} ({len(records)} documents)")
    for t, y in tallies.items():
        head = "règles seules        " if t is None else f"règles ∪ CRF ≥ {t:.2f}  "
        if persons:
            print(f"  {head} NOM {y.names_hit}/{y.names} = {pct(y.names_hit, y.names)} ; "
                  f"tous labels {y.spans_hit}/{y.spans} = {pct(y.spans_hit, y.spans)} ; "
                  f"docs sans fuite {pct(y.docs_clean, y.docs)} ; mots ajoutés {y.added} "
                  f"(hors or : {y.added_wrong})")  # fmt: skip
        else:
            print(
                f"  {head} lettres/chiffres masqués {100 * y.masked / max(y.chars, 1):.3f} % ; mots ajoutés {y.added}"
            )


def speed() -> None:
    """Added CPU time per 2,000-character prompt of the shipped tagger (pure Python, the weights of
    ``data/name_tagger.tsv.gz``), beside the engine's own on the same prompts, cut from the
    synthetic corpus: CPU time, since the machine may be shared."""
    from egide.detect.names.tagger import NameTagger

    tagger = NameTagger.load(0.98)
    tagger_speed.report(lambda toks, found, _text: tagger.find(toks, found), "marqueur", " (budget ≈ 1 ms)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench name_tagger", description=__doc__.splitlines()[0])
    parser.add_argument("--folds", nargs="?", const=",".join(FOLDS), default="",
                        help=f"leave-one-batch-out over these probe batches first (alone: {','.join(FOLDS)})")  # fmt: skip
    parser.add_argument("--thresholds", default="0.5,0.9,0.95,0.98,0.99")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--synthetic", type=int, default=600)
    parser.add_argument(
        "--train-probes",
        help="probe batches the model for the other sets trains on (default probe.txt … probe8.txt)",
    )
    parser.add_argument("--sequence", action="store_true",
                        help="tag whole texts (linear-chain CRF) instead of the candidate words one by one")  # fmt: skip
    parser.add_argument("--rule-features", action="store_true", help="the rules' findings as features")
    args = parser.parse_args(argv)
    RULE_FEATURES["on"] = args.rule_features
    MODE["words"] = not args.sequence
    suffix = ("-r" if args.rule_features else "") + ("" if args.sequence else "-w")
    thresholds = [float(x) for x in args.thresholds.split(",")]
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        print("python-crfsuite absent (extra dev) : expérience du marqueur de noms non lancée")
        return
    lists = Lists()
    rules = RuleCache()  # by a digest of the engine imported (an older tree first on PYTHONPATH: its own)
    CACHE.mkdir(parents=True, exist_ok=True)
    from bench.corpus import clean_records, echr_records, probe_records

    files = probe_files()
    if args.folds:
        for held in [f for f in args.folds.split(",") if f]:
            model = CACHE / f"crf-without-{held}{suffix}.crfsuite"
            # never the batches written after the model either
            train(
                training_records([held, *files[TRAINED_ON:]], args.synthetic),
                rules,
                lists,
                model,
                args.iterations,
            )
            evaluate(
                f"Sonde {held} laissée hors de l'entraînement",
                list(probe_records((held,))),
                model,
                rules,
                lists,
                thresholds,
            )
    trained = (
        [f for f in args.train_probes.split(",") if f] if args.train_probes else list(files[:TRAINED_ON])
    )
    unseen = [f for f in files if f not in trained]
    tag = "-".join(f.removesuffix(".txt") for f in trained[-1:])
    model = CACHE / f"crf-upto-{tag}{suffix}.crfsuite"
    train(training_records(unseen, args.synthetic), rules, lists, model, args.iterations)
    for later in unseen:
        evaluate(
            f"Sonde {later} (jamais entraînée)",
            list(probe_records((later,))),
            model,
            rules,
            lists,
            thresholds,
        )
    evaluate("NewsEye, tiers tenu à l'écart", newseye_split(True), model, rules, lists, thresholds)
    evaluate("CEDH FR-manual-test (par phrase)", list(echr_records()), model, rules, lists, thresholds)
    evaluate(
        "QUAERO, tiers tenu à l'écart (sur-masquage)",
        quaero_split(True),
        model,
        rules,
        lists,
        thresholds,
        persons=False,
    )
    evaluate(
        "QUAERO entier (dont 2/3 entraînés en négatifs)",
        quaero_split(True) + quaero_split(False),
        model,
        rules,
        lists,
        thresholds,
        persons=False,
    )
    evaluate(
        "Prose clinique synthétique sans identifiant (graine 0)",
        list(clean_records(200, 0)),
        model,
        rules,
        lists,
        thresholds,
        persons=False,
    )
    speed()


if __name__ == "__main__":
    main()
