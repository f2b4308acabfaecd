"""Days with their month alone in a follow-up, a logbook and an e-mail header (issue #8, probe12's
families; every example invented).

- A day and month followed by a number that is not a year (« J8 3/7 10,4 ng/mL ») was read as a date
  with a year after a space, failed, and hid the day and month within; so was a day and month after a
  tab and another number (« 06 11 22 33 18\t11/03 »).
- A month after a graft or an operation (« M1 », « M3 ») dates its checkpoint as « J8 » does.
- A logbook opens each line on its day and month, then a colon (« 9/2 : pansement »): two such lines.
- An e-mail client writes its date in English with its weekday (« Friday, 6 March 2026 »).
Traps: a ratio on one line, scores listed, a fraction of a dose.
"""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ciclosporine : J8 3/7 10,4 ng/mL ; J15 10/7 8,8", ["3/7", "10/7"]),
        ("Dosages : J5 9/4 12,3 puis J12 16/4 10,1", ["9/4", "16/4"]),
        ("J10 12/3 6,5 ; M1 2/4 5,9 ; M3 30/5 5,1", ["12/3", "2/4", "30/5"]),
        ("3\tMartin\t06 11 22 33 18\t11/03\n", ["11/03"]),
    ],
)
def test_follow_up_days_with_their_month(text: str, expected: list[str]) -> None:
    assert [v for v in values(text, "DATE") if "/" in v] == expected


def test_logbook_lines_open_on_their_day_and_month() -> None:
    text = (
        "Cahier de transmissions\n"
        "9/2 : pansement refait, plaie propre.\n"
        "10/2 - refus du repas du soir, famille appelée.\n"
        "12/2 : visite du kiné.\n"
    )
    assert values(text, "DATE") == ["9/2", "10/2", "12/2"]


@pytest.mark.parametrize(
    "text",
    [
        "1/2 : dose réduite de moitié.",  # one line alone: a ratio
        "Posologie\n1/2 : matin\n1/4 : soir",  # fractions of a tablet
        "EVA : 4/10, 6/10, 8/10",
    ],
)
def test_ratios_and_doses_are_not_log_entries(text: str) -> None:
    assert values(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sent: Friday, 6 March 2026 08:14", ["Friday, 6 March 2026"]),
        ("Date: Tue, Feb 17, 2026 at 9:30 AM", ["Tue, Feb 17, 2026"]),
        ("Envoyé : Wednesday, September 30th, 2026", ["Wednesday, September 30th, 2026"]),
    ],
)
def test_an_english_date_with_its_weekday(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected
