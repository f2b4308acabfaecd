"""Is what was found identifying? Direct identifiers always are; weak quasi-identifiers only together.

A year, a month, a country or a region, a city or an establishment named alone identifies nobody:
« Liste les vaccins recommandés chez un adulte de 70 ans en France en 2026 » must reach a ``public``
tool. What does identify: a direct identifier (a name, a NIR, an IPP, a phone number, an e-mail
address, an address, a date of birth…), or several weak ones together — a hospital and a day
in one conversation point at one stay, and so do an age of 92 and a day. A person named next to them is a name,
which is direct.

The table below gives each weak label its *kind* (what it says: a date, a place, an age) and its
*weight*; a date that is only a year or a month weighs less than a day, a city, a region or a
country less than a hospital or a postcode. Per kind the heaviest finding counts (a hospital and
its city are still one place), and the kinds add up: at
``PolicyConfig.weak_threshold`` (4 by default) the findings are identifying. Every label that is not
in the table is direct — site-specific labels included, so that a new label fails closed.

This only decides whether a class that blocks identifying data blocks. A class that pseudonymises
still masks every finding, weak ones included. The weighing sees labels and counts only;
:func:`coarse_counts` reads the values of dates, only to tell whether they name a day, and keeps
nothing of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from egide.transform import dates


@dataclass(frozen=True, slots=True)
class Weak:
    """A weak quasi-identifier: what it says, and how much it narrows down who is meant."""

    kind: str  # French, shown in messages
    weight: int
    #: Weight when every value of the label is coarse (a year or a month for dates), if different.
    coarse_weight: int | None = None


#: Label → kind and weight. Absent labels are direct identifiers (README, "What blocks a public tool").
WEAK: dict[str, Weak] = {
    "DATE": Weak("date", 2, coarse_weight=1),  # « le 12/03/2024 » 2; « en 2026 », « mars 2025 » 1
    "AGE": Weak("âge", 2),  # only ages of 90 and over are found: rarer than a city
    "VILLE": Weak("lieu", 1),  # a city, a region, a country
    # An establishment, a postcode: a narrower place than a city, and the same kind (a hospital in
    # its city is one place, not two clues).
    "CODE_POSTAL": Weak("lieu", 2),
    "ETABLISSEMENT": Weak("lieu", 2),
    "FINESS": Weak("lieu", 2),  # the number of an establishment, not of a person
}

#: Default of ``PolicyConfig.weak_threshold``: a day and a hospital (a stay), a day and an old age,
#: are identifying; a place and a year, a hospital in a city in a year, a day in a city, are not.
WEAK_THRESHOLD = 4


@dataclass(frozen=True, slots=True)
class Weighing:
    identifying: bool
    direct: tuple[str, ...]  # the direct labels found
    weak: tuple[str, ...]  # the weak labels found
    score: int  # the weak kinds' weights added up


def weigh(counts: Mapping[str, int], coarse: Mapping[str, int], threshold: int = WEAK_THRESHOLD) -> Weighing:
    """Weigh the labels found (``counts``); ``coarse[label]`` of them were only a year or a month."""
    found = sorted(label for label, n in counts.items() if n > 0)
    direct = tuple(label for label in found if label not in WEAK)
    weak = tuple(label for label in found if label in WEAK)
    by_kind: dict[str, int] = {}
    for label in weak:
        entry = WEAK[label]
        all_coarse = entry.coarse_weight is not None and coarse.get(label, 0) >= counts[label]
        weight = entry.coarse_weight if all_coarse and entry.coarse_weight is not None else entry.weight
        by_kind[entry.kind] = max(by_kind.get(entry.kind, 0), weight)
    score = sum(by_kind.values())
    return Weighing(bool(direct) or score >= threshold, direct, weak, score)


def coarse_counts(found: Iterable[tuple[str, str]]) -> dict[str, int]:
    """How many values of each label are coarse, from (label, value) pairs: a date without its day.

    A date the parser cannot read counts as precise (the heavier weight: fail closed).
    """
    coarse: dict[str, int] = {}
    for label, value in found:
        if label == "DATE":
            parsed = dates.parse(value)
            if parsed is not None and parsed.day is None:
                coarse[label] = coarse.get(label, 0) + 1
    return coarse
