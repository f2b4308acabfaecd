"""Timestamps of the supported formats, turned into seconds since the epoch (UTC).

Parsing a full date on every line is the slowest part of a log parser; the formats that print
calendar dates are parsed once per hour of the log and the minutes and seconds are added.
"""

from __future__ import annotations

import calendar
from datetime import datetime
from zoneinfo import ZoneInfo

from egide.shadow.record import MalformedLine

MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}


def epoch(value: str) -> float:
    """``1286536309.186`` (Squid native); milliseconds are recognised by their size."""
    try:
        seconds = float(value)
    except ValueError:
        raise MalformedLine("horodatage invalide") from None
    if seconds > 100_000_000_000:  # milliseconds since the epoch (Zscaler `epochtime` in ms, etc.)
        seconds /= 1000.0
    return seconds


class ClfTime:
    """``10/Oct/2000:13:55:36 -0700`` (common log format, W3C ``localtime``)."""

    def __init__(self) -> None:
        self._hours: dict[str, float] = {}

    def __call__(self, value: str) -> float:
        # value[:14] is "10/Oct/2000:13", value[20:] the offset; cache the hour's epoch.
        if len(value) != 26 or value[2] != "/" or value[6] != "/" or value[11] != ":" or value[20] != " ":
            raise MalformedLine("horodatage invalide")
        key = value[:14] + value[20:]
        base = self._hours.get(key)
        if base is None:
            base = self._hour(value)
            if len(self._hours) > 100_000:  # bounded memory on years of logs
                self._hours.clear()
            self._hours[key] = base
        minutes, seconds = value[15:17], value[18:20]
        if not (minutes.isdigit() and seconds.isdigit()):
            raise MalformedLine("horodatage invalide")
        return base + int(minutes) * 60 + int(seconds)

    @staticmethod
    def _hour(value: str) -> float:
        try:
            day, month, year, hour = int(value[0:2]), MONTHS[value[3:6]], int(value[7:11]), int(value[12:14])
            sign = -1 if value[21] == "-" else 1
            if value[21] not in "+-":
                raise ValueError
            offset = sign * (int(value[22:24]) * 3600 + int(value[24:26]) * 60)
            return float(calendar.timegm((year, month, day, hour, 0, 0)) - offset)
        except (KeyError, ValueError, IndexError):
            raise MalformedLine("horodatage invalide") from None


class W3cTime:
    """``date`` and ``time`` fields of the W3C extended format, in UTC as the format specifies."""

    def __init__(self) -> None:
        self._days: dict[str, int] = {}

    def __call__(self, date: str, time: str) -> float:
        base = self._days.get(date)
        if base is None:
            try:
                base = calendar.timegm(datetime.strptime(date, "%Y-%m-%d").timetuple())
            except ValueError:
                raise MalformedLine("horodatage invalide") from None
            if len(self._days) > 100_000:
                self._days.clear()
            self._days[date] = base
        parts = time.split(":")
        if len(parts) != 3:
            raise MalformedLine("horodatage invalide")
        try:
            return base + int(parts[0]) * 3600 + int(parts[1]) * 60 + float(parts[2])
        except ValueError:
            raise MalformedLine("horodatage invalide") from None


_TEXT_FORMATS = (
    "%a %b %d %H:%M:%S %Y",  # Zscaler NSS %s{time}: "Mon Jun 20 15:29:11 2022"
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d/%b/%Y:%H:%M:%S %z",
)


class FlexibleTime:
    """Timestamps of CSV feeds, whose format each customer chooses.

    Tries epoch seconds or milliseconds, ISO 8601, then a few usual layouts, and remembers the first
    that works. Times without an offset are read in ``zone`` (the establishment's time zone).
    """

    def __init__(self, zone: ZoneInfo, layout: str | None = None) -> None:
        self._zone = zone
        self._layout = layout
        self._clf = ClfTime()

    def __call__(self, value: str) -> float:
        value = value.strip()
        if self._layout is not None:
            return self._with_layout(value, self._layout)
        if value.replace(".", "", 1).isdigit():
            return epoch(value)
        if len(value) == 26 and value[2] == "/" and value[6] == "/":
            return self._clf(value)
        try:
            return self._aware(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            pass
        for layout in _TEXT_FORMATS:
            try:
                result = self._with_layout(value, layout)
            except MalformedLine:
                continue
            self._layout = layout
            return result
        raise MalformedLine("horodatage invalide")

    def _with_layout(self, value: str, layout: str) -> float:
        try:
            return self._aware(datetime.strptime(value, layout))
        except ValueError:
            raise MalformedLine("horodatage invalide") from None

    def _aware(self, moment: datetime) -> float:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self._zone)
        return moment.timestamp()
