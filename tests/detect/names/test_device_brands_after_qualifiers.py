"""A device's make and model after the device and what qualifies it (issue 8, over-masking on traps).

« pompe à perfusion Volumat Agilia », « seringue électrique Bravon Tesla »: the brand of a device,
no person, read through a complement with « à » / « de » or an adjective of the device's kind.
« le respirateur de Jean Dupont » and « les Pompes funèbres Thévenet » keep their person.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Pompe à perfusion Corvala Ternix contrôlée, maintenance faite.",
        "Seringue électrique Bravon Tesla à changer, moniteur multiparamétrique Kardal Vesto en panne.",
        "Respirateur de transport Oxylag Tervo vérifié avant le départ.",
        "Pompe à insuline Medtrum Nano posée en hôpital de jour.",
        # traps: a person after « de », a business named after somebody
        "Le respirateur de <NOM>Jean Dupont</NOM> est en panne.",
        "Transport par les Pompes funèbres <NOM>Thévenet</NOM>.",
    ],
)
def test_device_brands(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
