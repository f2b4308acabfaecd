"""A field's label clipped short stays readable (issue 8: « Méd. : Dr … », « Adm. 02/12/26 », « N/Réf : »,
« Adr. : »), though the lists hold « Méd » or « Adr » as names. The name, the date, the address and the
reference after the label are still masked; a clipped given name after a surname stays a name."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Cardiologie lit 12 | Méd. : Dr <NOM>Oukaci</NOM>",
        "Méd. traitant : Dr <NOM>Vasseur</NOM>",
        "Adm. <DATE>14/11/26</DATE>   Néphrologie — ch. 4",
        "Adr. : <ADRESSE>12 impasse des Lilas</ADRESSE>, <CODE_POSTAL>37000</CODE_POSTAL> <VILLE>Tours</VILLE>",
        "V/Réf : dossier suivi en hôpital de jour",
        # a name after a surname, clipped with its dot, stays a name
        "Patient : <NOM>HAMDI Med</NOM>. né le <DATE_NAISSANCE>3/4/1950</DATE_NAISSANCE>",
    ],
)
def test_clipped_labels_stay_readable_and_what_follows_is_masked(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
