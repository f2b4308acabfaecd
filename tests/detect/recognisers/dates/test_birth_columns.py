"""Birth dates that a table's column or a banner's sex cell announces (issue #8, probe12's families;
every example invented): years alone under a birth-date header cell (« DDN », « né(e) », « Naissance »,
« Année de naissance »), and a short dotted date after the sex cell (« | F | 3.9.41 | »).
Traps: years under other headers, a version number without a cue."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "n°\tnom\tDDN\tservice\n1\tMarchal Lise\t1961\tcardio\n2\tOuedraogo Issa\t1947\tpneumo\n",
            ["1961", "1947"],
        ),
        ("Nom | Né(e) | Motif\nRenaud Paul | 1939 | chute\nTexier Anne | 2004 | fièvre\n", ["1939", "2004"]),
        ("patient;année de naissance;lit\nBoyer Léa;1982;12\nMoulin Guy;1950;14\n", ["1982", "1950"]),
    ],
)
def test_years_under_a_birth_header_are_birth_dates(text: str, expected: list[str]) -> None:
    assert values(text, "DATE_NAISSANCE") == expected


def test_a_short_dotted_date_after_the_sex_cell() -> None:
    text = "Nom | Prénom | Sexe | Né(e) le\nCOLLET | Marthe | F | 3.9.41\n"
    assert values(text, "DATE_NAISSANCE") == ["3.9.41"]


@pytest.mark.parametrize(
    "text",
    [
        "année\tcas\tdécès\n2019\t12\t3\n2020\t15\t4\n",  # a table of years
        "patient\tannée d'entrée\tlit\nBoyer Léa\t2019\t12\n",
        "logiciel | version\nDxCare | 2.1.10\n",
    ],
)
def test_other_columns_and_versions_are_not_birth_dates(text: str) -> None:
    assert values(text, "DATE_NAISSANCE") == []
