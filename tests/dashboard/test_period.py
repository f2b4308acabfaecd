"""Periods: local days of the establishment, by day or week; bounds in UTC across the clock change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from egide.dashboard.period import MAX_DAILY_DAYS, Granularity, Period, period_of, zone_of
from egide.errors import InputError

PARIS = zone_of("Europe/Paris")


def test_default_is_the_last_four_weeks_by_day() -> None:
    period = period_of(today=date(2026, 10, 10))
    assert (period.start, period.end, period.granularity) == (
        date(2026, 9, 13),
        date(2026, 10, 10),
        Granularity.DAY,
    )
    assert period.days == 28
    assert period.describe() == "du 13/09/2026 au 10/10/2026, par jour"


def test_bounds_are_local_midnights_in_utc_across_the_change_to_winter_time() -> None:
    # 25 October 2026: Paris goes from UTC+2 to UTC+1.
    period = Period(date(2026, 10, 24), date(2026, 10, 25), PARIS)
    assert period.utc_bounds() == (
        datetime(2026, 10, 23, 22, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 23, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("utc", "local_day"),
    [
        (datetime(2026, 10, 5, 21, tzinfo=UTC), date(2026, 10, 5)),  # 23:00 in Paris
        (datetime(2026, 10, 5, 22, tzinfo=UTC), date(2026, 10, 6)),  # 00:00 in Paris (summer time)
        (datetime(2026, 12, 5, 22, tzinfo=UTC), date(2026, 12, 5)),  # 23:00 in Paris (winter time)
        (datetime(2026, 12, 5, 23, tzinfo=UTC), date(2026, 12, 6)),
    ],
)
def test_an_hour_in_utc_falls_on_its_local_day(utc: datetime, local_day: date) -> None:
    assert Period(date(2026, 10, 1), date(2026, 12, 31), PARIS, Granularity.WEEK).day_of(utc) == local_day


def test_weeks_start_on_monday_and_every_bucket_is_listed() -> None:
    period = period_of(today=date(2026, 10, 10), start="2026-09-02", end="2026-10-10", granularity="semaine")
    buckets = period.buckets()
    # 2 September 2026 is a Wednesday: its week starts on Monday 31 August.
    assert buckets[0] == date(2026, 8, 31) and buckets[-1] == date(2026, 10, 5)
    assert len(buckets) == 6 and all(b.weekday() == 0 for b in buckets)
    assert period.bucket(date(2026, 10, 10)) == date(2026, 10, 5)
    assert period.label(date(2026, 10, 5)) == "sem. 05/10"
    days = period_of(today=date(2026, 10, 10), start="2026-10-08", end="2026-10-10")
    assert days.buckets() == [date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10)]
    assert days.label(date(2026, 10, 8)) == "08/10"


def test_a_long_period_is_shown_by_week_unless_asked_otherwise() -> None:
    assert period_of(today=date(2026, 10, 10), start="2026-01-01").granularity is Granularity.WEEK
    with pytest.raises(InputError, match="par jour") as error:
        period_of(today=date(2026, 10, 10), start="2026-01-01", granularity="jour")
    assert error.value.param == "par"
    assert period_of(today=date(2026, 10, 10), start="2026-07-01", end=None).days == MAX_DAILY_DAYS + 10
    assert period_of(today=date(2026, 10, 10), start="2026-07-11").granularity is Granularity.DAY  # 92 days
    assert period_of(today=date(2026, 10, 10), start="2026-07-10").granularity is Granularity.WEEK  # 93


@pytest.mark.parametrize(
    ("start", "end", "granularity", "param"),
    [
        ("05/10/2026", None, None, "debut"),
        (None, "2026-13-01", None, "fin"),
        ("2026-10-05", "2026-10-01", None, "fin"),
        ("2020-01-01", "2026-01-01", None, "debut"),
        (None, None, "mois", "par"),
        (None, "2026-10-11", None, "fin"),  # after today: the future has no counts yet
    ],
)
def test_bad_periods_are_refused_with_a_clear_message(
    start: str | None, end: str | None, granularity: str | None, param: str
) -> None:
    with pytest.raises(InputError) as error:
        period_of(today=date(2026, 10, 10), start=start, end=end, granularity=granularity)
    assert error.value.param == param


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(InputError, match="fuseau"):
        period_of(today=date(2026, 10, 10), zone="Europe/Atlantis")
