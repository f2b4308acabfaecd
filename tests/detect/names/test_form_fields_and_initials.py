"""Names in forms and logbooks (issue 8, probe6): the initials a pharmacovigilance form names the
patient by (« initiales J.-M. D. »), a kinship field with its colon (« (fille : Anne) »), a signature
after a line that ends on an eponym's noun (« selon protocole. — Karine »); and what is no name there:
a form's label after a title's box (« [X] Mme   NOM : »), the next field after an initial (« D.   Sexe : »)."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Patient : initiales <NOM>J.-M. D</NOM>.   Sexe : M",
        "Initiales : <NOM>JMD</NOM>, 45 ans",
        "Refus : oui (fille : <NOM>Anne</NOM>)",
        "Épouse : <NOM>Monique</NOM>",
        "Novorapid 4 UI selon protocole. — <NOM>Karine</NOM> (remplaçante)",
        "[ ] M  [X] Mme   NOM : <NOM>N'GUESSAN</NOM>   Prénom : <NOM>Adjoua Prisca</NOM>",
        "Dr <NOM>J.-P. Lemoal</NOM>",
    ],
)
def test_names_in_forms(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "les initiales sont à reporter sur chaque page",
        "Fils : Oui ; Fille : Non",
        "selon protocole de Forrest IIa",
        "[X] Mme   Nom : à compléter",
        "test de Romberg positif, signe de Babinski",
    ],
)
def test_no_name_there(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label == "NOM"]
    assert not found, [text[f.start : f.end] for f in found]
