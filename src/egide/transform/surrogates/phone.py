"""Phone surrogates that parse: French numbers from the ARCEP ranges reserved for fiction.

ARCEP sets aside « 01 99 00 », « 02 61 91 », « 03 53 01 », « 04 65 71 », « 05 36 49 » and
« 09 99 00 » followed by four digits for films and books; mobiles have no reserved range that the
numbering plan data accepts, so a mobile becomes a keyed mobile number checked with ``phonenumbers``.
The layout of the original (« +33 (0)6 12 … », « 06.12.… ») is kept.
"""

from __future__ import annotations

import re

import phonenumbers

from egide.transform.keyed import KeyedRandom
from egide.transform.surrogates.shape import digits_of, fill_digits, same_shape

FICTION = {"1": "19900", "2": "26191", "3": "35301", "4": "46571", "5": "53649", "9": "99900"}


def _national_number(value: str) -> str | None:
    try:
        parsed = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return None
    if parsed.country_code != 33:
        return None
    nsn = phonenumbers.national_significant_number(parsed)
    return nsn if len(nsn) == 9 else None


# The label word an internal extension is masked with (« poste 4127 », « bip 3312 », « DECT 5678 », « tél.
# int. 23 45 »: the detector masks the word with the number, ``recognisers/fr/extension.py``): it stays as
# written, only the number is replaced, so that a surrogate reads « poste 8852 », not a word made up.
_EXTENSION_LABEL = re.compile(
    r"(?i:poste|bipper|bip|dect|ext\.|t[ée]l\.?\s*int(?:erne)?\.?|ligne\s+interne)[\s:.°n]{0,5}(?=[\dOoIlSBZ])"
)


def phone(value: str, rng: KeyedRandom) -> str:
    label = _EXTENSION_LABEL.match(value)
    if label is not None and label.end() < len(value):
        return value[: label.end()] + phone(value[label.end() :], rng)
    nsn = _national_number(value)
    digits = digits_of(value)
    if nsn is None or not digits.endswith(nsn):
        return same_shape(value, rng, keep_first=False)
    first = nsn[0]
    if first in FICTION:
        new = FICTION[first] + f"{rng.below(10_000):04d}"
    else:
        new = ""
        for _ in range(100):
            lead = first if first in "67" else rng.choice("67")
            new = lead + "".join(rng.digit() for _ in range(8))
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + new, "FR")):
                break
    return fill_digits(value, digits[: len(digits) - 9] + new)
