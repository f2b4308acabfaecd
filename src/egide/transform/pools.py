"""The small pools surrogates are drawn from, shipped in ``egide/transform/data/``."""

from __future__ import annotations

from functools import cache
from importlib import resources

from egide.transform.normalise import value_key


def _lines(name: str) -> tuple[str, ...]:
    text = resources.files("egide.transform").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def first_names(gender: str) -> tuple[str, ...]:
    """``gender`` is ``"F"`` or ``"M"``."""
    return _lines("prenoms_feminins.txt" if gender == "F" else "prenoms_masculins.txt")


@cache
def surnames() -> tuple[str, ...]:
    return _lines("noms.txt")


@cache
def communes() -> tuple[tuple[str, str], ...]:
    """(postcode, commune) pairs."""
    pairs = []
    for line in _lines("communes.tsv"):
        postcode, name = line.split("\t")
        pairs.append((postcode, name))
    return tuple(pairs)


@cache
def streets() -> tuple[str, ...]:
    return _lines("voies.txt")


@cache
def establishments() -> tuple[str, ...]:
    return _lines("etablissements.txt")


@cache
def _communes_by_name() -> dict[str, tuple[str, str]]:
    return {value_key(name): (code, name) for code, name in communes()}


@cache
def _communes_by_code() -> dict[str, tuple[str, str]]:
    return {code: (code, name) for code, name in communes()}


def commune_named(name: str) -> tuple[str, str] | None:
    """The (postcode, commune) pair of a pool commune, by its name in any case."""
    return _communes_by_name().get(value_key(name))


def commune_coded(code: str) -> tuple[str, str] | None:
    """The (postcode, commune) pair of a pool commune, by its postcode (one commune per code)."""
    return _communes_by_code().get(code.strip())
