"""Writes the events that follow an answer (the model's result) off the request path, in batches.

Events that must exist before anything leaves (the request and the policy decision) are written
synchronously by the gateway, in a transaction that commits before the request is forwarded: a
crash can never let a request leave without its trace. The result of the model call is known only
once the answer has been sent; it waits here a short while (``linger_s``) so that the next
request's synchronous transaction carries it along (:meth:`take`), or so that several accumulate
into one transaction, instead of costing a transaction of its own on every request. A crash may
lose the results still waiting, exactly as it could lose an answer still being sent; their request
and decision are already recorded. Shutting the app down drains what waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from egide.audit.events import AuditEvent

log = logging.getLogger("egide.gateway")


class AuditWriter:
    def __init__(self, append: Callable[[Sequence[AuditEvent]], None], linger_s: float = 0.05) -> None:
        self._append = append
        self._linger_s = linger_s
        self._pending: list[AuditEvent] = []
        self._ready = threading.Condition()
        self._stop = threading.Event()
        # Started by the first event, not here: a service built and never used (a check, a test, a
        # command that only reads its settings) leaves no idle thread behind.
        self._thread: threading.Thread | None = None

    def submit(self, event: AuditEvent) -> None:
        with self._ready:
            self._pending.append(event)
            self._start()
            self._ready.notify()

    def _start(self) -> None:
        """Called with ``_ready`` held, so that two first events start one thread."""
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._run, name="egide-audit-writer", daemon=True)
            self._thread.start()

    def take(self) -> list[AuditEvent]:
        """Everything waiting, for a caller that writes it in its own transaction (in this order)."""
        with self._ready:
            taken, self._pending = self._pending, []
        return taken

    def give_back(self, events: Sequence[AuditEvent]) -> None:
        """Events taken by a caller whose transaction failed: written later, ahead of newer ones."""
        if events:
            with self._ready:
                self._pending[:0] = events
                self._start()
                self._ready.notify()

    def close(self, timeout: float = 30.0) -> None:
        """Write what is waiting, then stop."""
        with self._ready:
            self._stop.set()
            self._ready.notify()
            thread = self._thread
        if thread is not None:  # none started: nothing was ever submitted, so nothing waits
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._pending and not self._stop.is_set():
                    self._ready.wait()
                if not self._pending:
                    return  # stopping, nothing left
            self._stop.wait(self._linger_s)  # cut short on shutdown
            batch = self.take()
            if not batch:
                continue  # a request's transaction carried them
            self._write_batch(batch)

    def _write_batch(self, batch: list[AuditEvent]) -> None:
        try:
            self._append(batch)
        except Exception as exc:  # the chain stays valid; the loss is logged, never the events' data
            log.error(
                "audit write failed",
                extra={"error_type": type(exc).__name__, "counts": {"events": len(batch)}},
            )
