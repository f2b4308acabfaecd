"""A day and month without a year in a care note's heading (``dates/short_days_in_notes.heads_a_note``;
the family of probe25's and probe27's notes, invented text): the note's first line names a site or a unit
in words, and a dash set off by spaces stands right before or after the day. What stays: a scale's value
in a heading, a value after a field's colon, the same pair on a line inside the note."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the site, the unit, then the day at the line's end after a dash
        ("fontbrune – rhumato – 3/11\nmme pradel-vasseur, 81a, lombalgie", "3/11"),
        ("Kerhuon — SSR neuro — 9/12\nM. Tessier 70a, AVC droit", "9/12"),
        # the day right after the unit's words, a dash after it
        ("hdj vernet 6/11 – C2 FOLFOX\nmme orsini 62a, bon état", "6/11"),
        # a note pasted after a request, the heading after the blank line
        ("Mets en forme :\n\ncmp lannion - 7/12 - Noah Guivarc'h 9a, suivi", "7/12"),
    ],
)
def test_day_in_a_note_heading(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a scale's value in a heading (its denominators: 2, 3, 4, 5, 10)
        ("Force – 4/5 – membres inférieurs\nreste stable", "4/5"),
        ("Dyspnée – 2/4 – au repos\nsous O2", "2/4"),
        # a field's value: a colon or a figure before it on the line
        ("EVA : 3/12 – stable\nsous paracétamol", "3/12"),
        ("Hb 9 – 6/12 – plaquettes\nRAS", "6/12"),
        # a page's number, a sentence's comma before it
        ("Compte rendu de consultation, page — 3/12", "3/12"),
        ("Fiche de liaison – page – 2/12\nPatient : X", "2/12"),
        # not the note's first line
        ("Bilan\nsalle de soins – 6/12 – rien", "6/12"),
    ],
)
def test_values_in_headings_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
