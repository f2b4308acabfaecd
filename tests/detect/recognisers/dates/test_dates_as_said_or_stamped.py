"""Dates as a dictation, a voice message or a record's export writes them (issue 8): a day in words
alone after « le » (« le vingt-deux »), a day before a word that starts like a month (« le 18 mais »),
a season or a feast with its year (« été 2026 »), an ISO stamp with its time (« 2026-11-29T14:05 »).
Every name, number and date is invented. Traps: numbers in words that are no day, seasons without a
year, a time that is no stamp's."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline

_DETECTOR = Detector()


def _dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        # a day in words alone after « le », as dictated
        "il est tombé le <DATE>vingt-trois</DATE> on l'a gardé deux nuits",
        "elle revient le <DATE>quatorze</DATE>, penser au bilan",
        "consultation prévue le <DATE>trente et un</DATE>.",
        "Le <DATE>dix-neuf</DATE> il a refait un malaise",
        # a day before a word that opens like a month (« mais », « marche », « septième »)
        "il avait rendez-vous le <DATE>douze</DATE> mais il ne viendra pas",
        "il a rendez-vous le <DATE>14</DATE> mais sa fille ne peut pas l'amener",
        # a season or a feast and its year: one date
        "douleurs depuis l'<DATE>automne 2024</DATE>, aggravées",
        "lésion évolutive depuis <DATE>printemps 2025</DATE> dermoscopie suspecte",
        "chute à <DATE>Noël 2023</DATE> chez sa fille",
        # an ISO 8601 stamp with its time, as a record's export writes it
        '{"nom": "X", "entree": "<DATE>2025-10-03T08:47</DATE>"}',
        "prélèvement <DATE>2024-02-19T16:05:33+01:00</DATE> ; validé",
        "date_sortie=<DATE>2025-01-07T11:20:00Z</DATE>",
        # a date before « m » and a surname in capitals: « monsieur » typed in a hurry, no metre
        "cs cardio <DATE>17-10-26</DATE> m GARNIER Luc ddn 02-03-51",
    ],
)
def test_the_date_is_found_whole(marked: str) -> None:
    text, spans = parse_inline(marked)
    wanted = [text[a:b] for a, b, _ in spans]
    assert _dates(text) == wanted


@pytest.mark.parametrize(
    "text",
    [
        "le vingt-deux mille euros du devis",
        "le quinze pour cent restant",
        "le dix-huit heures trente",
        "le douze ans de suivi",
        "le trois de l'équipe est absent",  # a small number: a thing, a person
        "le deux-roues est rangé",
        "le premier épisode date de loin",
        "le vingt est un bon score",  # a noun's verb follows
        "douleurs depuis l'été, aggravées à l'automne",  # a season without its year
        "score 2024T12 du lot",  # a code that is no stamp
        "marche 12-10-15 m sans aide",  # a metre: the unit stays one
    ],
)
def test_what_is_no_date_stays(text: str) -> None:
    assert _dates(text) == []
