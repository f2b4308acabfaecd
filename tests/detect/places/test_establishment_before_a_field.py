"""An establishment's name at the end of a letterhead's line does not run onto the next line's field
label (the second reading joins the lines): « CENTRE HOSPITALIER DE VIERZON ⏎ Patient : … »."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "<ETABLISSEMENT>CENTRE HOSPITALIER DE VIERZON</ETABLISSEMENT>\nPatient : M. <NOM>Hervé Quillec</NOM>",
        "<ETABLISSEMENT>Polyclinique du Val de Sambre</ETABLISSEMENT>\nDossier n° <NDA>24118</NDA>",
        "<ETABLISSEMENT>EHPAD Les Glycines</ETABLISSEMENT>\nRésidente : Mme <NOM>Abadie</NOM>",
        "<ETABLISSEMENT>CH de Lannemezan</ETABLISSEMENT>\nNom : <NOM>Peyrot</NOM>",
        # a name wrapped over two lines is still one name, a colon after it or not
        "<ETABLISSEMENT>Centre hospitalier de\nSaint-Gaudens</ETABLISSEMENT> : service de médecine",
    ],
)
def test_an_establishment_stops_before_the_next_lines_field(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=["ETABLISSEMENT"])
