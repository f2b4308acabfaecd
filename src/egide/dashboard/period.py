"""The period a dashboard covers: local days of the establishment, counted by day or by week.

Days are the establishment's (``Europe/Paris`` by default, the shadow-AI setting's zone): a request
at 00:30 in Paris on 6 October counts on the 6th although it is still the 5th in UTC. The trail is
grouped by UTC hour in SQL (the same on SQLite and PostgreSQL) and each hour is then given its local
day here, which is exact for every zone whose offset is a whole number of hours (all of metropolitan
France and nearly all of its overseas territories; the Marquesas, at −9:30, would be half an hour off).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from egide.errors import InputError

#: Longest period shown, in days: enough for two years side by side, bounded so that a mistyped year
#: cannot ask for a scan of centuries.
MAX_DAYS = 1100
#: Longest period still shown day by day; beyond, by week (a chart of hundreds of columns is unreadable).
MAX_DAILY_DAYS = 92
#: The default period: the last four weeks.
DEFAULT_DAYS = 28


class Granularity(StrEnum):
    DAY = "jour"
    WEEK = "semaine"


@lru_cache(maxsize=32)
def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"fuseau horaire inconnu : {name[:60]}", param="timezone") from None


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end`` (local days, both included), shown by ``granularity``."""

    start: date
    end: date
    zone: ZoneInfo
    granularity: Granularity = Granularity.DAY
    _days: dict[datetime, date] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InputError("la période se termine avant de commencer", param="fin")
        if self.days > MAX_DAYS:
            raise InputError(f"période trop longue (au plus {MAX_DAYS} jours)", param="debut")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The first instant of ``start`` and the first instant after ``end``, in UTC."""
        first = datetime.combine(self.start, time(0), self.zone).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(0), self.zone).astimezone(UTC)
        return first, after

    def day_of(self, utc_hour: datetime) -> date:
        """The local day of an hour given in UTC (aware)."""
        day = self._days.get(utc_hour)
        if day is None:
            day = self._days[utc_hour] = utc_hour.astimezone(self.zone).date()
        return day

    def bucket(self, day: date) -> date:
        """The day itself, or the Monday of its week."""
        if self.granularity is Granularity.WEEK:
            return day - timedelta(days=day.weekday())
        return day

    def buckets(self) -> list[date]:
        """Every bucket of the period in order, empty ones included (a day without requests is a 0)."""
        step = timedelta(days=7 if self.granularity is Granularity.WEEK else 1)
        found, current = [], self.bucket(self.start)
        while current <= self.end:
            found.append(current)
            current += step
        return found

    def label(self, bucket: date) -> str:
        """« 05/10 » for a day, « sem. 05/10 » for the week starting that Monday."""
        text = f"{bucket:%d/%m}"
        return f"sem. {text}" if self.granularity is Granularity.WEEK else text

    def describe(self) -> str:
        """« du 08/09/2026 au 05/10/2026, par jour »."""
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}, par {self.granularity.value}"


def _parse_day(value: str, param: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError("date attendue au format AAAA-MM-JJ", param=param) from None


def period_of(
    *,
    today: date,
    zone: str = "Europe/Paris",
    start: str | None = None,
    end: str | None = None,
    granularity: str | None = None,
) -> Period:
    """The period asked for (dates as ``AAAA-MM-JJ``, empty meaning the default), checked.

    Without dates: the last :data:`DEFAULT_DAYS` days up to ``today``. Without a granularity: by day
    up to :data:`MAX_DAILY_DAYS` days, by week beyond; by day is refused beyond that length.
    """
    last = _parse_day(end, "fin") if end and end.strip() else today
    if last > today:
        raise InputError("la période ne peut pas finir après aujourd'hui", param="fin")
    first = _parse_day(start, "debut") if start and start.strip() else last - timedelta(days=DEFAULT_DAYS - 1)
    span = (last - first).days + 1
    if granularity is None or not granularity.strip():
        grain = Granularity.DAY if span <= MAX_DAILY_DAYS else Granularity.WEEK
    else:
        try:
            grain = Granularity(granularity.strip())
        except ValueError:
            raise InputError("découpage attendu : « jour » ou « semaine »", param="par") from None
        if grain is Granularity.DAY and span > MAX_DAILY_DAYS:
            raise InputError(
                f"par jour, la période est limitée à {MAX_DAILY_DAYS} jours : choisissez « semaine »",
                param="par",
            )
    return Period(first, last, zone_of(zone), grain)
