"""Internal extensions, only when labelled."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import extension
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept, values

R = extension.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Interne de garde, <TELEPHONE>poste 4521</TELEPHONE>.",
        "<TELEPHONE>bip 312</TELEPHONE> si problème",
        "Joindre la cadre au <TELEPHONE>DECT 5678</TELEPHONE>",
        "<TELEPHONE>tél. int. 23 45</TELEPHONE>",
        "Secrétariat : tél <TELEPHONE>4410</TELEPHONE>, fax 4411",
        "<TELEPHONE>Poste : 12345</TELEPHONE>",
        # five digits in two groups
        "Gériatrie aiguë — <TELEPHONE>poste 62 418</TELEPHONE>",
        "<TELEPHONE>DECT 624 18</TELEPHONE> (cadre)",
        # five digits in three groups, as a switchboard prints them (issue #8, probe9)
        "Mme Castagné, assistante sociale (<TELEPHONE>poste 7 61 84</TELEPHONE>)",
        "04 79 96 50 50 <TELEPHONE>poste 6 43 12</TELEPHONE>",
        "Hôpital de jour, <TELEPHONE>poste 3.24.71</TELEPHONE>",
    ],
)
def test_labelled_extensions(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Retour au poste de soins à 14 h.",
        "Poste 2 de l'équipe de nuit.",
        "Tél 06 12 34 56 78",  # a full number: the phone recogniser's business
        "poste 500 mg",
        "Bip 12,5",
        "Poste 12 000 euros, poste 62 418 mg",
        "En poste depuis 2019, l'infirmière référente",
    ],
)
def test_non_extensions(text: str) -> None:
    assert kept(R, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bip de l'interne : 51 23 ; bip du senior (Dr Arnaud) : 51 07.", ["51 23", "51 07"]),
        ("poste de l'IDE de nuit : 4412", ["4412"]),
    ],
)
def test_whose_extension_between_label_and_number(text: str, expected: list[str]) -> None:
    assert values(R, text) == expected


@pytest.mark.parametrize(
    "text", ["poste de soins : 12 patients", "poste de soins : 2024 patients vus", "poste 7 61 842 patients"]
)
def test_a_count_after_a_post_is_no_extension(text: str) -> None:
    assert values(R, text) == []
