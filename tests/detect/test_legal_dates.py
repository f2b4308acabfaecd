"""The date of a law, a decree, an order or a circular is nobody's (issue 8, over-masking on traps).

Only a date right after a legal text's name and « du » is exempted; a patient's date beside it, a
treatment « arrêté du … », a prescription « l'ordonnance du … » stay masked.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "La loi du 22 avril 2005 relative aux droits des malades en fin de vie.",
        "Le décret n° 2016-1067 du 3 août 2016 fixe le contenu du document de sortie.",
        "Vu l'arrêté ministériel du 14 novembre 2018 et la circulaire DGOS/PF2 du 9 juin 2011.",
        "Conformément à l'arrêté interministériel du 6 janvier 1962 (actes médicaux).",
        "Ordonnance n° 2017-31 du 12 janvier 2017, instruction n° DGS/RI1/2015/195 du 3 juillet 2015.",
        "Décret en Conseil d'État : voir le décret du 27/05/2016.",
        "La LOI DU 2 FÉVRIER 2016 crée de nouveaux droits.",
        # traps: a patient's dates stay masked, even beside a legal text
        "Selon la loi du 5 juillet 2011, SPDT prononcée le <DATE>12 mars 2024</DATE>.",
        "Kardégic arrêté du <DATE>3 février 2025</DATE> au <DATE>9 février 2025</DATE>.",
        "Renouveler l'ordonnance du <DATE>14 janvier 2025</DATE>.",
        "Directive anticipée du <DATE>2 juin 2023</DATE> retrouvée dans le dossier.",
        "Ordonnance ALD du <DATE>18 octobre 2024</DATE> à refaire.",
        # a prefect's order is one patient's (an admission under constraint)
        "SDRE : copie de l'arrêté du <DATE>11/03/2025</DATE> transmise au JLD.",
        "Arrêté préfectoral du <DATE>2 mars 2025</DATE> portant admission en soins psychiatriques.",
    ],
)
def test_legal_dates(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
