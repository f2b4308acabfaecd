"""Train the establishment-and-town tagger shipped in ``src/egide/detect/places/data/place_tagger.tsv.gz``.

A one-word CRF over three classes (« O », « E » an establishment, « V » a town; python-crfsuite,
L-BFGS, the parameters of :data:`bench.support.place_tagger.PARAMS`; deterministic) over the candidate
words of :func:`egide.detect.places.tagger.candidates`, with the features of
:func:`egide.detect.places.tagger.features`. Training data (:mod:`bench.support.place_tagger`):

- the probe batches 1–45 (shipped: 1–42; ``bench/corpus/heldout/probe*.txt``, written by the team and its test
  writers; :data:`~bench.support.place_tagger.SHIPPED_LAST_BATCH`, the bench's
  :data:`~bench.support.place_tagger.LAST_BATCH`) and their trap files (every word « O »).
  ``probe46``, ``probe47`` and ``probe48`` (and their traps) are held out for the session and excluded BY NAME
  (:data:`~bench.support.place_tagger.HELD_OUT`, checked again below): never read, never trained on;
- two thirds of QUAERO (Névéol et al. 2014, GFDL 1.3; every document whose index is not a multiple
  of 3), every word « O »: drug leaflets and MEDLINE titles must stay readable.

The file holds, per feature, the weights for « E » and for « V » less the weight for « O »: for one
word alone the CRF's probabilities are the softmax of their sums (and 0 for « O »), which the engine
computes without the library (checked here against python-crfsuite's own marginals).

    PYTHONPATH=src:. python scripts/train_place_tagger.py [--out PATH]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pycrfsuite
from bench.support.place_tagger import (
    HELD_OUT,
    SHIPPED_LAST_BATCH,
    probe_docs,
    quaero_docs,
    train,
    write_weights,
)

from egide.detect.places.tagger import TAGGER_FILE, Lists, scores

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "egide" / "detect" / "places" / "data" / TAGGER_FILE
HEADER = (
    "# Establishment-and-town tagger (one-word CRF over O/E/V, python-crfsuite):\n"
    "# feature<TAB>weight(E) - weight(O)<TAB>weight(V) - weight(O).\n"
    f"# Trained by scripts/train_place_tagger.py on égide's probe batches 1-{SHIPPED_LAST_BATCH} and their traps\n"
    "# (égide's own) and two thirds of the QUAERO French Medical Corpus (Neveol et al. 2014, GFDL 1.3, as\n"
    "# words that are no places). Only weights are stored.\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    lists = Lists()
    probes = [d for b, batch in probe_docs(lists).items() if b <= SHIPPED_LAST_BATCH for d in batch]
    # probe46, probe47 and probe48 are held out for the session: bench.support.place_tagger.batches() skips
    # them by name; this makes sure no document of theirs ever reaches the trainer.
    assert not any(d.file.startswith(HELD_OUT) for d in probes), "a held-out batch reached the training set"
    docs = probes + quaero_docs(lists, held_out=False)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "places.crfsuite"
        weights = train(docs, model_out=model)
        # the stored weights (rounded, the smallest dropped) against the CRF's own marginals
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        worst = 0.0
        checked = 0
        for d in docs[:300]:
            for f, (pe, pv) in zip(d.feats, scores(weights, d.feats), strict=True):
                tagger.set([f])
                worst = max(worst, abs(tagger.marginal("E", 0) - pe), abs(tagger.marginal("V", 0) - pv))
                checked += 1
    print(
        f"{len(weights)} poids ; {checked} mots vérifiés, écart maximal aux marginales de crfsuite : {worst:.4f}"
    )
    write_weights(weights, args.out, HEADER)
    print(f"écrit : {args.out}")


if __name__ == "__main__":
    main()
