"""Surrogates of structured identifiers: same form, valid checksums, numbers that parse, places from pools."""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
import pytest
from stdnum import iban as std_iban
from stdnum import luhn

from egide.transform import pools
from egide.transform.surrogates.nir import nir_key_is_valid
from tests.transform.conftest import pseudo, replace_one


def _layout(value: str) -> str:
    return re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", value))


@pytest.mark.parametrize(
    "original",
    [
        "1 61 02 76 123 456 78",
        "261027612345687",
        "2 54 03 69 123 456 23",
        "1-61-02-76-123-456-78",
        "2610276123456",
    ],
)
def test_nir_same_sex_same_layout_valid_key(original: str) -> None:
    p = pseudo("surrogate")
    out = replace_one(p, original, "NIR")
    assert out != original
    assert _layout(out) == _layout(original)
    assert out[0] == original[0]  # the sex digit
    if sum(c.isdigit() for c in original) == 15:
        assert nir_key_is_valid(out), out


def test_nir_key_check_itself() -> None:
    assert nir_key_is_valid("2 55 08 2A 123 456 09") is (97 - int("2550819123456") % 97 == 9)
    assert nir_key_is_valid("1 61 02 76 123 456 45") is (97 - int("1610276123456") % 97 == 45)
    assert not nir_key_is_valid("1 61 02 76 123 456")


@pytest.mark.parametrize(
    "original",
    ["01 42 34 56 78", "02.35.12.34.56", "0612345678", "06 12 34 56 78", "+33 6 12 34 56 78", "+33 (0)4 78 12 34 56",
     "07 81 23 45 67", "0033 5 56 12 34 56", "09 72 12 34 56"],
)  # fmt: skip
def test_phone_same_layout_and_parses(original: str) -> None:
    out = replace_one(pseudo("surrogate"), original, "TELEPHONE")
    assert out != original
    assert _layout(out) == _layout(original)
    number = phonenumbers.parse(out, "FR")
    assert phonenumbers.is_valid_number(number), out
    national = phonenumbers.national_significant_number(number)
    original_national = phonenumbers.national_significant_number(phonenumbers.parse(original, "FR"))
    assert national[0] == original_national[0] or (original_national[0] in "67" and national[0] in "67")
    if national[0] in "123459":  # the ARCEP ranges reserved for fiction
        assert national[:5] in {"19900", "26191", "35301", "46571", "53649", "99900"}


@pytest.mark.parametrize(
    ("label", "original"),
    [("IPP", "80012345"), ("NDA", "2024-000123"), ("RPPS", "10003012340"), ("ADELI", "751234567"),
     ("FINESS", "750712184"), ("SIRET", "73282932000074"), ("CARTE_BANCAIRE", "4970 1012 3456 7893")],
)  # fmt: skip
def test_identifiers_same_length_and_luhn_where_the_original_has_it(label: str, original: str) -> None:
    out = replace_one(pseudo("surrogate"), original, label)
    assert out != original
    assert _layout(out) == _layout(original)
    digits, original_digits = re.sub(r"\D", "", out), re.sub(r"\D", "", original)
    if luhn.is_valid(original_digits):
        assert luhn.is_valid(digits), out


def test_luhn_originals_in_the_table_are_really_luhn() -> None:
    # guards the test above from silently checking nothing
    for number in ("10003012340", "4970101234567893", "73282932000074", "750712184"):
        assert luhn.is_valid(number)


def test_iban_keeps_country_and_layout_with_valid_check_digits() -> None:
    original = "FR76 3000 6000 0112 3456 7890 189"
    assert std_iban.is_valid(original)
    out = replace_one(pseudo("surrogate"), original, "IBAN")
    assert out.startswith("FR") and _layout(out) == _layout(original) and out != original
    assert std_iban.mod_97_10.is_valid(out[4:].replace(" ", "") + out[:4])


def test_email_keeps_name_surrogates_and_uses_an_example_domain() -> None:
    p = pseudo("surrogate")
    name = replace_one(p, "Jean DUPONT", "NOM")
    first, last = name.split()
    out = replace_one(p, "jean.dupont@chu-exemple.fr", "EMAIL")
    assert out.startswith(f"{first.lower()}.{last.lower()}@")
    assert out.split("@")[1] in {"exemple.fr", "example.org", "hopital.example", "sante.example"}
    mss = replace_one(p, "c.martin@chu-rouen.mssante.fr", "EMAIL")
    assert "mssante" in mss.split("@")[1] and re.fullmatch(r"[a-z]\.[a-z]+@[a-z.]+", mss)


def test_ip_addresses_go_to_documentation_ranges() -> None:
    p = pseudo("surrogate")
    v4 = ipaddress.ip_address(replace_one(p, "10.12.4.200", "IP"))
    assert any(v4 in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
    v6 = ipaddress.ip_address(replace_one(p, "fe80::1ff:fe23:4567:890a", "IP"))
    assert v6 in ipaddress.ip_network("2001:db8::/32")


def test_places_come_from_the_pools_in_the_same_form() -> None:
    p = pseudo("surrogate")
    cities = {c for _, c in pools.communes()}
    assert replace_one(p, "Rouen", "VILLE") in cities
    assert replace_one(p, "ROUEN", "VILLE").title() in {c.title() for c in cities}
    assert replace_one(p, "76000", "CODE_POSTAL") in {code for code, _ in pools.communes()}
    address = replace_one(p, "12 bis rue des Lilas, 76000 Rouen", "ADRESSE")
    m = re.fullmatch(r"(\d+) bis rue (.+), (\d{5}) (.+)", address)
    assert m is not None, address
    assert m.group(2) in pools.streets() and (m.group(3), m.group(4)) in pools.communes()
    # A street type starting with a letter that could suffix a house number (« 14 a… ») stays a type.
    for street_type in ("avenue", "allée", "boulevard", "chemin", "impasse", "route"):
        out = replace_one(p, f"14 {street_type} du Mont-Riboudet", "ADRESSE")
        assert re.fullmatch(rf"\d+ {street_type} .+", out), out
        assert out.split(" ", 2)[2] in pools.streets()
    assert re.fullmatch(r"\d+B allée .+", replace_one(p, "12B allée des Tilleuls", "ADRESSE"))
    assert replace_one(p, "CHU de Rouen", "ETABLISSEMENT").startswith("CHU ")
    assert replace_one(p, "Clinique du Parc", "ETABLISSEMENT").startswith("Clinique ")


def test_age_of_ninety_and_over_stays_ninety_and_over() -> None:
    p = pseudo("surrogate")
    out = replace_one(p, "93 ans", "AGE")
    assert re.fullmatch(r"9\d ans", out) and out != "93 ans"


def test_surrogates_are_consistent_keyed_and_restorable() -> None:
    values = [("NIR", "1 61 02 76 123 456 78"), ("TELEPHONE", "06 12 34 56 78"), ("IPP", "80012345"),
              ("EMAIL", "jean.dupont@example.org"), ("VILLE", "Rouen")]  # fmt: skip
    a, again, other = pseudo("surrogate", "s1"), pseudo("surrogate", "s1"), pseudo("surrogate", "s2")
    outs_a = [replace_one(a, v, label) for label, v in values]
    assert outs_a == [replace_one(again, v, label) for label, v in values]
    assert outs_a == [replace_one(a, v, label) for label, v in values]  # second time in the same scope
    assert sum(x != replace_one(other, v, label) for x, (label, v) in zip(outs_a, values, strict=True)) >= 4
    for out, (_, v) in zip(outs_a, values, strict=True):
        assert a.restore(f"voir {out}.") == f"voir {v}."


def test_no_collision_when_the_form_allows_few_values() -> None:
    p = pseudo("surrogate")
    outs = [replace_one(p, f"{age} ans", "AGE") for age in range(90, 105)]
    assert len(set(outs)) == len(outs)  # 90..99 are exhausted: the rest fall back to placeholders
    assert any(o.startswith("<AGE_") for o in outs)
    for age, out in zip(range(90, 105), outs, strict=True):
        assert p.restore(out) == f"{age} ans"


@pytest.mark.parametrize(
    ("original", "label_word"),
    [
        ("poste 4127", "poste "),
        ("bip 3312", "bip "),
        ("DECT 5678", "DECT "),
        ("tél. int. 23 45", "tél. int. "),
    ],
)
def test_extension_keeps_its_label_word(original: str, label_word: str) -> None:
    # the detector masks an internal extension with its label word; the surrogate keeps the word readable
    out = replace_one(pseudo("surrogate"), original, "TELEPHONE")
    assert out.startswith(label_word), out
    assert out != original
    assert _layout(out) == _layout(original)
