"""Speed of ``egide deid`` (:mod:`egide.batch`): documents and characters per second, per backend.

    python -m bench batch_speed [--persons 300] [--jobs 2]

A generated collection of clinical letters (the test collection of ``tests/batch``: folders of
.txt, CSV and JSONL, Faker fr_FR) is de-identified with the surrogate operator on ``local`` (one
process) and ``processes`` (``--jobs`` workers) and ``spark`` (``local[jobs]``); the outputs are checked to be
byte-identical. Times include loading the engine (once per worker) and, for Spark, starting the JVM. The machine is shared: compare runs close in time.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from tests.batch.collection import make_collection, tree_bytes

from bench.support.table import render
from egide.batch import Columns, Job, run
from egide.keys import Purpose, derive_key

KEY = derive_key("bench-secret-0123456789abcdef0123456789", Purpose.PSEUDONYMS)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_collection(root / "entree", n_persons=args.persons)
        rows = []
        outputs = {}
        for backend, jobs in (("local", 1), ("processes", args.jobs), ("spark", args.jobs)):
            target = root / backend
            job = Job(
                root / "entree", target, "surrogate", Columns(("compte_rendu", "note"), "ipp"), secret=KEY
            )
            start = time.perf_counter()
            summary = run(job, backend=backend, jobs=jobs, master=f"local[{jobs}]")
            elapsed = time.perf_counter() - start
            outputs[backend] = tree_bytes(target)
            rows.append(
                [
                    backend,
                    str(jobs),
                    str(summary.files_done),
                    str(summary.documents),
                    f"{summary.characters:,}",
                    f"{elapsed:.2f}",
                    f"{summary.documents / elapsed:,.0f}",
                    f"{summary.characters / elapsed:,.0f}",
                ]
            )
        print(
            render(
                [
                    "backend",
                    "processus",
                    "fichiers",
                    "documents",
                    "caractères",
                    "s",
                    "documents/s",
                    "caractères/s",
                ],
                rows,
            )
        )
        print(
            "sorties identiques octet pour octet :",
            "oui" if outputs["local"] == outputs["processes"] else "NON",
        )


if __name__ == "__main__":
    main()
