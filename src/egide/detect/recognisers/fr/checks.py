"""Checksums of French and international identifiers (python-stdnum where it has them)."""

from __future__ import annotations

from stdnum import luhn as _luhn
from stdnum.fr import nir as _nir


def luhn_ok(digits: str) -> bool:
    """Luhn (mod 10) key, used by RPPS, FINESS, SIREN/SIRET and bank cards."""
    return digits.isdigit() and _luhn.is_valid(digits)


def nir_key(first13: str) -> int:
    """The NIR key: 97 − (13 first digits mod 97), Corsica 2A read as 19 and 2B as 18."""
    return int(_nir.calc_check_digits(first13.upper() + "00"))


def nir_ok(compact: str) -> bool:
    """A 15-character NIR whose key matches its 13 first characters."""
    return _nir.is_valid(compact)


def finess_ok(compact: str) -> bool:
    """FINESS: Luhn over 9 digits.

    For Corsica (2A/2B) sources disagree on how the letters enter the key, so both readings
    (« 20 », and the NIR's 19/18) are accepted: a wrong guess would only lower a score.
    """
    value = compact.upper()
    if value[:2] in ("2A", "2B"):
        nir_style = "19" if value[1] == "A" else "18"
        return luhn_ok("20" + value[2:]) or luhn_ok(nir_style + value[2:])
    return luhn_ok(value)


def siret_ok(digits: str) -> bool:
    """SIREN (9) or SIRET (14): Luhn, except La Poste's establishments (sum of digits mod 5)."""
    if len(digits) == 14 and digits.startswith("356000000"):
        return digits.isdigit() and sum(int(d) for d in digits) % 5 == 0
    return luhn_ok(digits)
