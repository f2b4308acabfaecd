"""Speed and memory of ``egide deid`` (:mod:`egide.batch`), per backend and per core.

    python -m bench batch_speed [--persons 3000] [--cores 1 2] [--big-text-mb 200] [--parquet-mb 2048]
                                [--big-csv-mb 20] [--no-spark] [--json resultats.json]

1. Throughput. A generated collection of clinical letters (the test collection of ``tests/batch``:
   folders of .txt letters, an HTML page, a PDF, a Word file, CSV, JSONL and Parquet tables; Faker
   fr_FR, no patient data) is de-identified with the surrogate operator on ``local`` (1 process),
   ``processes`` and ``spark`` (``local[N]``) with 1 and 2 cores. Every run is a fresh process, so its
   times include loading the engine (once per worker) and, for Spark, starting the JVM; each backend
   also runs on a 2-person collection, and the start-up it measures is taken out to give the steady
   rate (the one that prices a million documents). The outputs of all runs are checked identical.
2. Memory. A generated text file of ``--big-text-mb`` MB goes through ``local`` (one file is one
   task on every backend) and a Parquet file of ``--parquet-mb`` MB (letters in a text column beside
   a column of scanned pages: random bytes, the bulk of the file) through ``local`` and ``spark``; the peak resident memory of each worker (the most any one
   worker process used, ``ru_maxrss``) is printed beside the collection's.
   A single CSV table of ``--big-csv-mb`` MB (a warehouse's export: a letter per row) goes through
   ``local`` and ``processes`` on each core count: its rows are spread over the workers (a table
   heavier than a worker's share), so the wall-clock time should fall with the cores.
3. The targets of issue 12 are printed as held or not: ``processes`` on 2 cores ≥ 85 % of linear,
   Spark local ≥ 70 % of ``processes`` on the same cores, ≥ 150,000 characters/s per core.

4. Where ``processes`` spends its CPU, by process and start-up apart (the parent beyond its
   start-up, each worker's start-up, files, receiving and sending back, the busiest worker), and the
   fraction of linear on 2 cores that these CPU figures allow (see ``_amdahl``); and the machine's
   own ceiling at that moment: a pure-Python loop alone and side by side on every core, nothing of
   égide (a core that does less beside a busy neighbour caps every Python program's scaling).

The machine may be shared: the load average (1 min) before and after each run is recorded beside
its figures, and the CPU time of local and ``processes`` runs (characters per CPU-second hold on a
shared machine where wall-clock rates do not). ``--json FILE`` writes everything (machine, commit, time, runs).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.batch.collection import TEXT_COLUMNS, letter, make_collection, note, persons

from bench.support.table import render

SECRET = "bench-secret-0123456789abcdef0123456789"
TARGET_LINEAR = 0.85
TARGET_SPARK = 0.70
TARGET_CHARS = 150_000


# ----------------------------------------------------------------- one measured run (a subprocess)


def _measure(source: Path, target: Path, backend: str, cores: int) -> dict[str, Any]:
    from egide.batch import Columns, Job, run
    from egide.keys import Purpose, derive_key

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    job = Job(
        source,
        target,
        "surrogate",
        Columns(TEXT_COLUMNS, "ipp"),
        secret=derive_key(SECRET, Purpose.PSEUDONYMS),
    )
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    summary = run(job, backend=backend, jobs=cores, master=f"local[{cores}]")
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    workers = [
        {"pid": pid, "files": w.files, "startup_s": w.startup_s, "files_s": w.files_s, "other_s": w.other_s,
         "total_s": w.total_s}
        for pid, w in sorted(summary.workers.items())
    ]  # fmt: skip
    digest = hashlib.sha256()  # file by file, by pieces: a 2 GB output is not read whole
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        one = hashlib.sha256()
        with path.open("rb") as stream:
            while piece := stream.read(1 << 20):
                one.update(piece)
        digest.update(path.relative_to(target).as_posix().encode() + b"\0" + one.digest())
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # processes' workers, reaped at the end
    return {
        "seconds": elapsed,
        # CPU time of the run (engine loading included): a rate per CPU-second holds on a shared
        # machine, where wall-clock rates do not. Spark's Python workers are not this process's
        # children: not counted.
        "cpu_s": None if backend == "spark" else own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
        "files": summary.files_done,
        "failed": summary.files_failed,
        "failures": dict(summary.failures),  # by reason (a detection time-out under load, ...)
        "documents": summary.documents,
        "characters": summary.characters,
        "peak_worker_mib": summary.peak_worker_kib / 1024,
        # the driver (for local: the worker itself) and the largest child it waited for (for
        # processes: a worker again; for Spark: the JVM)
        "driver_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "jvm_mib": _jvm_peak_mib() if backend == "spark" else None,
        "output_sha256": digest.hexdigest(),
        # CPU time by process, start-up apart, for processes (see _amdahl): the parent's during
        # run() (planning, loading the lexicons before the workers fork, handing out files and
        # collecting results), each worker's (from the results it sent; for local, the process
        # itself: its start-up is everything before its first file, imports included).
        "parent_run_cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "workers": workers if backend != "spark" else [],
    }


def _jvm_peak_mib() -> float | None:
    """The peak resident memory of Spark's JVM (still running after the job: PySpark keeps it)."""
    from pyspark import SparkContext

    process = getattr(SparkContext._gateway, "proc", None)
    if process is None:
        return None
    for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _run(source: Path, target: Path, backend: str, cores: int) -> dict[str, Any]:
    before = os.getloadavg()[0]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.batch_speed",
            "--measure",
            str(source),
            str(target),
            backend,
            str(cores),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if done.returncode != 0:
        raise SystemExit(f"{backend} ({cores}) a échoué :\n{done.stderr[-3000:]}")
    measured: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    measured.update(backend=backend, cores=cores, load_before=before, load_after=os.getloadavg()[0])
    return measured


# ----------------------------------------------------------------- generated inputs


def big_text(path: Path, megabytes: int) -> None:
    """Letters and notes one after the other, with now and then a long paragraph, to ``megabytes``."""
    people = persons(500, seed=21)
    filler = "la patiente est revue en consultation de suivi sans plainte nouvelle et "
    size = megabytes * 1024 * 1024
    written = 0
    i = 0
    with path.open("w", encoding="utf-8") as stream:
        while written < size:
            p = people[i % len(people)]
            part = letter(p, people[(i + 3) % len(people)].last) + note(p) + "\n\n"
            if i % 50 == 0:
                part += filler * 60 + note(p) + "\n\n"
            written += stream.write(part) + part.count("é") + part.count("è")  # ≈ bytes
            i += 1


def big_csv(path: Path, megabytes: int) -> None:
    """One CSV table, a letter per row beside its IPP, to ``megabytes``."""
    people = persons(500, seed=23)
    size = megabytes * 1024 * 1024
    written = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\n")
        writer.writerow(["ipp", "service", "compte_rendu"])
        i = 0
        while written < size:
            p = people[i % 500]
            row = [p.ipp, "médecine", letter(p, people[(i + 7) % 500].last) + note(p)]
            writer.writerow(row)
            written += sum(len(c.encode()) for c in row) + 8
            i += 1


def big_parquet(path: Path, megabytes: int) -> None:
    """Letters in a text column beside scanned pages (random bytes), row groups of about 64 MB."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    people = persons(500, seed=22)
    scan_bytes = 100 * 1024
    rows = max(1, megabytes * 1024 * 1024 // scan_bytes)
    draw = random.Random(5)
    schema = pa.schema([("ipp", pa.string()), ("compte_rendu", pa.string()), ("scan", pa.binary())])
    with pq.ParquetWriter(path, schema, compression="snappy") as writer:
        for first in range(0, rows, 640):
            chunk = range(first, min(rows, first + 640))
            writer.write_table(
                pa.table(
                    {
                        "ipp": [people[i % 500].ipp for i in chunk],
                        "compte_rendu": [letter(people[i % 500], people[(i + 1) % 500].last) for i in chunk],
                        "scan": [draw.randbytes(scan_bytes) for _ in chunk],
                    },
                    schema=schema,
                )
            )


# ----------------------------------------------------------------- the benchmark


def _machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "commit": commit.stdout.strip(),
        "utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
    }


#: A pure-Python loop (no file, no pipe, nothing shared): what any Python work on one core does.
_SPIN = "import time\nd = {}\nfor i in range(8_000_000):\n    d[i & 1023] = i * i\nprint(time.process_time())"


def _machine_ceiling(cores: int) -> dict[str, float]:
    """How ``cores`` copies of the same pure-Python loop, side by side, compare with one alone.

    Nothing of égide: the most any Python work can scale on this machine at this moment. When a
    core's neighbour is busy, a CPU second may do less (cores sharing a physical core or its caches,
    a host's clock, another tenant): it shows as more CPU seconds per loop beside the wall ratio.
    """

    def spin(n: int) -> tuple[float, float]:
        start = time.perf_counter()
        procs = [
            subprocess.Popen([sys.executable, "-c", _SPIN], stdout=subprocess.PIPE, text=True)
            for _ in range(n)
        ]
        cpu = [float(p.communicate()[0]) for p in procs]
        return time.perf_counter() - start, sum(cpu) / n

    alone_s, alone_cpu = spin(1)
    side_s, side_cpu = spin(cores)
    return {
        "cores": cores,
        "alone_s": alone_s,
        "side_by_side_s": side_s,
        "of_linear": alone_s / side_s,
        "cpu_per_loop_ratio": side_cpu / alone_cpu,
        "load_before": os.getloadavg()[0],
    }


def _rates(run: dict[str, Any], start: dict[str, Any] | None) -> None:
    """Per core, raw (start-up included) and steady (the 2-person run's time taken out)."""
    cores = run["cores"]
    run["characters_per_cpu_s"] = run["characters"] / run["cpu_s"] if run.get("cpu_s") else None
    run["documents_per_s_core"] = run["documents"] / run["seconds"] / cores
    run["characters_per_s_core"] = run["characters"] / run["seconds"] / cores
    if start is not None:
        run["startup_s"] = start["seconds"]
        run["startup_parent_cpu_s"] = start["parent_run_cpu_s"]
        work = run["seconds"] - start["seconds"]
        if work < 0.25 * run["seconds"]:  # the collection is too small to tell work from start-up
            run["steady_documents_per_s_core"] = run["steady_characters_per_s_core"] = None
            return
        run["steady_documents_per_s_core"] = (run["documents"] - start["documents"]) / work / cores
        run["steady_characters_per_s_core"] = (run["characters"] - start["characters"]) / work / cores


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=3000, help="0: no throughput runs")
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--big-text-mb", type=int, default=200, help="0: no big text")
    parser.add_argument("--parquet-mb", type=int, default=2048, help="0: no big Parquet")
    parser.add_argument("--big-csv-mb", type=int, default=20, help="0: no big CSV table")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        source, target, backend, cores = args.measure
        print(json.dumps(_measure(Path(source), Path(target), backend, int(cores))))
        return
    backends = [("local", 1)] + [
        (b, c) for b in ("processes", *(() if args.no_spark else ("spark",))) for c in args.cores
    ]
    report: dict[str, Any] = {"machine": _machine(), "persons": args.persons, "runs": [], "memory": []}
    if args.persons and max(args.cores) > 1:
        report["ceiling"] = _machine_ceiling(max(args.cores))
    with tempfile.TemporaryDirectory(prefix="egide-bench-", dir=os.environ.get("EGIDE_BENCH_TMP")) as tmp:
        root = Path(tmp)
        if args.persons:
            make_collection(root / "collection", n_persons=args.persons)
            make_collection(root / "demarrage", n_persons=2, seed=3)
        for backend, cores in backends if args.persons else []:
            start = _run(root / "demarrage", root / f"start-{backend}-{cores}", backend, cores)
            measured = _run(root / "collection", root / f"out-{backend}-{cores}", backend, cores)
            _rates(measured, start)
            report["runs"].append(measured)
            print(
                f"{backend} ({cores}) : {measured['seconds']:.1f} s, charge {measured['load_before']:.1f}",
                file=sys.stderr,
            )
        if args.big_text_mb:
            (root / "gros_texte").mkdir()
            big_text(root / "gros_texte" / "dossier.txt", args.big_text_mb)
            # One file is one task on every backend: local shows the worker's memory.
            measured = _run(root / "gros_texte", root / "texte-local", "local", 1)
            _rates(measured, None)
            report["memory"].append({"input": f"texte {args.big_text_mb} Mo", **measured})
        if args.big_csv_mb:
            (root / "grande_table").mkdir()
            big_csv(root / "grande_table" / "entrepot.csv", args.big_csv_mb)
            for backend, cores in (("local", 1), *(("processes", c) for c in args.cores)):
                measured = _run(root / "grande_table", root / f"table-{backend}-{cores}", backend, cores)
                _rates(measured, None)
                report["memory"].append({"input": f"CSV {args.big_csv_mb} Mo", **measured})
        if args.parquet_mb:
            (root / "gros_parquet").mkdir()
            big_parquet(root / "gros_parquet" / "sejours.parquet", args.parquet_mb)
            size = (root / "gros_parquet" / "sejours.parquet").stat().st_size
            for backend, cores in (("local", 1), *(() if args.no_spark else (("spark", 2),))):
                measured = _run(root / "gros_parquet", root / f"parquet-{backend}", backend, cores)
                _rates(measured, None)
                report["memory"].append({"input": f"Parquet {size / 2**20:,.0f} Mio", **measured})
    _print(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _targets(runs: list[dict[str, Any]]) -> list[tuple[str, float, float, bool]]:
    """(what, measured, wanted, held) for each target that the runs allow to check."""
    by = {(r["backend"], r["cores"]): r for r in runs}
    key = "steady_characters_per_s_core"
    by = {k: r for k, r in by.items() if r[key] is not None}
    out = []
    if ("processes", 1) in by and ("processes", 2) in by:
        ratio = by[("processes", 2)][key] / by[("processes", 1)][key]
        out.append(("processes, 2 cœurs / linéaire", ratio, TARGET_LINEAR, ratio >= TARGET_LINEAR))
    for cores in sorted({c for b, c in by if b == "spark"}):
        if ("processes", cores) in by:
            ratio = by[("spark", cores)][key] / by[("processes", cores)][key]
            out.append(
                (f"Spark local[{cores}] / processes {cores}", ratio, TARGET_SPARK, ratio >= TARGET_SPARK)
            )
    if ("local", 1) in by:
        rate = by[("local", 1)][key]
        out.append(("caractères/s par cœur (local)", rate, TARGET_CHARS, rate >= TARGET_CHARS))
        per_cpu = by[("local", 1)]["characters_per_cpu_s"]
        if per_cpu is not None:
            out.append(
                ("caractères par seconde de CPU (local)", per_cpu, TARGET_CHARS, per_cpu >= TARGET_CHARS)
            )
    return out


def _cpu(run: dict[str, Any]) -> dict[str, float]:
    """A processes run's CPU time in its parts (seconds), start-up apart.

    ``parent``: the parent's CPU during run() beyond the 2-person run's (planning, loading the
    lexicons and starting the pool cost the same in both: what is left is handing out files and
    collecting results, which grows with the collection); ``startup``: the workers' CPU before
    their first file (forking, building the engine); ``work``: the workers' CPU from their first
    file on (files, receiving them, sending results back); ``busiest``: the most of it one worker did.
    """
    workers = run["workers"]
    return {
        "parent": max(0.0, run["parent_run_cpu_s"] - run.get("startup_parent_cpu_s", 0.0)),
        "parent_run": run["parent_run_cpu_s"],
        "startup": sum(w["startup_s"] for w in workers),
        "work": sum(w["files_s"] + w["other_s"] for w in workers),
        "files": sum(w["files_s"] for w in workers),
        "busiest": max((w["files_s"] + w["other_s"] for w in workers), default=0.0),
    }


def _amdahl(one: dict[str, Any], many: dict[str, Any]) -> dict[str, float]:
    """What the CPU accounting allows ``processes`` on N cores against 1 worker, start-up apart.

    With one worker, the wall time is at least its work (the parent hands out files on the other
    core). With N, it is at least the busiest worker's work, and at least all the CPU (the parent's
    too: it runs on the same cores) over N. ``spread`` is how well the N-worker run used its N
    cores by that measure (its own figures only: imbalance between workers, the parent's share);
    ``serial`` the same if the parent's work were not overlapped but added (Amdahl's serial part);
    ``work_ratio`` the workers' CPU with N against with 1 for the same files: above 1 when a core
    does less in a CPU second beside a busy neighbour (shared caches, a host's clock, another
    tenant), or when each worker repeats something (loading, caches). ``bound`` = spread ÷
    work_ratio: the fraction of linear the CPU figures allow, held only if nothing else runs.
    CPU time, not wall time: it holds on a shared machine.
    """
    a, b = _cpu(one), _cpu(many)
    n = many["cores"]
    spread = b["work"] / n / max(b["busiest"], (b["parent"] + b["work"]) / n)
    serial = b["work"] / n / (b["parent"] + max(b["busiest"], b["work"] / n))
    ratio = b["work"] / a["work"]
    return {"spread": spread, "serial": serial, "work_ratio": ratio, "bound": spread / ratio}


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _print(report: dict[str, Any]) -> None:
    machine = report["machine"]
    print(f"{machine['utc']} UTC, {machine['cpu']}, {machine['cores']} cœurs, commit {machine['commit']}")
    runs = report["runs"]
    if runs:
        first = runs[0]
        print(
            f"collection : {first['files']} fichiers, {first['documents']:,} documents, {first['characters']:,} caractères"
        )
        rows = [
            [
                r["backend"],
                str(r["cores"]),
                f"{r['seconds']:.1f}",
                f"{r['startup_s']:.1f}",
                f"{r['documents_per_s_core']:,.0f}",
                f"{r['characters_per_s_core']:,.0f}",
                _n(r["steady_documents_per_s_core"]),
                _n(r["steady_characters_per_s_core"]),
                _n(r["characters_per_cpu_s"]),
                f"{r['peak_worker_mib']:,.0f}",
                f"{r['load_before']:.1f}–{r['load_after']:.1f}",
            ]
            for r in runs
        ]
        print(
            render(
                ["backend", "cœurs", "s", "démarrage s", "docs/s/cœur", "car./s/cœur", "docs/s/cœur régime",
                 "car./s/cœur régime", "car./s CPU", "pic Mio/worker", "charge"],
                rows,
            )
        )  # fmt: skip
        ceiling = report.get("ceiling")
        if ceiling:
            print(
                f"plafond de la machine (boucle Python seule, {ceiling['cores']} copies côte à côte / une seule, "
                f"charge {ceiling['load_before']:.1f}) : {ceiling['of_linear']:.0%} du linéaire, "
                f"{ceiling['cpu_per_loop_ratio']:.2f}× le temps CPU par boucle"
            )
        same = len({r["output_sha256"] for r in runs}) == 1
        print("sorties identiques octet pour octet :", "oui" if same else "NON")
        pools = {r["cores"]: r for r in runs if r["backend"] == "processes" and r["workers"]}
        if pools:
            rows = []
            for r in pools.values():
                c = _cpu(r)
                rows.append(
                    [str(r["cores"]), str(len(r["workers"])), f"{c['parent_run']:.2f}", f"{c['parent']:.2f}",
                     f"{c['startup']:.2f}", f"{c['files']:.2f}", f"{c['work'] - c['files']:.2f}",
                     f"{c['work']:.2f}", f"{c['busiest']:.2f}"]
                )  # fmt: skip
            print("temps CPU de processes (s ; démarrage à part, voir _cpu) :")
            print(
                render(
                    ["cœurs", "workers", "parent run()", "parent hors démarrage", "démarrage workers",
                     "fichiers", "workers hors fichiers", "travail workers", "worker le plus chargé"],
                    rows,
                )
            )  # fmt: skip
            if 1 in pools:
                for n, r in sorted(pools.items()):
                    if n > 1:
                        a = _amdahl(pools[1], r)
                        print(
                            f"processes {n} cœurs, hors démarrage, en temps CPU : cœurs occupés {a['spread']:.0%} "
                            f"({a['serial']:.0%} si le parent était en série), travail des workers "
                            f"{a['work_ratio']:.2f}× celui d'un seul : borne {a['bound']:.0%} du linéaire"
                        )
        for what, measured, wanted, held in _targets(runs):
            shown = f"{measured:,.0f}" if wanted > 10 else f"{measured:.0%}"
            goal = f"{wanted:,.0f}" if wanted > 10 else f"{wanted:.0%}"
            print(f"objectif {what} : {shown} (≥ {goal}) {'tenu' if held else 'NON TENU'}")
        local = next((r for r in runs if r["backend"] == "local"), None)
        if local is not None:
            per_doc = local["characters"] / local["documents"]
            for r in runs:
                if r["steady_documents_per_s_core"] is None:
                    continue
                hours = 1e6 / r["steady_documents_per_s_core"] / 3600
                print(
                    f"coût : {hours:,.1f} heures-cœur par million de documents de {per_doc:,.0f} caractères "
                    f"({r['backend']}, {r['cores']} cœur(s))"
                )
    if report["memory"]:
        rows = [
            [
                m["input"],
                m["backend"],
                str(m["cores"]),
                f"{m['seconds']:.1f}",
                f"{m['characters']:,}",
                f"{m['characters_per_s_core']:,.0f}",
                _n(m.get("characters_per_cpu_s")),
                f"{m['peak_worker_mib']:,.0f}",
                f"{m['driver_mib']:,.0f}",
                f"{m['children_mib']:,.0f}" if m["backend"] != "spark" else _n(m["jvm_mib"]),
                f"{m['load_before']:.1f}–{m['load_after']:.1f}",
            ]
            for m in report["memory"]
        ]
        print(
            render(
                ["entrée", "backend", "cœurs", "s", "caractères", "car./s/cœur", "car./s CPU", "pic Mio/worker",
                 "pilote Mio", "enfants / JVM Mio", "charge"],
                rows,
            )
        )  # fmt: skip


if __name__ == "__main__":
    main()
