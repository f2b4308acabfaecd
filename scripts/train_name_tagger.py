"""Train the person-name tagger shipped in ``src/egide/detect/names/data/name_tagger.tsv.gz``.

A one-word CRF (python-crfsuite, L-BFGS, c1 0.05, c2 0.01, 100 iterations; deterministic) over the
candidate words of :func:`egide.detect.names.tagger.candidates`, with the features of
:func:`egide.detect.names.tagger.features`. Training data (:func:`bench.support.name_tagger.training_records`):

- the synthetic clinical corpus (600 documents, seed 7; the bench scores seed 0) and the perturbed
  copies of its first third (:mod:`bench.perturb`, 11 transformations);
- the probe batches ``probe.txt`` … ``probe8.txt`` (written by the team, ``bench/corpus/heldout``) and
  their perturbed copies; later batches (probe9, probe10…) are left out: the bench scores them;
- the ECHR French training files ``FR-manual-train.tsv`` and ``FR-rev-train.tsv`` (Sierro 2024, MIT);
- the dev and dev2 files of NewsEye (HIPE-2022 v2.1, CC BY 4.0; the test file, ``hidden_test_…``,
  held out) and two thirds of QUAERO (Névéol et al. 2014, GFDL 1.3; words that are no names), read
  from ``/work/shared/data``.

The file holds, per feature, the weight for « name » less the weight for « no name »: for one word
alone the CRF's probability is the logistic function of their sum, which the engine computes without
the library (checked here against python-crfsuite's own marginals).

    PYTHONPATH=src:. python scripts/train_name_tagger.py [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import math
import tempfile
from pathlib import Path

import pycrfsuite
from bench.support.name_tagger import example, probe_files, training_records

from egide.detect.names.tagger import TAGGER_FILE, Lists

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "egide" / "detect" / "names" / "data" / TAGGER_FILE
TRAINED_ON = 8  # probe.txt … probe8.txt
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
MIN_WEIGHT = 0.01
HEADER = (
    "# Person-name tagger (one-word CRF, python-crfsuite): feature<TAB>weight(name) - weight(no name).\n"
    "# Trained by scripts/train_name_tagger.py on synthetic clinical notes and égide's probe batches 1-8\n"
    "# (égide's own), the ECHR French training files (Sierro 2024, MIT licence), the dev and dev2 files\n"
    "# of the NewsEye French press (HIPE-2022 v2.1, CC BY 4.0) and two thirds of the QUAERO French\n"
    "# Medical Corpus (Neveol et al. 2014, GFDL 1.3, as words that are no names). Only weights are stored.\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lists = Lists()
    files = probe_files()
    trainer = pycrfsuite.Trainer(verbose=False)
    checks: list[list[str]] = []
    for record in training_records(files[TRAINED_ON:]):
        for xseq, yseq in example(record, None, lists):
            trainer.append(xseq, yseq)
            if len(checks) < 2000:
                checks.append(xseq[0])
    trainer.set_params(PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "tagger.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        state = tagger.info().state_features
        weights: dict[str, float] = {}
        for (attribute, label), w in state.items():
            weights[attribute] = weights.get(attribute, 0.0) + (w if label == "N" else -w)
        weights = {f: w for f, w in weights.items() if abs(w) >= MIN_WEIGHT}
        worst = 0.0
        for feats in checks:
            tagger.set([feats])
            z = sum(weights.get(f, 0.0) for f in feats)
            worst = max(worst, abs(tagger.marginal("N", 0) - 1 / (1 + math.exp(-z))))
    print(f"{len(weights)} poids ; écart maximal aux marginales de crfsuite : {worst:.4f}")
    lines = "".join(f"{f}\t{w:.4f}\n" for f, w in sorted(weights.items()))
    with (
        open(args.out, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write((HEADER + lines).encode("utf-8"))
    print(f"écrit : {args.out}")


if __name__ == "__main__":
    main()
