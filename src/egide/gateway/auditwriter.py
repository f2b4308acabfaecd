"""Writes the events that follow an answer (the model's result) off the request path, in batches.

Events that must exist before anything leaves (the request and the policy decision) are written
synchronously by the gateway; the result of the model call is known only once the answer has been
sent, so one writer thread takes these from a queue and appends whatever has accumulated in one
transaction (one wait for the chain's lock instead of one per request). Shutting the app down
drains the queue.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from egide.audit.events import AuditEvent

log = logging.getLogger("egide.gateway")
_STOP = object()
_BATCH = 200


class AuditWriter:
    def __init__(self, append: Callable[..., None]) -> None:
        self._append = append
        self._queue: queue.Queue[object] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="egide-audit-writer", daemon=True)
        self._thread.start()

    def submit(self, event: AuditEvent) -> None:
        self._queue.put(event)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[AuditEvent] = []
            item = self._queue.get()
            while True:
                if item is _STOP:
                    stopping = True
                elif isinstance(item, AuditEvent):
                    batch.append(item)
                if len(batch) >= _BATCH:
                    break
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
            if batch:
                try:
                    self._append(*batch)
                except Exception as exc:  # the chain stays valid; the loss is logged, never the events' data
                    log.error(
                        "audit write failed",
                        extra={"error_type": type(exc).__name__, "counts": {"events": len(batch)}},
                    )
