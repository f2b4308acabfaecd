"""Where one gateway request spends its CPU: ``egide serve`` sampled by py-spy while it answers.

Run: ``python -m bench.gateway_profile [--requests 400] [--stream]`` (needs ``pip install py-spy``,
a dev tool). Same set-up as ``bench.gateway_overhead`` (the fast local model server, a fresh SQLite
database, the 2,000-character note); py-spy samples only the thread holding the interpreter lock,
so the figures are CPU, not waiting, printed in milliseconds per request for the main stages.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import httpx

from bench.gateway_overhead import ROOT, body, first_token, free_port, prepare_egide, wait_ready

#: Frames whose inclusive share is printed, in the order of a request's life.
STAGES = {
    "uvicorn + Starlette + FastAPI (request in, response out)": "RequestResponseCycle.run_asgi",
    "  reading the body": "read_json_object",
    "  hop to the worker thread": "run_sync",
    "  prepare (in the worker thread)": "Gateway.prepare",
    "    authentication (cached key: no database)": "Gateway.authenticate",
    "    registry read": "resolve_route",
    "    detection": "Detector.detect_many",
    "    pseudonymisation": "Pseudonymiser.apply",
    "    audit: request + decision, committed before forwarding": "Gateway._append",
    "  aiohttp towards the model (non-streamed)": "UpstreamClient.post_json",
    "  aiohttp towards the model (stream opened)": "UpstreamClient.open_stream",
    "  stream events read, restored, written": "_restored",
    "  restoration (non-streamed)": "restore_completion",
    "  result event queued": "Gateway.finish",
    "audit writer thread (results not carried by a request)": "AuditWriter._run",
}
_FRAME = re.compile(r"^(.*?) \(")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--stream", action="store_true", help="streamed requests")
    parser.add_argument("--rate", type=int, default=500, help="py-spy samples per second")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(py_spy).exists():
        sys.exit("py-spy is needed: pip install py-spy")
    up, eg = free_port(), free_port()
    upstream = f"http://127.0.0.1:{up}/v1"
    url = f"http://127.0.0.1:{eg}/v1/chat/completions"
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "samples.txt"
        model = subprocess.Popen([sys.executable, "-m", "bench.gateway_upstream", str(up)], cwd=ROOT)
        env, key = prepare_egide(Path(tmp), upstream)
        egide_bin = str(Path(sys.executable).parent / "egide")
        spy = subprocess.Popen(
            [py_spy, "record", "-r", str(args.rate), "--gil", "--format", "raw", "-o", str(raw), "--",
             egide_bin, "serve", "--port", str(eg)],
            env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        detect: list[float] = []
        try:
            wait_ready(f"http://127.0.0.1:{up}/", model)
            wait_ready(f"http://127.0.0.1:{eg}/healthz", spy)
            headers = {"authorization": f"Bearer {key}"}
            with httpx.Client(timeout=60) as client:
                for _ in range(args.requests):
                    if args.stream:
                        first_token(client, url, headers)
                    else:
                        response = client.post(url, json=body(), headers=headers)
                        response.raise_for_status()
                        timing = response.headers.get("server-timing", "")
                        detect.extend(float(d) for d in re.findall(r"detect;dur=([\d.]+)", timing))
        finally:
            children = subprocess.run(["pgrep", "-P", str(spy.pid)], capture_output=True, text=True)
            for pid in children.stdout.split():
                os.kill(int(pid), signal.SIGINT)
            spy.wait(60)
            model.terminate()
            model.wait(10)
        inclusive: Counter[str] = Counter()
        for line in raw.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            names = {m.group(1) for f in stack.split(";") if (m := _FRAME.match(f))}
            for name in names:
                inclusive[name] += int(count)
    # py-spy does not keep its nominal rate on a loaded machine: when égide reported its detection
    # time, samples are scaled so that detection matches it; otherwise the nominal rate is used.
    per_request = 1000 / args.rate / args.requests
    anchor = "nominal sampling rate"
    if detect and inclusive["Detector.detect_many"]:
        per_request = statistics.median(detect) / inclusive["Detector.detect_many"]
        anchor = "scaled to égide's own detection median (Server-Timing)"
    kind = "streamed" if args.stream else "non-streamed"
    print(f"{args.requests} {kind} requests, CPU in ms per request (GIL holder; {anchor}):")
    for label, frame in STAGES.items():
        if inclusive[frame]:
            print(f"  {label:62}{inclusive[frame] * per_request:8.2f}")


if __name__ == "__main__":
    main()
