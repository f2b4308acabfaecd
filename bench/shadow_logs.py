"""Reproducible synthetic Squid native access logs for the shadow-AI benchmark and tests.

    python -m bench.shadow_logs OUT.log --size-mb 100 [--seed 7] [--gzip]

A hospital-like mix: mostly ordinary browsing (``CONNECT host:443`` for HTTPS, some plain HTTP), a
few percent of generative-AI traffic (catalogue hosts, hosts only a heuristic flags, the hospital's
approved gateway), authentication challenges (407), denied requests and a sprinkling of broken
lines. Users are synthetic logins; addresses are private. The same seed writes the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path
from typing import IO

AI_HOSTS = (
    "chatgpt.com", "chat.openai.com", "api.openai.com", "claude.ai", "api.anthropic.com", "gemini.google.com",
    "chat.mistral.ai", "www.perplexity.ai", "chat.deepseek.com", "copilot.microsoft.com", "www.deepl.com",
    "huggingface.co", "poe.com", "app.grammarly.com", "teams.microsoft.com", "www.bing.com",
)  # fmt: skip
SUSPICIOUS_HOSTS = ("gpt4free.example.net", "mon-llm.example.org", "notes-ai.example.com", "scribe.ai")
APPROVED_HOST = "ia.chu-exemple.fr"
ORDINARY_SUFFIXES = (".fr", ".com", ".org", ".net", ".gouv.fr", ".eu", ".io", ".sante.fr")
WORDS = (
    "hopital", "sante", "meteo", "actu", "banque", "mutuelle", "journal", "cdn", "static", "img", "api", "mail",
    "agenda", "portail", "docs", "video", "maps", "shop", "assurance", "pharma", "labo", "biblio", "cloud",
)  # fmt: skip


def _ordinary_hosts(rng: random.Random, count: int) -> list[str]:
    hosts = set()
    while len(hosts) < count:
        name = f"{rng.choice(WORDS)}{rng.randint(1, 999)}"
        prefix = rng.choice(("www.", "", "static.", "api.", "cdn."))
        hosts.add(prefix + name + rng.choice(ORDINARY_SUFFIXES))
    return sorted(hosts)


def _tails(rng: random.Random, count: int) -> list[str]:
    """Everything after the timestamp, for ``count`` lines drawn with the traffic mix above."""
    ordinary = _ordinary_hosts(rng, 5000)
    # Squid logs NTLM/Kerberos users as DOMAIN\\login, URL-encoded.
    users = [
        f"{'CHU-EXEMPLE%5C' if rng.random() < 0.7 else ''}{rng.choice('abcdefghijklmnopqrstuvwxyz')}.{rng.choice(WORDS)}{i}"
        for i in range(3000)
    ]
    clients = [f"10.{rng.randint(1, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(4000)]
    destinations = [(host, 0.97 / len(ordinary)) for host in ordinary]
    destinations += [(host, 0.025 / len(AI_HOSTS)) for host in AI_HOSTS]
    destinations += [(host, 0.002 / len(SUSPICIOUS_HOSTS)) for host in SUSPICIOUS_HOSTS]
    destinations.append((APPROVED_HOST, 0.003))
    hosts = [host for host, _ in destinations]
    weights = [weight for _, weight in destinations]
    tails: list[str] = []
    for host in rng.choices(hosts, weights, k=count):
        roll = rng.random()
        client = rng.choice(clients)
        user = rng.choice(users) if roll > 0.1 else "-"
        if roll < 0.003:
            tails.append("garbage line without the native fields\n")
            continue
        if roll < 0.03:
            tails.append(f"     0 {client} TCP_DENIED/407 3900 CONNECT {host}:443 - HIER_NONE/- text/html\n")
            continue
        size = rng.randint(300, 60_300)
        elapsed = rng.randint(0, 3000)
        if roll < 0.7:
            code = "TCP_TUNNEL/200" if roll > 0.04 else "TCP_DENIED/403"
            tails.append(
                f"{elapsed:6d} {client} {code} {size} CONNECT {host}:443 {user} HIER_DIRECT/203.0.113.{rng.randint(1, 250)} -\n"
            )
        else:
            path = (
                f"/{rng.choice(WORDS)}/{rng.choice(WORDS)}/{rng.randint(0, 99999)}.html"
                f"?id={rng.randint(0, 999999)}&ref={rng.choice(WORDS)}&utm_source={rng.choice(WORDS)}"
            )
            tails.append(
                f"{elapsed:6d} {client} TCP_MISS/200 {size} GET http://{host}{path} {user} "
                f"HIER_DIRECT/198.51.100.{rng.randint(1, 250)} text/html\n"
            )
    return tails


def generate(out: IO[str], *, size_bytes: int, seed: int = 7) -> int:
    """Write lines until ``size_bytes`` is reached; return the number of lines.

    Lines are drawn from a pool of 200,000 distinct ones (hosts, users, addresses, sizes), each with
    its own increasing timestamp: fast enough to write a gigabyte in seconds, varied enough that the
    counters see thousands of users.
    """
    rng = random.Random(seed)
    tails = _tails(rng, 200_000)
    ts = 1_764_547_200.0  # 2025-12-01 00:00 UTC
    step = 0.0123  # about 7 million lines over a day
    written = lines = 0
    batch = 10_000
    while written < size_bytes:
        picks = rng.choices(tails, k=batch)
        text = "".join([f"{ts + i * step:.3f} {tail}" for i, tail in enumerate(picks)])
        ts += batch * step
        out.write(text)
        written += len(text)
        lines += batch
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out", type=Path, nargs="?", help="file to write (default: a temporary file, then removed)"
    )
    parser.add_argument("--size-mb", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--gzip", action="store_true")
    args = parser.parse_args()
    if args.out is None:  # `python -m bench` runs every script: show what the generator writes, and how fast
        import tempfile
        import time

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "access.log"
            started = time.perf_counter()
            with path.open("w", encoding="ascii") as out:
                lines = generate(out, size_bytes=10_000_000, seed=args.seed)
            elapsed = time.perf_counter() - started
            print(f"{lines:,} lines, {path.stat().st_size / 1e6:.0f} MB in {elapsed:.1f} s; first lines:")
            with path.open(encoding="ascii") as handle:
                for _ in range(3):
                    print("  " + handle.readline().rstrip())
        return
    size = int(args.size_mb * 1_000_000)
    if args.gzip:
        with gzip.open(args.out, "wt", encoding="ascii", compresslevel=1) as out:
            lines = generate(out, size_bytes=size, seed=args.seed)
    else:
        with args.out.open("w", encoding="ascii") as out:
            lines = generate(out, size_bytes=size, seed=args.seed)
    print(f"{lines} lines written to {args.out}")


if __name__ == "__main__":
    main()
