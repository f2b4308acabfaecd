"""``python -m bench.corpus --out bench/out/ [--n 400] [--clean 200] [--seed 0] [--perturbed]``.

Writes ``clinical.jsonl`` and ``clean.jsonl`` (the synthetic sets), and the independent sets found in
the data directory (``--data`` or ``$EGIDE_BENCH_DATA``, default ``/work/shared/data``):
``echr.jsonl``, ``newseye.jsonl``, ``quaero.jsonl``, ``bdpm.jsonl`` (a set whose files are missing is
reported absent). ``--perturbed`` also writes every set with gold spans through every
transformation of ``bench.perturb`` as ``SET.TRANSFORMATION.jsonl`` (offsets exact; for ``egide eval``
or to train a tagger on text the templates do not produce).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bench.corpus import (
    bdpm_records,
    clean_records,
    clinical_records,
    echr_records,
    newseye_records,
    quaero_records,
)
from bench.corpus.datadir import ENV, Absent


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--n", type=int, default=400, help="clinical documents with identifiers")
    parser.add_argument("--clean", type=int, default=200, help="clinical texts without identifiers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, help="reference data directory")
    parser.add_argument(
        "--perturbed", action="store_true", help="also every set with gold through every transformation"
    )
    args = parser.parse_args(argv)
    if args.data:
        os.environ[ENV] = str(args.data)
    args.out.mkdir(parents=True, exist_ok=True)
    sets: dict[str, Callable[[], Iterator[dict[str, Any]]]] = {
        "clinical": lambda: clinical_records(args.n, args.seed),
        "clean": lambda: clean_records(args.clean, args.seed),
        "echr": echr_records,
        "newseye": newseye_records,
        "quaero": quaero_records,
        "bdpm": bdpm_records,
    }
    with_gold = []
    for name, records in sets.items():
        try:
            rows = list(records())
        except Absent as missing:
            print(f"{name}: {missing}")
            continue
        print(f"{args.out / f'{name}.jsonl'}: {write_jsonl(args.out / f'{name}.jsonl', rows)} records")
        if any(r["entities"] for r in rows):
            with_gold.append((name, rows))
    if args.perturbed:
        from bench.perturb import TRANSFORMS, perturb

        for name, rows in with_gold:
            for perturbation in TRANSFORMS:
                path = args.out / f"{name}.{perturbation.name}.jsonl"
                write_jsonl(path, ({k: v for k, v in perturb(r, perturbation, args.seed).items()
                                    if k not in {"changed", "dropped"}} for r in rows))  # fmt: skip
            print(f"{name}: {len(TRANSFORMS)} perturbed copies")


if __name__ == "__main__":
    main()
