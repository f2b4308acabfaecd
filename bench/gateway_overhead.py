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
    from tests.governance.reviewed import approve_reviewed

    from egide.app import database_of
    from egide.governance import add_tool, bootstrap
    from egide.settings import Settings

    settings = Settings(data_dir=data_dir, secret_key=env["EGIDE_SECRET_KEY"])
    database = database_of(settings)
    database.migrate()
    key = bootstrap(database)
    assert key is not None
    with database.session(write=True) as session:
        tool = add_tool(
            session, name="bench", base_url=upstream, confidentiality="contracted", models={"bench": "bench"}
        )
        approve_reviewed(session, tool.id)
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


#: The identifiers in the note, to count which ones reached the model server.
IDENTIFIERS = (
    "Jeanne DUPONT", "03/02/1961", "2 61 02 75 115 123 45", "12 rue des Lilas", "69003", "Lyon",
    "06 12 34 56 78", "Martin LEFEBVRE", "14/03/2024", "04 72 11 22 33",
)  # fmt: skip


def leaked(client: httpx.Client, url: str, headers: dict[str, str], upstream: str) -> list[str]:
    answer = client.post(url, json=body(), headers=headers)
    answer.raise_for_status()
    sent = client.get(upstream + "/last").text
    return [value for value in IDENTIFIERS if value in json.loads(sent)["messages"][0]["content"]]


LITELLM_CONFIG = """
model_list:
  - model_name: bench
    litellm_params:
      model: openai/bench
      api_base: {upstream}
      api_key: sk-bench
guardrails:
  - guardrail_name: presidio-fr
    litellm_params:
      guardrail: presidio
      mode: pre_call
      default_on: true
      presidio_language: fr
      output_parse_pii: true
      presidio_analyzer_api_base: {presidio}
      presidio_anonymizer_api_base: {presidio}
"""


def start_litellm(
    litellm: str, tmp: Path, upstream: str, processes: list[subprocess.Popen[bytes]]
) -> tuple[str, dict[str, str]]:
    """LiteLLM's proxy with its Presidio guardrail set to French, in front of the same model server."""
    presidio_port, litellm_port = free_port(), free_port()
    presidio = subprocess.Popen(
        [sys.executable, "-m", "bench.gateway_presidio_service", str(presidio_port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    processes.append(presidio)
    config = tmp / "litellm.yaml"
    config.write_text(LITELLM_CONFIG.format(upstream=upstream, presidio=f"http://127.0.0.1:{presidio_port}/"))
    proxy = subprocess.Popen(
        [litellm, "--config", str(config), "--host", "127.0.0.1", "--port", str(litellm_port)],
        cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    processes.append(proxy)
    wait_ready(f"http://127.0.0.1:{presidio_port}/health", presidio, timeout=180)
    wait_ready(f"http://127.0.0.1:{litellm_port}/health/liveliness", proxy, timeout=180)
    return f"http://127.0.0.1:{litellm_port}/v1/chat/completions", {"authorization": "Bearer sk-anything"}


def summary(
    latencies: list[float], ttfts: list[float], rps: float, failed: int, leaks: list[str]
) -> dict[str, Any]:
    return {
        "median_ms": statistics.median(latencies),
        "p99_ms": pct(latencies, 0.99),
        "ttft_median_ms": statistics.median(ttfts),
        "requests_per_second": rps,
        "failed_requests": failed,
        "identifiers_that_reached_the_model": leaks,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="sequential requests per target")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each throughput run")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1, help="égide worker processes")
    parser.add_argument(
        "--settle-ms", type=float, default=0.0,
        help="pause after every sequential request, so that a target's work after its answer (LiteLLM's "
        "logging and callbacks) does not land on the next target's request on a small machine",
    )  # fmt: skip
    parser.add_argument(
        "--litellm", metavar="PATH", help="the `litellm` command of a throwaway venv: measure it as an anchor"
    )
    args = parser.parse_args()

    upstream_port, egide_port = free_port(), free_port()
    upstream = f"http://127.0.0.1:{upstream_port}/v1"
    targets: dict[str, tuple[str, dict[str, str]]] = {
        "direct": (upstream + "/chat/completions", {}),
        "égide": (f"http://127.0.0.1:{egide_port}/v1/chat/completions", {}),
    }
    processes: list[subprocess.Popen[bytes]] = []
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bench.gateway_upstream", str(upstream_port)], cwd=ROOT
                )
            )
            env, key = prepare_egide(Path(tmp), upstream)
            targets["égide"] = (targets["égide"][0], {"authorization": f"Bearer {key}"})
            egide_bin = str(Path(sys.executable).parent / "egide")
            egide = subprocess.Popen(
                [egide_bin, "serve", "--port", str(egide_port), "--workers", str(args.workers)],
                env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            processes.append(egide)
            wait_ready(f"http://127.0.0.1:{upstream_port}/", processes[0])
            wait_ready(f"http://127.0.0.1:{egide_port}/healthz", egide)
            if args.litellm:
                targets["LiteLLM + Presidio (fr)"] = start_litellm(
                    args.litellm, Path(tmp), upstream, processes
                )
            latencies: dict[str, list[float]] = {name: [] for name in targets}
            ttfts: dict[str, list[float]] = {name: [] for name in targets}
            leaks: dict[str, list[str]] = {}
            with httpx.Client(timeout=60) as client:
                check = client.post(targets["égide"][0], json=body(), headers=targets["égide"][1]).json()
                counts = check["egide"]["counts"]
                for name, (url, headers) in targets.items():
                    leaks[name] = leaked(client, url, headers, upstream)
                for _ in range(30):  # warm-up: connections, caches, the detectors' first calls
                    for url, headers in targets.values():
                        timed(client, url, headers)
                STAGES["detect"].clear()
                STAGES["prepare"].clear()
                for _ in range(args.requests):  # interleaved: every target sees the same machine load
                    for name, (url, headers) in targets.items():
                        latencies[name].append(timed(client, url, headers))
                        time.sleep(args.settle_ms / 1000)
                for _ in range(max(20, args.requests // 3)):
                    for name, (url, headers) in targets.items():
                        ttfts[name].append(first_token(client, url, headers))
                        time.sleep(args.settle_ms / 1000)
            for name, (url, headers) in targets.items():
                rps, failed = asyncio.run(throughput(url, headers, args.seconds, args.concurrency))
                results[name] = summary(latencies[name], ttfts[name], rps, failed, leaks[name])
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=10)

    direct = results["direct"]
    figures = {
        "prompt_characters": len(NOTE),
        "findings_per_request_egide": counts,
        "requests": args.requests,
        "concurrency": args.concurrency,
        "egide_workers": args.workers,
        "settle_ms": args.settle_ms,
        "cores": os.cpu_count(),
        "egide_stages_median_ms": {k: statistics.median(v) for k, v in STAGES.items() if v},
        "targets": results,
        "overhead_over_direct_ms": {
            name: {
                "median": r["median_ms"] - direct["median_ms"],
                "p99": r["p99_ms"] - direct["p99_ms"],
                "ttft": r["ttft_median_ms"] - direct["ttft_median_ms"],
            }
            for name, r in results.items()
            if name != "direct"
        },
    }
    out = ROOT / "bench" / "out" / "gateway_overhead.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"prompt: {len(NOTE)} characters, {len(IDENTIFIERS)} identifiers; égide found {counts}")
    print(
        f"{'':26}{'median':>8}{'p99':>8}{'+median':>9}{'+p99':>8}{'TTFT':>8}{'+TTFT':>8}{'req/s':>8}  identifiers sent"
    )
    for name, r in results.items():
        extra = figures["overhead_over_direct_ms"].get(name, {"median": 0.0, "p99": 0.0, "ttft": 0.0})
        sent = (
            "—" if name == "direct" else f"{len(r['identifiers_that_reached_the_model'])}/{len(IDENTIFIERS)}"
        )
        print(
            f"{name:26}{r['median_ms']:8.1f}{r['p99_ms']:8.1f}{extra['median']:9.1f}{extra['p99']:8.1f}"
            f"{r['ttft_median_ms']:8.1f}{extra['ttft']:8.1f}{r['requests_per_second']:8.0f}  {sent}"
        )
    print("targets for égide: +median ≤ 15 ms, +p99 ≤ 40 ms, +TTFT ≤ 10 ms, ≥ 100 req/s")
    stages = figures["egide_stages_median_ms"]
    print(
        f"inside égide (median ms): detection {stages['detect']:.1f}; "
        f"authentication + registry + detection + policy + pseudonymisation + audit {stages['prepare']:.1f}"
    )
    print(
        f"{args.concurrency} concurrent clients for req/s, {args.workers} égide worker(s), {os.cpu_count()} cores"
        + (f", {args.settle_ms:g} ms pause after each sequential request" if args.settle_ms else "")
    )
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
