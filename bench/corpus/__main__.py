"""``python -m bench.corpus --out bench/out/ [--n 400] [--clean 200] [--seed 0]``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.corpus import clean_records, clinical_records, echr_records
from bench.corpus.echr import default_path


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--n", type=int, default=400, help="clinical documents with identifiers")
    parser.add_argument("--clean", type=int, default=200, help="clinical texts without identifiers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--echr", type=Path, default=default_path())
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    n = write_jsonl(args.out / "clinical.jsonl", clinical_records(args.n, args.seed))
    c = write_jsonl(args.out / "clean.jsonl", clean_records(args.clean, args.seed))
    print(f"{args.out / 'clinical.jsonl'}: {n} documents")
    print(f"{args.out / 'clean.jsonl'}: {c} documents")
    if args.echr.exists():
        e = write_jsonl(args.out / "echr.jsonl", echr_records(args.echr))
        print(f"{args.out / 'echr.jsonl'}: {e} sentences")


if __name__ == "__main__":
    main()
