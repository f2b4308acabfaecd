"""The letters of a gas or a measure written as its formula, glued to its digit and a value after it
(« PaCO2 58 mmHg », « Paco2 : 41 », « PACO2 = 60 »): no name, though « Paco » is a first name.

A name takes no digit glued to it and no value after that digit; a login or a file name that does
(« jdupont2 ») is in lower case, which the name readers leave alone anyway.
"""

from __future__ import annotations

import re

from egide.detect.names.tokens import Token

# One digit glued to the word, then a value (after a colon, « = » or « à » at most).
_FORMULA_VALUE = re.compile(r"[0-9][ \t]*(?:[:=à][ \t]*)?[0-9]")


def measure_formula(t: Token) -> bool:
    """``t`` is the letters of a formula glued to its digit, a value after it (« PaCO2 58 mmHg »)."""
    return _FORMULA_VALUE.match(t.gap_after) is not None
