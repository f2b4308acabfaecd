"""A hospital's unit code is no establishment: « CH VIERZON   UF 4172 ».

Synthetic text only. Banners and labels print a unit's code (« UF », unité fonctionnelle; « UH »,
d'hébergement; « UM », médicale; « UA », d'activité) and its number right after the establishment's
name; the place tagger read the code as part of the place. The establishment stays masked, the code
readable (:func:`egide.detect.places.not_a_place.a_unit_code`).
"""

from __future__ import annotations

import pytest

from egide.detect import DetectConfig, Detector
from egide.detect.places.not_a_place import a_unit_code


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(DetectConfig(use_place_tagger=True))


BANNERS = [
    ("║ IPP 5521873 │ NDA 31007442 ║\n║ CH VIERZON   UF 4172      ║", "CH VIERZON", "UF"),
    ("CH SAINT-BRIEUC   UM 0417", "CH SAINT-BRIEUC", "UM"),
    ("Patient admis au CH de Dreux, UF 2231, le 03/02/2026.", "CH de Dreux", "UF"),
    ("CHU NIMES   UH 1207", "CHU NIMES", "UH"),
]


@pytest.mark.parametrize(("text", "place", "code"), BANNERS)
def test_the_code_stays_readable_and_the_establishment_masked(
    detector: Detector, text: str, place: str, code: str
) -> None:
    found = detector.detect(text)
    at = text.index(code, text.index(place) + len(place))
    assert not any(f.start < at + len(code) and at < f.end for f in found), [
        (str(f.label), text[f.start : f.end]) for f in found
    ]
    start = text.index(place)
    assert any(
        f.start <= start and start + len(place) <= f.end and str(f.label) == "ETABLISSEMENT" for f in found
    )


def test_only_the_codes_themselves() -> None:
    text = "UF 2210, Ufa, UFR, Uf"
    assert a_unit_code(text, 0, 2)
    assert not a_unit_code(text, 9, 12)  # « Ufa » (a city abroad) is no code
    assert not a_unit_code(text, 14, 17)  # « UFR », a university's unit
    assert not a_unit_code(text, 19, 21)  # written in lower case: no code
