"""Overhead of égide over a direct call to the same fast local model server.

Run: ``python -m bench.gateway_overhead [--requests 300] [--seconds 10] [--concurrency 8]``.

Three processes on loopback: the model server (``bench.gateway_upstream``, a fixed answer at
once), ``egide serve`` on a fresh SQLite database, and this script as the client. The prompt is a
synthetic French hospital note of about 2,000 characters with names, a NIR, an address, phones and
dates, so égide does its whole job: authenticate, detect, decide, pseudonymise, three audit events,
forward, restore, mark. Direct and égide requests alternate so that both see the same machine load.

Prints the medians and 99th percentiles (sequential requests), the time to first token when
streaming, and requests per second with several clients at once, for égide and for the model
server alone; writes the same figures to ``bench/out/gateway_overhead.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

NOTE = (
    "Compte rendu d'hospitalisation. Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45, "
    "domiciliée 12 rue des Lilas 69003 Lyon, tél. 06 12 34 56 78, adressée par le Dr Martin LEFEBVRE pour "
    "toux fébrile évoluant depuis cinq jours. Antécédents : hypertension artérielle traitée par ramipril 5 mg, "
    "diabète de type 2 sous metformine 1000 mg deux fois par jour, tabagisme sevré depuis dix ans. "
    "À l'admission : température 39,2 °C, fréquence respiratoire 24/min, SpO2 93 % en air ambiant, crépitants "
    "de la base droite. Biologie : CRP 187 mg/L, leucocytes 14,2 G/L à prédominance neutrophile, créatinine "
    "82 µmol/L, lactates normaux. Radiographie thoracique : opacité alvéolaire du lobe inférieur droit. "
    "Antigénuries pneumocoque et légionelle négatives. Diagnostic retenu : pneumopathie aiguë communautaire "
    "du lobe inférieur droit, score CURB-65 à 1. Traitement : amoxicilline 1 g trois fois par jour par voie "
    "orale, paracétamol si fièvre, kinésithérapie respiratoire. Évolution favorable avec apyrexie à J3 et "
    "décroissance de la CRP à 45 mg/L à J5. Sortie à domicile le 14/03/2024 avec poursuite de l'antibiothérapie "
    "pour une durée totale de sept jours. Contrôle clinique par le médecin traitant à 48 heures et radiographie "
    "de contrôle à six semaines. Joindre le service au 04 72 11 22 33 en cas d'aggravation. "
    "Rédige la lettre de sortie destinée au médecin traitant, en reprenant les éléments essentiels, les "
    "traitements de sortie, la surveillance recommandée et les signes qui doivent amener à reconsulter. "
    "Précise aussi la conduite à tenir pour le diabète pendant l'épisode infectieux et l'adaptation éventuelle "
    "de la metformine selon la fonction rénale, ainsi que les vaccinations à proposer, et rappelle les "
    "coordonnées du service pour toute question du médecin traitant ou de la patiente. Mentionne enfin "
    "le rendez-vous de consultation de pneumologie prévu dans deux mois avec les résultats des explorations "
    "fonctionnelles respiratoires, et l'ordonnance de sortie jointe au courrier."
)
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} not ready after {timeout} s")


def prepare_egide(data_dir: Path, upstream: str) -> tuple[dict[str, str], str]:
    """A fresh database with the bench tool; returns égide's environment and an API key."""
    env = {
        **os.environ,
        "EGIDE_DATA_DIR": str(data_dir),
        "EGIDE_SECRET_KEY": "bench-secret-" + "b" * 40,
        "EGIDE_GATEWAY__RATE_LIMIT_PER_MINUTE": "0",
        "EGIDE_LOG_LEVEL": "WARNING",
        "EGIDE_CONFIG": str(data_dir / "absent.toml"),
    }
    from egide.governance import add_tool, approve_tool, bootstrap
    from egide.settings import Settings
    from egide.store import Database

    settings = Settings(data_dir=data_dir, secret_key=env["EGIDE_SECRET_KEY"])
    database = Database.from_settings(settings)
    database.migrate()
    key = bootstrap(database, settings)
    assert key is not None
    with database.session(write=True) as session:
        tool = add_tool(
            session, name="bench", base_url=upstream, confidentiality="contracted", models={"bench": "bench"}
        )
        approve_tool(session, tool.id)
    database.dispose()
    return env, key


def body(stream: bool = False) -> dict[str, Any]:
    return {"model": "bench", "messages": [{"role": "user", "content": NOTE}], "stream": stream}


STAGES: dict[str, list[float]] = {"detect": [], "prepare": []}


def timed(client: httpx.Client, url: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.post(url, json=body(), headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    for part in response.headers.get("server-timing", "").split(","):
        name, _, duration = part.strip().partition(";dur=")
        if name in STAGES:
            STAGES[name].append(float(duration))
    return elapsed


def first_token(client: httpx.Client, url: str, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    ttft = None
    with client.stream("POST", url, json=body(stream=True), headers=headers) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if (
                ttft is None
                and line.startswith("data:")
                and '"content":"' in line.replace(" ", "")
                and '"content":""' not in line.replace(" ", "")
            ):
                ttft = (time.perf_counter() - started) * 1000
    assert ttft is not None, "no content in the stream"
    return ttft


async def throughput(
    url: str, headers: dict[str, str], seconds: float, concurrency: int
) -> tuple[float, int]:
    done = 0
    failed = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:

        async def worker() -> None:
            nonlocal done, failed
            while time.perf_counter() < deadline:
                response = await client.post(url, json=body(), headers=headers)
                if response.status_code == 200:
                    done += 1
                else:
                    failed += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return done / elapsed, failed


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="sequential requests per target")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of the throughput run")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="égide worker processes")
    args = parser.parse_args()

    upstream_port, egide_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{upstream_port}/v1"
    direct_url = upstream + "/chat/completions"
    egide_url = f"http://127.0.0.1:{egide_port}/v1/chat/completions"
    processes: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        try:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bench.gateway_upstream", str(upstream_port)], cwd=ROOT
                )
            )
            env, key = prepare_egide(Path(tmp), upstream)
            egide_bin = str(Path(sys.executable).parent / "egide")
            processes.append(
                subprocess.Popen(
                    [egide_bin, "serve", "--port", str(egide_port), "--workers", str(args.workers)],
                    env=env,
                    cwd=tmp,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_ready(f"http://127.0.0.1:{upstream_port}/", processes[0])
            wait_ready(f"http://127.0.0.1:{egide_port}/healthz", processes[1])
            auth = {"authorization": f"Bearer {key}"}
            with httpx.Client(timeout=30) as client:
                check = client.post(egide_url, json=body(), headers=auth).json()
                counts = check["egide"]["counts"]
                for _ in range(30):  # warm-up: connections, caches, the detector's first calls
                    timed(client, direct_url, {})
                    timed(client, egide_url, auth)
                direct, via = [], []
                for _ in range(args.requests):
                    direct.append(timed(client, direct_url, {}))
                    via.append(timed(client, egide_url, auth))
                ttft_direct, ttft_via = [], []
                for _ in range(max(20, args.requests // 3)):
                    ttft_direct.append(first_token(client, direct_url, {}))
                    ttft_via.append(first_token(client, egide_url, auth))
            rps_direct, _ = asyncio.run(throughput(direct_url, {}, args.seconds / 2, args.concurrency))
            rps_via, failed = asyncio.run(throughput(egide_url, auth, args.seconds, args.concurrency))
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=10)

    figures = {
        "prompt_characters": len(NOTE),
        "findings_per_request": counts,
        "requests": args.requests,
        "direct_ms": {"median": statistics.median(direct), "p99": pct(direct, 0.99)},
        "egide_ms": {"median": statistics.median(via), "p99": pct(via, 0.99)},
        "overhead_ms": {
            "median": statistics.median(via) - statistics.median(direct),
            "p99": pct(via, 0.99) - pct(direct, 0.99),
        },
        "ttft_ms": {
            "direct_median": statistics.median(ttft_direct),
            "egide_median": statistics.median(ttft_via),
        },
        "requests_per_second": {
            "direct": rps_direct,
            "egide": rps_via,
            "concurrency": args.concurrency,
            "egide_workers": args.workers,
        },
        "egide_failed_requests": failed,
        "egide_stages_median_ms": {k: statistics.median(v) for k, v in STAGES.items() if v},
        "cores": os.cpu_count(),
    }
    out = ROOT / "bench" / "out" / "gateway_overhead.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    d, e, o = figures["direct_ms"], figures["egide_ms"], figures["overhead_ms"]
    t, r = figures["ttft_ms"], figures["requests_per_second"]
    print(f"prompt: {len(NOTE)} characters; findings per request: {counts}")
    print(f"{'':28}{'median':>10}{'p99':>10}")
    print(f"{'direct (ms)':28}{d['median']:10.1f}{d['p99']:10.1f}")
    print(f"{'through égide (ms)':28}{e['median']:10.1f}{e['p99']:10.1f}")
    print(f"{'overhead (ms)':28}{o['median']:10.1f}{o['p99']:10.1f}   target ≤ 15 / ≤ 40")
    print(
        f"time to first token (ms): direct {t['direct_median']:.1f}, égide {t['egide_median']:.1f}, "
        f"+{t['egide_median'] - t['direct_median']:.1f}   target ≤ +10"
    )
    print(
        f"requests/s ({r['concurrency']} clients, {r['egide_workers']} égide worker(s)): direct {r['direct']:.0f}, égide {r['egide']:.0f}"
        f" ({failed} failed)   target ≥ 100"
    )
    stages = figures["egide_stages_median_ms"]
    print(
        f"inside égide (median ms): detection {stages['detect']:.1f}, "
        f"authentication + registry + detection + policy + audit {stages['prepare']:.1f}"
    )
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
