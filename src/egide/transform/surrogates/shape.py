"""Shape-preserving surrogates for identifiers: same length, same separators, same checksum family."""

from __future__ import annotations

import string

from stdnum import iban as std_iban
from stdnum import luhn

from egide.transform.keyed import KeyedRandom


def same_shape(value: str, rng: KeyedRandom, keep_first: bool = True) -> str:
    """Each digit becomes a digit, each letter a letter of the same case; separators stay.

    The first character is kept for identifiers of six or more characters: site formats often fix
    it (an IPP « 9xxxxxxx », an RPPS « 1xxxxxxxxxx ») and it says nothing about the person.
    """
    alnum = sum(ch.isalnum() for ch in value)
    keep = keep_first and alnum >= 6
    out = []
    seen_alnum = False
    for ch in value:
        if not ch.isalnum():
            out.append(ch)
            continue
        if keep and not seen_alnum:
            out.append(ch)
        elif ch.isdigit():
            out.append(rng.digit())
        elif ch.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(rng.choice(string.ascii_lowercase))
        seen_alnum = True
    return "".join(out)


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def fill_digits(layout: str, digits: str) -> str:
    """Write ``digits`` into the digit positions of ``layout`` (separators and letters stay)."""
    it = iter(digits)
    return "".join(next(it) if ch.isdigit() else ch for ch in layout)


def with_luhn(value: str, rng: KeyedRandom) -> str:
    """Same shape; when the original's digits pass Luhn, the surrogate's do too."""
    candidate = same_shape(value, rng)
    digits = digits_of(value)
    if len(digits) >= 8 and len(digits) == sum(ch.isalnum() for ch in value) and luhn.is_valid(digits):
        new = digits_of(candidate)
        new = new[:-1] + luhn.calc_check_digit(new[:-1])
        candidate = fill_digits(candidate, new)
    return candidate


def iban(value: str, rng: KeyedRandom) -> str:
    """Same country and length, valid check digits (ISO 13616 mod 97)."""
    compact = "".join(ch for ch in value if ch.isalnum()).upper()
    if len(compact) < 5 or not compact[:2].isalpha():
        return same_shape(value, rng)
    body = same_shape(compact[4:], rng, keep_first=False)
    check = std_iban.calc_check_digits(compact[:2] + "00" + body)
    new = compact[:2] + check + body
    it = iter(new)
    return "".join(next(it) if ch.isalnum() else ch for ch in value)
