"""The scans that the seventeenth session's speed pass put behind their first characters
(:func:`~egide.detect.first_characters.finditer` / ``search``): each pattern can be led (a pattern that
sets « (?i) » for the whole of it cannot, so the birth cue takes the flag as an argument), and the led
scan finds exactly what the pattern finds, windowed as the callers window it."""

from __future__ import annotations

import re

import pytest

from egide.detect import appellations
from egide.detect.first_characters import finditer, led, search
from egide.detect.names import before_birth_cue
from egide.detect.nobody import guideline_years
from egide.detect.places import (
    city,
    kind_then_bracket,
    letterhead_sender,
    postcode,
    residence_before_building,
    unit_site_in_brackets,
)
from egide.detect.recognisers.fr import insurer_numbers

LED = [
    appellations._PRODUCT_BEFORE,
    appellations._NAME_BEFORE,
    before_birth_cue._CUE_START,
    guideline_years._GUIDELINE,
    city._POSTCODE_CITY,
    kind_then_bracket._KIND_THEN_BRACKET,
    letterhead_sender._ANCHOR,
    postcode.POSTCODE,
    residence_before_building._CUED_NAME_AND_FLAT,
    unit_site_in_brackets._UNIT_NAME_THEN_SITE,
    insurer_numbers._FIELD,
]

TEXT = (
    "Régime : pas de fromage de Cantal, ni eau de Vichy Saint-Yorre ; boit du Bordeaux le week-end.\n"
    "Mme Durand Paule, née le 03/04/1950 ; DDN : 12/12/1960 ; d.d.n 1.2.1970 ; NÉE LE 4 mai.\n"
    "Selon les recommandations AFU 2024-2026 et le référentiel HAS 2019, d'après ESC.\n"
    "Adresse : 12 rue des Lilas, 13009 Marseille ; 75012 PARIS ; 69003 Lyon 3e.\n"
    "Clinique (Les Tilleuls) ; EHPAD (Saint-Joseph) ; CH de Vienne — Service de cardiologie.\n"
    "demeurant Les Jardins d'Arcadie, bât. B2, Aix-en-Provence ; domiciliée Le Clos, appt 4.\n"
    "Service de Médecine interne (site Nord) ; Unité de soins palliatifs (Hôpital Nord).\n"
    "Mutuelle : Harmonie Mutuelle 1234567890 ; Assurance voyage : ANWB 77 031 558.\n"
    "Kelvin \u212a, long \u017f, ſervice ; NÉ LE ; ne le ; n\u00e9e le\n"
)


@pytest.mark.parametrize("regex", LED, ids=lambda r: r.pattern[:30])
def test_led_and_same_matches(regex: re.Pattern[str]) -> None:
    assert led(regex) is not None
    for pos, endpos in [(0, len(TEXT)), (10, 200), (150, len(TEXT) - 5), (300, 420)]:
        expected = [(m.span(), m.groupdict(), m.groups()) for m in regex.finditer(TEXT, pos, endpos)]
        assert [(m.span(), m.groupdict(), m.groups()) for m in finditer(regex, TEXT, pos, endpos)] == expected
        for end in range(pos, endpos, 7):
            plain = regex.search(TEXT, max(0, end - 24), end)
            fast = search(regex, TEXT, max(0, end - 24), end)
            assert (plain and plain.span()) == (fast and fast.span())


def test_the_birth_cue_ignores_case_as_before() -> None:
    """« (?i) » at a pattern's start and ``re.IGNORECASE`` make the same pattern: the cue's flags."""
    assert before_birth_cue._CUE_START.flags & re.IGNORECASE
    spans = [m.span() for m in finditer(before_birth_cue._CUE_START, TEXT)]
    assert len(spans) >= 5
