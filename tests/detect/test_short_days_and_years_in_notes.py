"""Days and years of probe29's care notes (families, invented text): a day and month in a shift's heading
(``dates/short_days_in_notes``), closing a handover's heading, dating a laboratory value; a year dating a
collective event (« épidémie de 2014 »); a year of birth closing a patient's banner line
(``dates/birth_year_line``). And what stays: scales, fractions, a pressure, a year of a list of values."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a shift's heading: the day, the shift, then a dash or the line's end, after the unit's words
        ("réa polyvalente CH Dax 4/11 nuit — transmissions IDE\nbox 2 RAS", "4/11"),
        ("SSPI bloc B 2/11 matin\nlit 3 : réveil calme", "2/11"),
        # the last item of a heading that holds a handover
        ("néonatologie — relève 19h — 08.11\nch 4 : Léa 2 jours, ictère", "08.11"),
        ("Transmissions IDE — UHCD — 7/12\nbox 1 : douleur", "7/12"),
        # a laboratory value drawn that day
        ("Chute sous AVK (INR 3/11 = 4,2), plaie du scalp.", "3/11"),
        ("Bilan : créat 2/11 = 168, Hb 3/11 : 9,1.", "2/11"),
        ("Bilan : créat 2/11 = 168, Hb 3/11 : 9,1.", "3/11"),
        # a year of an epidemic, a heat wave, a cyclone
        ("Sérologie IgG positive (cicatrice, épidémie de 2006).", "2006"),
        ("Maison inondée après le cyclone de 2017, relogée depuis.", "2017"),
        # a year of birth closing the patient's line
        ("Compte rendu du 03.11.2026\nPatient(e) : KERJEAN Louise, 1958\nPréleveur : Dr X", "1958"),
        ("Résident : MADEC Paul, 1931\nGIR 2", "1931"),
    ],
)
def test_days_and_years_in_notes(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a scale's or a fraction's value before a shift or in a heading
        ("douleur 3/10 nuit — antalgiques", "3/10"),
        ("Transmissions — force 4/5\nmembre inférieur", "4/5"),
        # a pressure after its cue, a ratio
        ("TA 12/8 = contrôle satisfaisant", "12/8"),
        # a value without a test's name before it
        ("Résultat 1/12 = 0,08 (dilution)", "1/12"),
        # a year of a list of counts, not of a patient's line
        ("Plaquettes, 1950\nLeucocytes, 8000", "1950"),
    ],
)
def test_scales_and_values_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
