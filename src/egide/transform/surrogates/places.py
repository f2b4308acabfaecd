"""Places: cities, postcodes, addresses and establishments from the small shipped pools."""

from __future__ import annotations

import re

from egide.transform import pools
from egide.transform.keyed import KeyedRandom
from egide.transform.normalise import fold
from egide.transform.surrogates.names import apply_case, case_pattern
from egide.transform.surrogates.shape import same_shape

_STREET_TYPES = (
    r"rue|avenue|av\.?|boulevard|bd|place|pl\.?|chemin|ch\.?|impasse|imp\.?|allée|allee|all\.?|route|rte|"
    r"quai|cours|square|sq\.?|passage|voie|résidence|residence|lotissement|lot\.?|hameau|lieu-dit|faubourg|fg"
)
# The suffix of a house number (« 14 bis », « 3B ») is a whole word: « 14 avenue » is not « 14 a » + « venue ».
_ADDRESS = re.compile(
    rf"^(?P<num>\d+(?:\s*(?:bis|ter|quater|[a-dA-D])\b)?)?(?P<sp1>,?\s*)"
    rf"(?P<type>(?:{_STREET_TYPES})(?!\w))?(?P<sp2>\s*)(?P<name>[^,\d]*?)"
    rf"(?P<tail>(?P<sep>,?\s*)(?P<cp>\d{{5}})(?P<sp3>\s*)(?P<city>.*))?$",
    re.IGNORECASE,
)
_ESTABLISHMENT = re.compile(
    r"^(?P<type>centre hospitalier(?: universitaire| régional| intercommunal| spécialisé)?|CHU|CHRU|CHR|CHI|CHS|"
    r"CH|GHU|GH|hôpital|hopital|clinique|polyclinique|ehpad|institut|maison de santé|centre de santé|"
    r"centre de rééducation|centre|cabinet|groupe hospitalier|SSR|USLD|HAD)\b(?P<sep>\s*)(?P<rest>.*)$",
    re.IGNORECASE,
)


def city(value: str, rng: KeyedRandom) -> str:
    _, name = rng.choice(pools.communes())
    return city_as_written(value, name)


def city_as_written(value: str, name: str) -> str:
    """The pool commune ``name`` in the case ``value`` is written in."""
    pattern = case_pattern(value)
    return name if pattern == "title" else apply_case(name, pattern)  # « Bourg-en-Bresse » as spelt


def postcode(value: str, rng: KeyedRandom) -> str:
    code, _ = rng.choice(pools.communes())
    return code if len(value.strip()) == 5 else same_shape(value, rng, keep_first=False)


def postcode_and_city(value: str) -> tuple[str, str]:
    """The postcode and city an address ends with (« …, 76000 Rouen »), or empty strings."""
    m = _ADDRESS.match(value.strip())
    if m is None or not m.group("cp"):
        return "", ""
    return m.group("cp"), m.group("city").strip()


def address(value: str, rng: KeyedRandom, commune: tuple[str, str] | None = None) -> str:
    """``commune``: the (postcode, commune) the address's own postcode and city must become."""
    m = _ADDRESS.match(value.strip())
    if m is None or not (m.group("type") or m.group("cp")):
        return same_shape(value, rng, keep_first=False)
    out = ""
    if m.group("num"):
        out += str(rng.between(1, 120)) + (m.group("num").lstrip("0123456789") if m.group("num") else "")
    out += m.group("sp1")
    if m.group("type"):
        out += m.group("type") + (m.group("sp2") or " ")
    if m.group("name").strip():
        street = rng.choice(pools.streets())
        first_word = m.group("name").strip().split()[0]
        out += apply_case(street, "upper") if case_pattern(first_word) == "upper" else street
        out += m.group("name")[len(m.group("name").rstrip()) :]
    if m.group("tail"):
        code, town = commune or rng.choice(pools.communes())
        city_text = m.group("city")
        town = apply_case(town, case_pattern(city_text)) if city_text.strip() else ""
        out += m.group("sep") + code + m.group("sp3") + town
    lead = value[: len(value) - len(value.lstrip())]
    trail = value[len(value.rstrip()) :]
    return lead + out + trail


def establishment(value: str, rng: KeyedRandom) -> str:
    m = _ESTABLISHMENT.match(value.strip())
    kind = m.group("type") if m else "Centre hospitalier"
    sep = m.group("sep") if m and m.group("sep") else " "
    rest = m.group("rest") if m else value
    if rest.lower().startswith(("de ", "du ", "d'", "des ")) or not rest:
        # « CHU de Rouen » → « CHU de Chartres »: keep the shape « <type> de <place> »
        _, town = rng.choice(pools.communes())
        article = "d'" if fold(town[:1]) in tuple("aeiouy") else "de "
        suffix = article + town
    else:
        suffix = rng.choice(pools.establishments())
    return apply_case(kind + sep + suffix, "upper") if case_pattern(value) == "upper" else kind + sep + suffix
