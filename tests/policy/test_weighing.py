"""The weighing, as a table: what found together is identifying, and what is not.

Each row: the labels found (with how many were only a year or a month), and whether a class that
blocks identifying data must block. Positives: every direct identifier alone, weak ones together.
Traps: each weak one alone, and the pairs general questions make (a place and a year, a hospital
in a city, a full date alone).
"""

from __future__ import annotations

import pytest

from egide.detect.labels import Label
from egide.policy.weighing import WEAK, WEAK_THRESHOLD, weigh

DIRECT = sorted(label.value for label in Label if label.value not in WEAK)

# (counts, coarse, identifying, why)
ROWS: list[tuple[dict[str, int], dict[str, int], bool, str]] = [
    # weak alone: never identifying
    ({"DATE": 1}, {"DATE": 1}, False, "« en 2026 »"),
    ({"DATE": 1}, {}, False, "« le 12/03/2024 » with no person"),
    ({"DATE": 3}, {"DATE": 1}, False, "three dates, one a year"),
    ({"VILLE": 2}, {}, False, "« en France », « à Lyon »"),
    ({"CODE_POSTAL": 1}, {}, False, "« 75020 »"),
    ({"ETABLISSEMENT": 1}, {}, False, "« au CHU de Rouen »"),
    ({"FINESS": 1}, {}, False, "an establishment's number"),
    ({"AGE": 1}, {}, False, "« une personne de 95 ans »"),
    # the pairs and triples of general questions
    ({"VILLE": 1, "DATE": 1}, {"DATE": 1}, False, "« en Bretagne en 2023 »"),
    ({"ETABLISSEMENT": 1, "VILLE": 1}, {}, False, "« l'hôpital Tenon à Paris »: one place"),
    ({"ETABLISSEMENT": 1, "VILLE": 1, "DATE": 1}, {"DATE": 1}, False, "« l'AP-HP à Paris en 2025 »"),
    ({"ETABLISSEMENT": 1, "DATE": 1}, {"DATE": 1}, False, "« au CHU de Rouen en mars 2025 »"),
    ({"DATE": 1, "VILLE": 1}, {}, False, "« à Lyon depuis le 1er janvier 2018 »"),
    ({"CODE_POSTAL": 1, "VILLE": 1, "DATE": 1}, {"DATE": 1}, False, "« 75020 Paris en 2025 »: one place"),
    ({"AGE": 1, "VILLE": 1}, {}, False, "« 95 ans à Lyon »"),
    ({"AGE": 1, "DATE": 1}, {"DATE": 1}, False, "« 95 ans en 2026 »"),
    # together: identifying
    ({"ETABLISSEMENT": 1, "DATE": 1}, {}, True, "« admise au CHU de Rouen le 12/03/2024 »: a stay"),
    ({"AGE": 1, "DATE": 1}, {}, True, "« 92 ans, le 12/03/2024 »"),
    ({"AGE": 1, "ETABLISSEMENT": 1}, {}, True, "« 92 ans, au CHU de Rouen »"),
    ({"AGE": 1, "ETABLISSEMENT": 1, "DATE": 1}, {}, True, "« 92 ans, CHU de Rouen, 12/03/2024 »"),
    ({"DATE": 1, "ETABLISSEMENT": 1, "VILLE": 1}, {}, True, "a day, a hospital and a city"),
    ({"CODE_POSTAL": 1, "DATE": 1}, {}, True, "a postcode and a day"),
    ({"AGE": 1, "VILLE": 1, "DATE": 1}, {"DATE": 1}, True, "« 95 ans, à Lyon, en mars 2024 »"),
    ({"DATE": 2, "AGE": 1}, {"DATE": 1}, True, "a day among the dates makes the date kind weigh a day"),
    # zero counts are nothing
    ({"NOM": 0, "DATE": 1}, {"DATE": 1}, False, "a label counted 0 is absent"),
]


@pytest.mark.parametrize(("counts", "coarse", "identifying", "why"), ROWS, ids=[r[3] for r in ROWS])
def test_weighing_table(counts: dict[str, int], coarse: dict[str, int], identifying: bool, why: str) -> None:
    assert weigh(counts, coarse).identifying is identifying, why


@pytest.mark.parametrize("label", DIRECT)
def test_every_direct_identifier_alone_is_identifying(label: str) -> None:
    weighing = weigh({label: 1}, {})
    assert weighing.identifying and weighing.direct == (label,)


@pytest.mark.parametrize("label", sorted(WEAK))
def test_a_person_next_to_a_weak_one_is_identifying(label: str) -> None:
    assert weigh({"NOM": 1, label: 1}, {}).identifying


def test_a_label_unknown_to_the_table_is_direct() -> None:
    # Site-specific labels (configured identifier formats) fail closed.
    assert weigh({"NUMERO_MAISON": 1}, {}).identifying


def test_direct_labels_are_those_the_readme_names() -> None:
    for label in ("NOM", "NIR", "IPP", "NDA", "TELEPHONE", "EMAIL", "ADRESSE", "DATE_NAISSANCE"):
        assert label in DIRECT
    assert WEAK_THRESHOLD == 4


def test_the_threshold_is_the_establishment_s_choice() -> None:
    assert weigh({"VILLE": 1, "DATE": 1}, {"DATE": 1}, threshold=2).identifying
    assert not weigh({"AGE": 1, "DATE": 1}, {}, threshold=5).identifying
