"""The engine's instructions on the speed benchmark's 20 prompts, counted by callgrind: a measure of
its cost that the host's load does not move (run to run about 0.05 %), for telling whether a change
made it cheaper when seconds cannot be read on a busy machine.

The detector is built and warmed up (five prompts, as ``bench/engine_speed.py`` does, then the
collector's freeze) outside the count; the 20 prompts are detected inside ``sys.call_tracing``, the one
function callgrind is told to count (nothing in the engine calls it):

    env PYTHONHASHSEED=0 PYTHONPATH=$PWD/src:$PWD valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=_PyEval_CallTracing --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python scripts/callgrind_prompts.py

« Collected » (or the ``totals:`` line of the output file) divided by 20 is the count per prompt;
``callgrind_annotate /tmp/cg.out`` tells what in C takes it (regular expressions: about 40 %). A run
takes some minutes on a quiet 2-core host, more under load: copy ``src`` and ``bench`` aside first
when the tree will change meanwhile, and point PYTHONPATH there.
"""

from __future__ import annotations

import sys

from bench.engine_speed import _prompts

from egide.detect import Detector
from egide.detect.resident import keep_resident
from egide.settings import load_settings


def main() -> None:
    prompts = _prompts(20)
    config = load_settings().detect
    detector = Detector(config.model_copy(update={"timeout_ms": 600_000}))
    for prompt in prompts[:5]:
        detector.detect(prompt)
    keep_resident()

    def run() -> None:
        for prompt in prompts:
            detector.detect(prompt)

    sys.call_tracing(run, ())


if __name__ == "__main__":
    main()
