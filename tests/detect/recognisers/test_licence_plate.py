"""Licence plates: SIV « AB-123-CD » and the old « 1234 AB 56 »."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import licence_plate
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = licence_plate.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Accident de la voie publique, véhicule <IMMATRICULATION>AB-123-CD</IMMATRICULATION>.",
        "Plaque <IMMATRICULATION>GH 456 JK</IMMATRICULATION> relevée par les pompiers.",
        "Scooter immatriculé <IMMATRICULATION>FX123ZZ</IMMATRICULATION>",
        "Voiture <IMMATRICULATION>1234 AB 56</IMMATRICULATION>, ancienne immatriculation",
        "Véhicule <IMMATRICULATION>12 ABC 2A</IMMATRICULATION>",
        "Vu avec la <IMMATRICULATION>ZZ-999-AA</IMMATRICULATION> sur le parking",  # dashed: no context needed
        "Ancien véhicule <IMMATRICULATION>456 XYZ 75</IMMATRICULATION>.",
        "Vue sur le parking : <IMMATRICULATION>130-LCL-29</IMMATRICULATION>",  # old format, dashed
        "Témoin : <IMMATRICULATION>CU-891-TO</IMMATRICULATION>",  # dashed: any capitals
    ],
)
def test_plates_are_found(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Score AB 123 CD",  # SIV shape with spaces but no context
        "Gène AI 123 BC",  # I, O and U are never used on SIV plates: spaced, it needs them out
        "Bilan 12 UI 50",  # short old format without context
        "Classification GOLD 3, stade IV, cT2N1M0.",
        "Hb 12,3 g/dL, 3 CP 12 h, 500 MG 24",
    ],
)
def test_clinical_text_is_not_a_plate(text: str) -> None:
    assert kept(R, text) == []
