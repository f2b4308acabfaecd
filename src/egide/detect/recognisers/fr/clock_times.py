"""Times of day written with « h », alone or in ranges: « 7h30-19h », « 08h00-12h00-14h00-18h00 ».

Opening hours, shifts and schedules chain times with dashes; the digits of such a range add up to
five or more, which the fail-closed rule on unexplained codes (:mod:`unexplained`) would mask as an
identifier. A time of day identifies nobody: each part is an hour from 0 to 24, optionally its
minutes from 00 to 59, glued to « h » or « H ».
"""

from __future__ import annotations

import re

# An hour and its optional minutes; two parts or more joined by dashes.
_TIME = r"(?:[01]?[0-9]|2[0-4])[hH](?:[0-5][0-9])?"
_TIME_RANGE = re.compile(rf"{_TIME}(?:-{_TIME})+")


def is_time_range(value: str) -> bool:
    """``value`` is a range of times of day (« 7h30-19h », « 14h-14h30 », « 8H-18H30 »)."""
    return "h" in value.lower() and _TIME_RANGE.fullmatch(value) is not None
