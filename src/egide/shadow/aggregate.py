"""Counting AI requests per day, destination and identity while the logs stream past.

Only requests to AI destinations are kept, as one counter cell per (day, host, identity): memory
grows with the variety of AI use, not with the size of the logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from egide.shadow.classify import Destination, Kind, Reason
from egide.shadow.directory import Directory
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.record import Record

ANONYMOUS = "(anonyme)"

# Cell layout (a list, for speed): requests, blocked, sent, requests with a known upload, received,
# requests with a known download, first seen, last seen.
_REQ, _BLK, _SENT, _SENT_N, _RECV, _RECV_N, _FIRST, _LAST = range(8)


@dataclass(frozen=True, slots=True)
class Usage:
    """Use of one destination, on one day, by one (pseudonymised) user of one service."""

    day: date
    destination: Destination
    service: str
    user: str  # pseudonym, or the identity once revealed
    requests: int
    blocked: int
    sent: int | None  # None: the log format records no upload size
    received: int | None
    first_seen: datetime
    last_seen: datetime


Key = tuple[date, str, str]  # day, host, identity
Cell = list[float]


class Aggregator:
    def __init__(self, zone: ZoneInfo, *, identify_by_ip: bool = True) -> None:
        self._zone = zone
        self._by_ip = identify_by_ip
        self._days: dict[int, date] = {}
        self.cells: dict[Key, Cell] = {}
        self.destinations: dict[str, Destination] = {}

    def day_of(self, ts: float) -> date:
        # A quarter of an hour is the finest offset step of any time zone: cache days per quarter.
        quarter = int(ts // 900)
        day = self._days.get(quarter)
        if day is None:
            day = datetime.fromtimestamp(quarter * 900, self._zone).date()
            self._days[quarter] = day
        return day

    def add(self, destination: Destination, record: Record) -> None:
        identity = record.user or (record.client if self._by_ip and record.client else ANONYMOUS)
        key = (self.day_of(record.ts), destination.host, identity)
        cell = self.cells.get(key)
        if cell is None:
            self.destinations[destination.host] = destination
            cell = [0, 0, 0, 0, 0, 0, record.ts, record.ts]
            self.cells[key] = cell
        cell[_REQ] += 1
        if record.blocked:
            cell[_BLK] += 1
        if record.sent is not None:
            cell[_SENT] += record.sent
            cell[_SENT_N] += 1
        if record.received is not None:
            cell[_RECV] += record.received
            cell[_RECV_N] += 1
        if record.ts < cell[_FIRST]:
            cell[_FIRST] = record.ts
        elif record.ts > cell[_LAST]:
            cell[_LAST] = record.ts

    def merge(self, cells: dict[Key, Cell], destinations: dict[str, Destination]) -> None:
        """Add the cells of another aggregator (a worker process's) to these."""
        self.destinations.update(destinations)
        for key, other in cells.items():
            cell = self.cells.get(key)
            if cell is None:
                self.cells[key] = other
                continue
            for index in (_REQ, _BLK, _SENT, _SENT_N, _RECV, _RECV_N):
                cell[index] += other[index]
            cell[_FIRST] = min(cell[_FIRST], other[_FIRST])
            cell[_LAST] = max(cell[_LAST], other[_LAST])

    def rows(
        self, *, directory: Directory, pseudonymiser: UserPseudonyms, upload_threshold: int
    ) -> tuple[list[Usage], dict[str, str]]:
        """The usage rows, and the pseudonym → identity table (kept sealed; never in a report)."""
        uploaded: dict[str, int] = {}
        for (_day, host, _who), cell in self.cells.items():
            uploaded[host] = uploaded.get(host, 0) + int(cell[_SENT])
        keep = {
            host
            for host, destination in self.destinations.items()
            if not (
                destination.kind is Kind.SUSPICIOUS
                and destination.reason is Reason.UPLOAD
                and uploaded.get(host, 0) < max(upload_threshold, 1)
            )
        }
        services: dict[str, str] = {}
        identities: dict[str, str] = {}
        rows: list[Usage] = []
        for (day, host, identity), cell in self.cells.items():
            if host not in keep:
                continue
            service = services.get(identity)
            if service is None:
                service = (
                    directory.service_of(identity) if identity != ANONYMOUS else directory.service_of("")
                )
                services[identity] = service
            pseudonym = pseudonymiser.pseudonym(identity)
            identities[pseudonym] = identity
            rows.append(
                Usage(
                    day=day,
                    destination=self.destinations[host],
                    service=service,
                    user=pseudonym,
                    requests=int(cell[_REQ]),
                    blocked=int(cell[_BLK]),
                    sent=int(cell[_SENT]) if cell[_SENT_N] else None,
                    received=int(cell[_RECV]) if cell[_RECV_N] else None,
                    first_seen=datetime.fromtimestamp(cell[_FIRST], UTC),
                    last_seen=datetime.fromtimestamp(cell[_LAST], UTC),
                )
            )
        rows.sort(key=lambda row: (row.day, row.destination.host, row.service, row.user))
        return rows, identities
