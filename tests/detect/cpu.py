"""The CPU time of the calling thread alone, for the tests that check time grows linearly.

Those tests bound the cost per character generously, so that a slow machine passes and a quadratic
pattern fails; what they must not count is work that is not the code under test. ``process_time``
counts every thread of the process (the full suite leaves servers and writers behind), and a
collection of the suite's whole heap can land inside the timed call (a run of the full suite once
took 2.25 s where the same call alone takes 0.1 s). So: no collection while timing (what the call
leaves is collected afterwards), the calling thread's time only, best of two unless the first run is
already under ``enough``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_seconds(call: Callable[[], object], runs: int = 2, enough: float = 0.0) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.disable()
        try:
            start = time.thread_time()
            call()
            best = min(best, time.thread_time() - start)
        finally:
            gc.enable()
        if best < enough:
            break
    return best
