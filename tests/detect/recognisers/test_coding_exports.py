"""What a DIM coding export or a pharmacy line prints beside identifiers (issue #8): a DRG of the PMSI
(« GHM 04M053 ») and a medicine's thirteen-digit code (« UCD 3400892088310 ») stay readable; a
number in a « ; »-separated row stays an identifier even when a date with slashes sits in the cell
before (the slashes are not a path's); a register's letter and its dash go with the number
(« R-2025-00871 »)."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from egide.detect.recognisers.fr import bank_card
from tests.detect.recognisers.support import values

DETECTOR = Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "GHM 04M053 niveau 3, GHS 4254, durée 7 j.",
        "Groupage : 05C19J, puis 23Z021 après recodage.",
        "CIP 3400930019247 (Doliprane 1000 mg B/8), UCD 3400892088310.",
    ],
)
def test_drg_and_medicine_codes_stay_readable(text: str) -> None:
    assert _found(text) == []


def test_a_stay_number_beside_a_drg_is_still_masked() -> None:
    text = "RUM | séjour 31KT0047821 | GHM 05M092 | UM 4021"
    assert _found(text) == [("NDA", "31KT0047821")]


@pytest.mark.parametrize("code", ["3400892088310", "3400930019247", "5012345678900"])
def test_thirteen_digits_not_issued_by_visa_are_no_card(code: str) -> None:
    assert values(bank_card.build(), f"carte {code}") == []


def test_thirteen_digits_of_a_visa_card_still_are() -> None:
    assert values(bank_card.build(), "carte 4222222222222") == ["4222222222222"]


def test_a_number_in_a_semicolon_row_after_a_date_is_masked() -> None:
    text = "nom;prenom;ddn;ipp;cp\nLemoine;Paulette;04/04/1933;300221874;76600"
    assert ("IPP", "300221874") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N° d'inscription au registre : R-2025-00871. Mère", "R-2025-00871"),  # the letter goes with it
        ("Épisode E-2025-000418 clos", "E-2025-000418"),
    ],
)
def test_a_letter_prefix_and_its_dash_go_with_the_number(text: str, expected: str) -> None:
    assert expected in [value for _, value in _found(text)]


def test_a_word_before_a_dash_is_no_prefix() -> None:
    assert _found("anti-12345678") == [("IDENTIFIANT", "12345678")]
