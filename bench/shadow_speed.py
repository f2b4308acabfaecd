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
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.shadow_logs import APPROVED_HOST, generate
from egide.shadow.catalogue import load
from egide.shadow.classify import Classifier, RegistryTool
from egide.shadow.config import ShadowConfig
from egide.shadow.directory import Directory
from egide.shadow.parallel import jobs_for
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.readers import expand
from egide.shadow.report import write_reports
from egide.shadow.scan import scan

TARGET_SECONDS_PER_GB = 30.0


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure(log: Path, jobs: int) -> dict[str, float]:
    """Scan and report as ``egide shadow scan`` does; run in a fresh process so its memory is its own."""
    config = ShadowConfig(jobs=jobs)
    started = time.perf_counter()
    result = scan(
        expand([str(log)]),
        classifier=Classifier(load(updated=None, site=None), [RegistryTool("IA du CHU", APPROVED_HOST)]),
        directory=Directory(),  # the generated logins are in no directory: "(service inconnu)"
        pseudonymiser=UserPseudonyms("bench-secret-0123456789-0123456789-0123"),
        config=config,
    )
    scanned = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="egide-shadow-reports-") as out:
        write_reports(result, Path(out))
    return {
        "jobs": jobs_for(config.jobs),
        "lines": result.lines,
        "records": result.records,
        "ignored": result.ignored,
        "malformed": result.malformed,
        "ai_requests": result.ai_requests,
        "rows": len(result.rows),
        "scan_s": scanned,
        "total_s": time.perf_counter() - started,
        "cpu_s": _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN),
        "peak_parent_mb": _peak_mb(resource.RUSAGE_SELF),
        "peak_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mb", type=float, default=1000.0, help="size of the generated log (default 1000)"
    )
    parser.add_argument("--jobs", type=int, default=0, help="processes (0: one per core)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="copy the generated log here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # internal: the measuring process
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.jobs)))
        return

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
        child = subprocess.run(
            [sys.executable, "-m", "bench.shadow_speed", "--measure", str(log), "--jobs", str(args.jobs)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])

    total = figures["total_s"]
    per_gb = total / (size / 1e9)
    print(f"processes: {figures['jobs']:.0f}")
    print(
        f"lines: {figures['lines']:,.0f} (requests {figures['records']:,.0f}, ignored {figures['ignored']:,.0f}, "
        f"malformed {figures['malformed']:,.0f}); AI requests {figures['ai_requests']:,.0f} "
        f"in {figures['rows']:,.0f} usage rows"
    )
    print(
        f"scan: {figures['scan_s']:.1f} s, with reports: {total:.1f} s; CPU {figures['cpu_s']:.1f} s (all processes)"
    )
    print(f"speed: {figures['lines'] / total:,.0f} lines/s, {size / 1e6 / total:,.0f} MB/s")
    print(
        f"peak memory: main process {figures['peak_parent_mb']:,.0f} MB, largest worker {figures['peak_worker_mb']:,.0f} MB"
    )
    print(f"floor (wc -l on the same file): {floor:.1f} s")
    verdict = "met" if per_gb <= TARGET_SECONDS_PER_GB else "NOT met"
    print(f"target ≤ {TARGET_SECONDS_PER_GB:.0f} s per GB: {per_gb:.1f} s per GB — {verdict}")
    load = os.getloadavg()
    print(
        f"machine load average during the run: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min) on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
