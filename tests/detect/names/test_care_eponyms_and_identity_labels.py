"""Words of care and of identity labels stay readable (issue 8): an eponym after a lesion's or a
device's noun (« naevus de Spitz », « têtière de Mayfield »), the English times of a cardiac arrest
(« no flow 3 min, low flow 18 min »), the labels of interchange formats (« INS-NIR », « NISS »,
« VALI »). The identifiers and the names beside them are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Exérèse d'un naevus de Spitz atypique du mollet.",
        "Tête fixée en têtière de Mayfield, craniotomie pariétale.",
        "Arrêt cardiaque récupéré : no flow 2 min, low flow 25 min, 3 chocs.",
        '<patient assigningAuthorityName="INS-NIR" extension="<NIR>185057512301242</NIR>"/>',
        "NISS belge <IDENTIFIANT>72.11.03-251.47</IDENTIFIANT>, affiliation en cours.",
        "Rappel : avis du Dr <NOM>Spitz</NOM>, dermatologue, le <DATE>3 mars</DATE>.",
    ],
)
def test_care_eponyms_and_identity_labels_stay_readable(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
