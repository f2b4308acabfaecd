"""A day alone after a date with a day: « le 2 avril, transfert ; le 4, sortie »."""

from __future__ import annotations

import pytest

from tests.detect.recognisers.dates.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 2 avril, le patient a été transféré ; le 4, il est sorti.", ["2 avril", "4"]),
        ("Le 02/04, transfert ; le 4 au matin, sortie.", ["02/04", "4"]),
        ("Le 2 avril, scanner. Le 5 à 14h, IRM.", ["2 avril", "5"]),
        ("Chute le 12/03/2024 ; le 13 dans la nuit, confusion ; le 15, retour.", ["12/03/2024", "13", "15"]),
        ("Le 30 mars, bilan ; le 1er, sortie.", ["30 mars", "1er"]),
        ("Le 3 mars, bilan ; le 3 au soir, fièvre.", ["3 mars", "3"]),
        # several dates close together: each day alone is found once, after whichever date
        ("Le 02/04, le 03/04, le 04/04 ; le 6, sortie.", ["02/04", "03/04", "04/04", "6"]),
        (
            "Le 2 avril, transfert ; le 4, sortie ; le 3 mai, RDV ; le 5 au soir, fièvre.",
            ["2 avril", "4", "3 mai", "5"],
        ),
        # the comma become a table's cell separator (issue #8)
        ("| Le 2 avril | transfert en cardiologie | le 4 | sortie |", ["2 avril", "4"]),
        ("Le 2 avril\ttransfert\tle 4\tsortie", ["2 avril", "4"]),
        # the sentence ends on the day
        ("Daté du 14/03/2025, reçu le 17 mars, traité le 18.", ["14/03/2025", "17 mars", "18"]),
        ("Pose le 3 avril ; retrait le 10; contrôle à un mois.", ["3 avril", "10"]),
    ],
)
def test_a_day_alone_after_a_date_is_a_date(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 4, il est sorti.", []),  # no date before: « le 4 » is anything
        ("Le 2 avril : Lasilix le 4, 5 et 6 mg.", ["2 avril"]),  # a list of numbers
        ("Le 3 mars, J4, le 4 mg", ["3 mars"]),  # a relative day, a dose
        ("| Le 3 mars | Lasilix le 4 | 5 mg |", ["3 mars"]),  # a number in the next cell
        ("Le 2 avril, chute.\n\nLe 4, voir section.", ["2 avril"]),  # another paragraph
        ("En avril 2024, chute ; le 4, sortie.", ["avril 2024"]),  # no day in the date before
        ("Le 2 avril, lit 4, puis le 33, rien.", ["2 avril"]),  # no day 33
        ("Le 2 avril, bilan." + " Rien." * 60 + " Le 4, sortie.", ["2 avril"]),  # too far
        ("Le 2 avril, chambre 12 : le 4 mg/kg, le 12 %.", ["2 avril"]),
        ("Entrée le 2 avril.\nChambre : le 12\nLit : le 4.5", ["2 avril"]),  # a line's end, a decimal
    ],
)
def test_a_number_after_a_date_is_not_always_a_day(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospitalisée du 02 au 09/05/2025 pour pneumopathie.", ["02 au", "09/05/2025"]),
        ("Arrêt entre le 3 et le 12/06/2024 inclus.", ["3 et le", "12/06/2024"]),
        ("Séjour des 4 au 7/03/2024.", ["4 au", "7/03/2024"]),
        # the first end with its month, without the year, in the full date's separator (issue 8,
        # probe10's residual misses: a German discharge letter); the range in a foreign letter's words
        ("Hospitalisée du 21.03 au 02.04.2025 en cardiologie.", ["21.03 au", "02.04.2025"]),
        ("Frau Weber wurde vom 3.11. bis 12.11.2024 behandelt.", ["3.11. bis", "12.11.2024"]),
        ("She was admitted from 14/6 to 20/6/2024 in Lyon.", ["14/6 to", "20/6/2024"]),
        ("Estuvo ingresado del 5 al 11/08/2023.", ["5 al", "11/08/2023"]),
        # the night of a duty, the date without its year (issue #8, probe16b's family; invented)
        ("Garde de nuit du 7 au 8/11 : appelé pour une chute.", ["7 au", "8/11"]),
    ],
)
def test_the_first_day_of_a_range_ending_with_a_date(text: str, expected: list[str]) -> None:
    # the word that links the two ends is masked with the first: the range is masked whole
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dose de 2 à 4 mg le 09/05/2025.", ["09/05/2025"]),  # numbers before a date, no range to it
        ("Lit 2 au 09/05/2025.", ["09/05/2025"]),  # « Lit 2 au »: no « du », « entre le »
        # a decimal before a date in another separator opens no range
        ("Dose augmentée du 1.5 au 18/02/2025.", ["18/02/2025"]),
    ],
)
def test_numbers_before_a_date_that_open_no_range(text: str, expected: list[str]) -> None:
    assert values(text) == expected


# « jusqu'au 20 » after a date (issue 8, probe6: a patient's message typed without apostrophes).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rdv le 15 avril mai je suis en vacanse a biarritz jusqu au 20 est ce possible", ["15 avril", "20"]),
        ("arrêt du 3 mars jusqu'au 20.", ["3 mars", "20"]),
    ],
)
def test_the_day_that_ends_a_stretch(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "augmenter jusqu'au 20 mg",
        "le 3 mars, augmenter jusqu'au 3e palier",
        "le 3 mars, monter jusqu'au 20 %",
        "jusqu'au 20 sans date avant",  # no date before it
    ],
)
def test_until_a_number_stays(text: str) -> None:
    assert [v for v in values(text, "DATE") if v[0].isdigit() and len(v) <= 2] == []


# The first day of a stay alone, its month given by the dated day that ends it (issue #8, probe12's
# family; invented): « entré le 8, sorti le 14 janvier ». Traps: a day alone before another verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pour le séjour de Mme Roux (entrée le 3, sortie le 11 février), merci", ["3", "11 février"]),
        ("admis le 21 et transféré le 27/03/2026 en SSR", ["21", "27/03/2026"]),
        ("hospitalisée le 2, décédée le 9 mai", ["2", "9 mai"]),
    ],
)
def test_the_first_day_of_a_stay(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "chambre le 8, revue le 14 janvier",  # no verb that ends a stay
        "lit n° 8, sorti le 14 janvier",  # no « le » before the number
    ],
)
def test_other_numbers_before_a_discharge(text: str) -> None:
    assert values(text, "DATE") == ["14 janvier"]
