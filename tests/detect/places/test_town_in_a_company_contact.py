"""A town in a company's contact is the company's, for the place tagger as for the rules.

Synthetic text only. A leaflet ends on its maker's address (« Nordexa Pharma GmbH , 14 avenue Foch ,
69006 Lyon , tél … »): the rules find its street, postcode, town and telephone and drop them as a
company's (:mod:`egide.detect.organisations`); the place tagger, asked after them about the words they
left, marked the town again. The engine asks the same question of the tagger's findings. A clinic's
letterhead (a French company form, no legal form here) stays masked.
"""

from __future__ import annotations

import pytest

from egide.detect import DetectConfig, Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig(use_place_tagger=True))


CONTACTS = [
    ("Nordexa Pharma GmbH , 14 avenue Foch , 69006 Lyon , tél 04 72 12 34 56", "Lyon"),
    ("Valmont Ibérica S.A. , 12 rue Pasteur , 31000 Toulouse , tél 05 61 12 34 56", "Toulouse"),
    ("Farmex Rzeszów SA , 3 rue des Lilas , 33700 Mérignac , tél 05 56 12 34 56", "Mérignac"),
    ("Orion Pharma Limited , 7 allée des Pins , 44800 Saint-Herblain , tél 02 40 12 34 56", "Saint-Herblain"),
]


@pytest.mark.parametrize(("text", "town"), CONTACTS)
def test_the_company_town_stays_readable(detector: Detector, text: str, town: str) -> None:
    start = text.index(town)
    found = detector.detect(text)
    assert not any(f.start < start + len(town) and start < f.end for f in found), [
        (str(f.label), text[f.start : f.end], f.source) for f in found
    ]


def test_a_clinic_letterhead_stays_masked(detector: Detector) -> None:
    text = "Clinique des Lilas SAS\n7 allée des Pins , 44800 Saint-Herblain\nTél : 02 40 12 34 56"
    found = detector.detect(text)
    start = text.index("Saint-Herblain")
    assert any(f.start <= start and start + len("Saint-Herblain") <= f.end for f in found)
