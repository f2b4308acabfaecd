"""Speed of shadow-AI discovery on Squid native logs: lines per second and peak memory.

    python -m bench.shadow_speed                 # the issue's figure: 1 GB (about 7 million lines)
    python -m bench.shadow_speed --size-mb 100   # a quick run while iterating
    python -m bench.shadow_speed --jobs 1        # one process (default: one per core)

The log is generated reproducibly (``bench.shadow_logs``, fixed seed) into a temporary directory,
then scanned exactly as ``egide shadow scan`` does (catalogue, an approved tool, a users directory,
pseudonyms) and the reports are written. Target from issue #3: 1 GB in at most 30 s on the 2-core
machine, in bounded memory. ``wc -l`` on the same file is printed as the floor of merely reading it.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.shadow_logs import APPROVED_HOST, generate
from egide.shadow.catalogue import load
from egide.shadow.classify import ApprovedTool, Classifier
from egide.shadow.config import ShadowConfig
from egide.shadow.directory import Directory
from egide.shadow.parallel import jobs_for
from egide.shadow.pseudonym import Pseudonymiser
from egide.shadow.readers import expand
from egide.shadow.report import write_reports
from egide.shadow.scan import scan

TARGET_SECONDS_PER_GB = 30.0


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mb", type=float, default=1000.0, help="size of the generated log (default 1000)"
    )
    parser.add_argument("--jobs", type=int, default=0, help="processes (0: one per core)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="copy the generated log here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="egide-shadow-bench-") as tmp:
        log = Path(tmp) / "access.log"
        started = time.perf_counter()
        with log.open("w", encoding="ascii") as out:
            lines = generate(out, size_bytes=int(args.size_mb * 1_000_000), seed=args.seed)
        size = log.stat().st_size
        print(
            f"generated {lines:,} lines, {size / 1e6:,.0f} MB in {time.perf_counter() - started:.1f} s (seed {args.seed})"
        )
        if args.keep:
            shutil.copyfile(log, args.keep)

        started = time.perf_counter()
        subprocess.run(["wc", "-l", str(log)], check=True, capture_output=True)
        floor = time.perf_counter() - started

        config = ShadowConfig(jobs=args.jobs)
        users = Directory(networks=[])  # the generated logins are not in a directory: "(service inconnu)"
        cpu_before = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        result = scan(
            expand([str(log)]),
            classifier=Classifier(load(updated=None, site=None), [ApprovedTool("IA du CHU", APPROVED_HOST)]),
            directory=users,
            pseudonymiser=Pseudonymiser("bench-secret-0123456789-0123456789-0123"),
            config=config,
        )
        scanned = time.perf_counter() - started
        write_reports(result, Path(tmp) / "reports")
        total = time.perf_counter() - started
        cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - cpu_before

    per_gb = total / (size / 1e9)
    print(f"processes: {jobs_for(config.jobs)}")
    print(
        f"lines: {result.lines:,} (requests {result.records:,}, ignored {result.ignored:,}, "
        f"malformed {result.malformed:,}); AI requests {result.ai_requests:,} in {len(result.rows):,} usage rows"
    )
    print(f"scan: {scanned:.1f} s, with reports: {total:.1f} s; CPU {cpu:.1f} s")
    print(f"speed: {result.lines / total:,.0f} lines/s, {size / 1e6 / total:,.0f} MB/s")
    print(
        f"peak memory: parent {_peak_mb(resource.RUSAGE_SELF):,.0f} MB, largest worker {_peak_mb(resource.RUSAGE_CHILDREN):,.0f} MB"
    )
    print(f"floor (wc -l on the same file): {floor:.1f} s")
    verdict = "met" if per_gb <= TARGET_SECONDS_PER_GB else "NOT met"
    print(f"target ≤ {TARGET_SECONDS_PER_GB:.0f} s per GB: {per_gb:.1f} s per GB — {verdict}")


if __name__ == "__main__":
    main()
