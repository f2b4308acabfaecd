"""The views of a discovery result: by destination, by service, by day, by user, and the totals.

Every view is computed from the usage rows (day × destination × service × user), whether they come
from a scan just run or from the database, so the command line and the console show the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from egide.shadow.aggregate import Usage
from egide.shadow.classify import Destination, Kind

#: Display order: what needs action first.
KIND_ORDER = (Kind.UNAPPROVED, Kind.SUSPICIOUS, Kind.EMBEDDED, Kind.APPROVED)
KIND_LABELS = {
    Kind.UNAPPROVED: "IA connue, non approuvée",
    Kind.SUSPICIOUS: "IA suspectée (hors catalogue)",
    Kind.EMBEDDED: "service généraliste avec IA",
    Kind.APPROVED: "outil approuvé",
}


def _add(total: int | None, value: int | None) -> int | None:
    if value is None:
        return total
    return value if total is None else total + value


@dataclass
class _Tally:
    requests: int = 0
    blocked: int = 0
    sent: int | None = None
    received: int | None = None
    users: set[str] = field(default_factory=set)
    services: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    kinds: dict[Kind, int] = field(default_factory=dict)
    first: datetime | None = None
    last: datetime | None = None

    def add(self, row: Usage) -> None:
        self.requests += row.requests
        self.blocked += row.blocked
        self.sent = _add(self.sent, row.sent)
        self.received = _add(self.received, row.received)
        self.users.add(row.user)
        self.services.add(row.service)
        self.hosts.add(row.destination.host)
        self.days.add(row.day)
        kind = row.destination.kind
        self.kinds[kind] = self.kinds.get(kind, 0) + row.requests
        self.first = row.first_seen if self.first is None else min(self.first, row.first_seen)
        self.last = row.last_seen if self.last is None else max(self.last, row.last_seen)


@dataclass(frozen=True)
class DestinationView:
    destination: Destination
    requests: int
    blocked: int
    sent: int | None
    received: int | None
    users: int
    services: int
    days: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class ServiceView:
    service: str
    requests: int
    sent: int | None
    users: int
    destinations: int
    by_kind: dict[Kind, int]
    first_seen: datetime


@dataclass(frozen=True)
class DayView:
    day: date
    requests: int
    sent: int | None
    users: int
    by_kind: dict[Kind, int]


@dataclass(frozen=True)
class UserView:
    user: str
    services: tuple[str, ...]
    requests: int
    sent: int | None
    destinations: int
    by_kind: dict[Kind, int]


@dataclass(frozen=True)
class KindTotal:
    kind: Kind
    requests: int
    sent: int | None
    destinations: int
    users: int


@dataclass(frozen=True)
class Views:
    destinations: list[DestinationView]
    services: list[ServiceView]
    days: list[DayView]
    users: list[UserView]
    kinds: list[KindTotal]


def _risk(sent: int | None, requests: int) -> tuple[int, int]:
    return (-(sent or 0), -requests)


K = TypeVar("K")


def _tally(table: dict[K, _Tally], key: K) -> _Tally:
    found = table.get(key)
    if found is None:
        found = table[key] = _Tally()
    return found


def build(rows: Iterable[Usage]) -> Views:
    by_host: dict[str, _Tally] = {}
    destinations: dict[str, Destination] = {}
    by_service: dict[str, _Tally] = {}
    by_day: dict[date, _Tally] = {}
    by_user: dict[str, _Tally] = {}
    by_kind: dict[Kind, _Tally] = {}
    for row in rows:
        destinations[row.destination.host] = row.destination
        _tally(by_host, row.destination.host).add(row)
        _tally(by_service, row.service).add(row)
        _tally(by_day, row.day).add(row)
        _tally(by_user, row.user).add(row)
        _tally(by_kind, row.destination.kind).add(row)
    hosts = [
        DestinationView(
            destinations[host],
            t.requests,
            t.blocked,
            t.sent,
            t.received,
            len(t.users),
            len(t.services),
            len(t.days),
            t.first or datetime.min,
            t.last or datetime.min,
        )
        for host, t in by_host.items()
    ]
    hosts.sort(
        key=lambda v: (KIND_ORDER.index(v.destination.kind), *_risk(v.sent, v.requests), v.destination.host)
    )
    services = [
        ServiceView(
            name, t.requests, t.sent, len(t.users), len(t.hosts), dict(t.kinds), t.first or datetime.min
        )
        for name, t in by_service.items()
    ]
    services.sort(key=lambda v: (-v.requests, v.service))
    days = [
        DayView(day, t.requests, t.sent, len(t.users), dict(t.kinds)) for day, t in sorted(by_day.items())
    ]
    users = [
        UserView(user, tuple(sorted(t.services)), t.requests, t.sent, len(t.hosts), dict(t.kinds))
        for user, t in by_user.items()
    ]
    users.sort(key=lambda v: (*_risk(v.sent, v.requests), v.user))
    kinds = [
        KindTotal(kind, t.requests, t.sent, len(t.hosts), len(t.users))
        for kind in KIND_ORDER
        if (t := by_kind.get(kind)) is not None
    ]
    return Views(hosts, services, days, users, kinds)


def human_bytes(value: int | None) -> str:
    if value is None:
        return "n.c."  # non communiqué: the log format records no upload size
    size = float(value)
    for unit in ("o", "ko", "Mo", "Go", "To"):
        if size < 1000 or unit == "To":
            return f"{size:.0f} {unit}" if unit == "o" else f"{size:.1f} {unit}".replace(".", ",")
        size /= 1000
    return f"{value} o"


def top(items: Sequence[DestinationView], kind: Kind, count: int = 5) -> list[DestinationView]:
    return [item for item in items if item.destination.kind is kind][:count]
