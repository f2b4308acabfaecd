"""A care role written as a label right before a name, without article or colon (issue #8, probe8):
triage sheets, checklists and rosters write « IOA Gaëtan », « (IDE Prune Gorge) », « Dr Vidal /
interne Chanthavong ». Traps: a shift, a speciality, a quality or a unit after the role (« IDE
Matin », « interne Cardio », « IDE Référente », « IDE HAD »), an anatomical « interne » or « externe »
after a noun (« carotide interne Gauche »), a line in capitals."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "IOA <NOM>Gaëtan</NOM> : patiente de 84 ans, chute à domicile.",
        "Décharge signée devant témoin (IDE <NOM>Prune Gorge</NOM>) à 23h10.",
        "Dr <NOM>Pépin-Sage</NOM> / interne <NOM>Chanthavong</NOM> / externe <NOM>Lebourhis</NOM>",
        "Équipe : IADE <NOM>Le Meur</NOM>, IBODE <NOM>Gwendal Riou</NOM>.",
        "Relevé avec interne <NOM>Okafor</NOM> ce matin.",
        "AS <NOM>Julie</NOM> au lit 3, IDE <NOM>Rose</NOM> passera à 14h.",
    ],
)
def test_a_name_after_a_care_role(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "IDE Matin : 3 patients, IDE Soir : 2 patients.",
        "IDE de nuit prévenue, AS du matin absente.",
        "Passage IDE Libérale 2x/j ; IDE Coordinatrice informée.",
        "Avis interne Cardio demandé ; externe Urgences absent.",
        "IDE HAD passera demain ; IBODE Salle 4.",
        "IOA Tri 2, box 3.",
        "Sténose de la carotide interne Gauche à 70 %.",
        "ROTATION INTERNE DROITE LIMITÉE, IDE MATIN ET SOIR",
        "IADE Formation continue le mardi.",
        "Norge Biogen Idec Norway AS Tlf : + 47 23 00 52 50",  # « AS »: a company form too
    ],
)
def test_no_name_after_a_role_that_qualifies_nothing_personal(text: str) -> None:
    assert names(text) == []
