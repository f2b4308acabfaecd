"""Numeric dates: tables of what is a date and what only looks like one."""

from __future__ import annotations

import pytest

from egide.detect.document import Document
from egide.detect.recognisers.fr.dates.numeric import NumericDateRecogniser
from tests.detect.recognisers.dates.support import values

RECOGNISER = NumericDateRecogniser()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 03/02/1961", "03/02/1961"),
        ("le 3-2-61", "3-2-61"),
        ("le 03.02.1961", "03.02.1961"),
        ("le 3/2/2020", "3/2/2020"),
        ("le 03 / 02 / 1961", "03 / 02 / 1961"),
        ("le 1961-02-03", "1961-02-03"),
        ("le 2020/12/31", "2020/12/31"),
        ("le 29/02/2020", "29/02/2020"),  # leap year
        ("le 20-11.2024", "20-11.2024"),  # mixed separators, four-digit year
        ("revu en 02/1961", "02/1961"),
        ("depuis 11-2019", "11-2019"),
        ("vu le 03/02", "03/02"),
        ("le 3/2 à 14h", "3/2"),
        ("Bilan du 12/05 et du 13/05", "12/05"),  # the first one; the second is checked below
        ("reçu 23022018 par courrier", "23022018"),  # eight glued digits: ddmmyyyy
        ("export 20180223", "20180223"),  # yyyymmdd
        ("le 03/02/2020 14h30", "03/02/2020"),
        ("le 29/01/2024 M. Roux", "29/01/2024"),  # « M. » is not a unit
        ("horodatage 2020-02-03T10:00:00", "2020-02-03T10:00:00"),  # the stamp with its time
        ("séjour 12/03/2020-15/03/2020", "15/03/2020"),  # both dates of the stay; the first one below
        # a date printed one digit per box after a cue, then a time
        ("Patient A. : RDV IRM le 2 2 0 7 14h, clinique", "2 2 0 7"),
        ("RDV le 2207 14h30 au scanner", "2207"),
        # glued after a word's comma or dot, typed without the space
        ("Identité saisie (Pelletier Corinne,24/05/1985).", "24/05/1985"),
        ("Herr Schneider Klaus,geb.17.04.1961,wohnhaft", "17.04.1961"),
        # a time scanned with « l » for « 1 »: no litre after the date
        ("VILLEJUIF\t2025-01-14 l0:47", "2025-01-14"),
        ("reçu le 14/01/2025 l1h30", "14/01/2025"),
    ],
)
def test_numeric_dates_are_found(text: str, expected: str) -> None:
    assert expected in values(text, "DATE")


def test_each_date_of_a_pair_is_found() -> None:
    assert values("du 12/05 au 13/05") == ["12/05 au", "13/05"]  # the link goes with the first
    assert values("séjour 12/03/2020-15/03/2020") == ["12/03/2020", "15/03/2020"]


@pytest.mark.parametrize(
    "text",
    [
        "Doliprane 1/2 cp matin et soir",
        "3/4 de la dose",
        "TA 12/8",
        "TA 12/08 aux deux bras",
        "PA 120/80 mmHg",
        "score 2/3",
        "Glasgow 15/15",
        "AV 10/10 ODG",
        "acuité visuelle à 10/10",
        "EVA à 03/10",
        "EN 3/10",
        "dilution 1/2000",
        "J3, J+5, S12",
        "rendez-vous à 14h30",
        "version 2.1.10 du logiciel",
        "adresse IP 192.168.1.10",
        "CIM-10 I10, J18.1",
        "le 31/02/2020",  # no such day
        "le 30/02",
        "le 13/13/2020",  # no such month in either order (« 12/13/2020 » is the English order)
        "Paracétamol 2000 mg",
        "NaCl 0,9 % 1500 ml",
        "Hb 12.5 g/dL",
        "12/05 mmHg",
        "diurèse 12/03 l ce jour",
        "soit 1,12/05 de la dose, version 2.1.10",
        "EVA le 3 4 5 6 7h après la prise",
        "soit 1/3 de la surface",
        "10/10 aux deux yeux",
        "ratio 3/1",
        "tél 02 39 33 28 71",
        "tél 06-12-34-56-78",
        "tél 06.12.34.56.78",
        "Score d'Apgar 8/10/10",
    ],
)
def test_things_that_only_look_like_dates_are_not_dates(text: str) -> None:
    assert values(text) == []


def test_a_recogniser_reports_offsets_of_the_date_only() -> None:
    text = "Consultation du 03/02/1961."
    [finding] = RECOGNISER.find(Document(text))
    assert text[finding.start : finding.end] == "03/02/1961"
    assert finding.label == "DATE"
    assert finding.source == "fr_date_numeric"


def test_short_forms_score_lower_than_full_dates() -> None:
    full = max(f.score for f in RECOGNISER.find(Document("le 03/02/1961")))
    short = max(f.score for f in RECOGNISER.find(Document("le 03/02")))
    assert full > short >= 0.5
