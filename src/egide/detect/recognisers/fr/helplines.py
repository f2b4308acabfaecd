"""The national helplines a note tells a patient to call: ARCEP's four-digit short numbers of health
and social services (suicide prevention 3114, violence against women 3919, abuse of the elderly and
disabled 3977, harassment at school 3020 and online 3018, on-call doctors 3624 and 3966, on-call
pharmacies 3237, tobacco 3989, health insurance 3646, public services 3939, family allowances 3230).

Public numbers that name nobody: « appeler le 3114 si idées noires » keeps them readable, where a
verb of calling before four digits otherwise makes an internal extension, and « le » before four
digits a date that lost its separators (« le 3114 » as 3/11/14).
"""

from __future__ import annotations

HELPLINES = frozenset(
    {"3114", "3919", "3977", "3020", "3018", "3624", "3237", "3966", "3989", "3646", "3939", "3230"}
)
#: The same as a regular-expression branch, ending at a word boundary.
HELPLINE_PATTERN = "(?:" + "|".join(sorted(HELPLINES)) + r")\b"
