"""The surrogate NIR encodes the year and month of the surrogate birth date, with a valid key (synthetic)."""

from __future__ import annotations

import pytest

from egide.transform import dates
from egide.transform.surrogates.nir import birth_month, nir_key_is_valid
from tests.transform.conftest import marked, pseudo

SCOPES = [f"conversation-{i}" for i in range(15)]


def _year_month(nir_text: str) -> tuple[int, int]:
    digits = [c for c in nir_text if c.isalnum()]
    return int("".join(digits[1:3])), int("".join(digits[3:5]))


def _shifted_birth(replacement: str) -> tuple[int, int]:
    parsed = dates.parse(replacement)
    assert parsed is not None and parsed.year is not None and parsed.month is not None
    return parsed.year % 100, parsed.month


@pytest.mark.parametrize(
    ("sentence", "birth", "number"),
    [
        ("Née le <DATE_NAISSANCE>03/02/1961</DATE_NAISSANCE>, NIR <NIR>2 61 02 76 123 456 78</NIR>.",
         "03/02/1961", "2 61 02 76 123 456 78"),
        # the NIR before the birth date
        ("NIR <NIR>161127612345621</NIR>, né le <DATE_NAISSANCE>30 décembre 1961</DATE_NAISSANCE>.",
         "30 décembre 1961", "161127612345621"),
        ("INS <NIR>1 99 01 76 123 456</NIR> ; DDN <DATE_NAISSANCE>1er janvier 1999</DATE_NAISSANCE>",
         "1er janvier 1999", "1 99 01 76 123 456"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("scope", SCOPES)
def test_nir_agrees_with_the_surrogate_birth_date(sentence: str, birth: str, number: str, scope: str) -> None:
    assert birth_month(number) is not None  # the table's NIR really encode that birth date
    p = pseudo("surrogate", scope)
    text, findings = marked(sentence)
    out = p.apply(text, findings)
    born = p.mapping.get("DATE_NAISSANCE", birth)
    surrogate = p.mapping.get("NIR", number)
    assert born is not None and surrogate is not None
    assert _year_month(surrogate.replacement) == _shifted_birth(born.replacement), out
    if sum(c.isdigit() for c in number) == 15:
        assert nir_key_is_valid(surrogate.replacement), surrogate.replacement
    assert p.restore(out) == text


@pytest.mark.parametrize("scope", SCOPES)
def test_nir_in_a_later_turn_agrees_with_the_birth_date_already_seen(scope: str) -> None:
    p = pseudo("surrogate", scope)
    text, findings = marked("DDN : <DATE_NAISSANCE>28/02/1975</DATE_NAISSANCE>")
    p.apply(text, findings)
    text, findings = marked("Numéro de sécurité sociale : <NIR>2 75 02 33 063 123 18</NIR>")
    p.apply(text, findings)
    born, surrogate = (
        p.mapping.get("DATE_NAISSANCE", "28/02/1975"),
        p.mapping.get("NIR", "2 75 02 33 063 123 18"),
    )
    assert born is not None and surrogate is not None
    assert _year_month(surrogate.replacement) == _shifted_birth(born.replacement)
    assert nir_key_is_valid(surrogate.replacement)


@pytest.mark.parametrize("scope", SCOPES)
def test_traps_a_birth_date_of_someone_else_or_an_unknown_month(scope: str) -> None:
    # The mother's NIR (1958) is not tied to the child's birth date (2019); month 20+ means unknown.
    p = pseudo("surrogate", scope)
    text, findings = marked(
        "Enfant né le <DATE_NAISSANCE>12/06/2019</DATE_NAISSANCE>, mère NIR <NIR>2 58 04 76 123 456 75</NIR>, "
        "père NIR <NIR>1 70 20 99 123 456 03</NIR>."
    )
    out = p.apply(text, findings)
    mother = p.mapping.get("NIR", "2 58 04 76 123 456 75")
    father = p.mapping.get("NIR", "1 70 20 99 123 456 03")
    assert mother is not None and father is not None
    year, month = _year_month(mother.replacement)
    assert 1 <= month <= 12 and abs(year - 58) <= 1  # moved by at most a year, like every date of the scope
    assert birth_month(father.replacement) is not None and father.replacement[0] == "1"
    assert nir_key_is_valid(mother.replacement) and nir_key_is_valid(father.replacement)
    assert p.restore(out) == text
