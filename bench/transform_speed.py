"""Speed and fidelity of pseudonymisation and restoration, on the synthetic clinical corpus.

    python -m bench.transform_speed [--docs 400] [--chunk 4]

The gold spans of the corpus stand in for the detector's findings, so this measures ``transform``
alone: ``apply`` (pseudonymise a document), ``restore`` (the whole masked document read back as if
the model had echoed it), and stream restoration fed in chunks of ``--chunk`` characters (about
one token), with the latency of one ``feed`` and the longest suffix ever held back. Each document
is its own scope. It also reports how many documents come back exactly (restore ∘ apply = identity)
and, where Presidio's anonymizer is installed, its ``replace`` operator on the same spans as an
anchor (Presidio has no stream restoration).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from bench.support.table import render
from egide.detect.finding import Finding
from egide.transform import Pseudonymiser

CORPUS = Path(__file__).parent / "out" / "clinical.jsonl"
SECRET = b"bench-secret-0123456789abcdef0123456789"


def _load(n: int) -> list[tuple[str, list[Finding]]]:
    if CORPUS.exists():
        records: list[dict[str, Any]] = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    else:
        from bench.corpus.generate import clinical_records

        records = list(clinical_records(n))
    docs = []
    for r in records[:n]:
        findings = [Finding(e["start"], e["end"], e["label"], 1.0, "gold") for e in r["entities"]]
        docs.append((r["text"], sorted(findings)))
    return docs


def _run(operator: str, docs: list[tuple[str, list[Finding]]], chunk: int) -> list[str]:
    chars = sum(len(t) for t, _ in docs)
    apply_s = restore_s = stream_s = 0.0
    feed_us: list[float] = []
    per_doc: list[float] = []  # apply + restore of one document, as the gateway does per request
    exact = 0
    max_held = 0
    for i, (text, findings) in enumerate(docs):
        p = Pseudonymiser(operator, secret=SECRET, scope=f"doc-{i}")
        t0 = time.perf_counter()
        masked = p.apply(text, findings)
        t1 = time.perf_counter()
        restored = p.restore(masked)
        t2 = time.perf_counter()
        r = p.stream_restorer()
        out = []
        for j in range(0, len(masked), chunk):
            f0 = time.perf_counter()
            out.append(r.feed(masked[j : j + chunk]))
            feed_us.append((time.perf_counter() - f0) * 1e6)
            max_held = max(max_held, len(r.held))
        out.append(r.flush())
        t3 = time.perf_counter()
        per_doc.append((t2 - t0) * 1000)
        apply_s += t1 - t0
        restore_s += t2 - t1
        stream_s += t3 - t2
        exact += restored == text
        if "".join(out) != restored:
            raise SystemExit(f"stream and whole restoration differ on document {i} ({operator})")
    feed_us.sort()
    per_doc.sort()
    return [
        operator,
        f"{chars / apply_s:,.0f}",
        f"{chars / restore_s:,.0f}",
        f"{chars / stream_s:,.0f}",
        f"{statistics.median(feed_us):.0f} / {feed_us[int(0.99 * (len(feed_us) - 1))]:.0f}",
        str(max_held),
        f"{statistics.median(per_doc):.2f} / {per_doc[int(0.99 * (len(per_doc) - 1))]:.2f}",
        f"{exact}/{len(docs)}",
    ]


def _prompts(docs: list[tuple[str, list[Finding]]], size: int = 2000) -> list[tuple[str, list[Finding]]]:
    """Documents glued together into prompts of about ``size`` characters, findings shifted."""
    prompts: list[tuple[str, list[Finding]]] = []
    text, findings = "", []
    for doc, found in docs:
        offset = len(text) + (1 if text else 0)
        text = f"{text}\n{doc}" if text else doc
        findings += [f.shifted(f.start + offset, f.end + offset) for f in found]
        if len(text) >= size:
            prompts.append((text, findings))
            text, findings = "", []
    return prompts


def _prompt_latency(operator: str, prompts: list[tuple[str, list[Finding]]]) -> str:
    """Apply + restore of one prompt, as the gateway does for one request: median / p99 in ms."""
    times = []
    for i, (text, findings) in enumerate(prompts):  # warm-up: patterns compiled, lists and caches loaded
        p = Pseudonymiser(operator, secret=SECRET, scope=f"warm-up-{i}")
        p.restore(p.apply(text, findings))
    for i, (text, findings) in enumerate(prompts):
        t0 = time.perf_counter()
        p = Pseudonymiser(operator, secret=SECRET, scope=f"prompt-{i}")
        p.restore(p.apply(text, findings))
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return f"{statistics.median(times):.2f} / {times[int(0.99 * (len(times) - 1))]:.2f}"


def _presidio(docs: list[tuple[str, list[Finding]]]) -> list[str] | None:
    try:
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
    except ImportError:
        return None
    engine = AnonymizerEngine()
    chars = sum(len(t) for t, _ in docs)
    t0 = time.perf_counter()
    for text, findings in docs:
        results = [RecognizerResult(f.label, f.start, f.end, f.score) for f in findings]
        engine.anonymize(text, results, {"DEFAULT": OperatorConfig("replace")})
    elapsed = time.perf_counter() - t0
    return ["presidio replace (anchor)", f"{chars / elapsed:,.0f}", "—", "—", "—", "—", "—", "—"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--chunk", type=int, default=4, help="characters per streamed chunk")
    args = parser.parse_args(argv)
    docs = _load(args.docs)
    chars = sum(len(t) for t, _ in docs)
    spans = sum(len(f) for _, f in docs)
    median_len = sorted(len(t) for t, _ in docs)[len(docs) // 2]
    print(
        f"{len(docs)} documents (median {median_len} characters), {chars:,} characters, {spans:,} spans; "
        f"streamed in chunks of {args.chunk} characters; « doc ms » = apply + restore of one document"
    )
    rows = [_run(op, docs, args.chunk) for op in ("placeholder", "surrogate", "date_shift")]
    anchor = _presidio(docs)
    if anchor is not None:
        rows.append(anchor)
    headers = ["operator", "apply chars/s", "restore chars/s", "stream chars/s", "feed µs med/p99", "max held",
               "doc ms med/p99", "exact round trip"]  # fmt: skip
    print(render(headers, rows))
    prompts = _prompts(docs)
    median_prompt = sorted(len(t) for t, _ in prompts)[len(prompts) // 2]
    print(
        f"\n{len(prompts)} prompts of about 2,000 characters (median {median_prompt}): apply + restore, ms median / p99"
    )
    print(
        render(
            ["operator", "ms med / p99"],
            [[op, _prompt_latency(op, prompts)] for op in ("placeholder", "surrogate")],
        )
    )


if __name__ == "__main__":
    main()
