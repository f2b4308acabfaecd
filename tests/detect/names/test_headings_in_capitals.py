"""A heading in capitals after a care-note phrase is no person (issue 8, probe13's family): « DOSSIER DE
LIAISON D'URGENCE (DLU) », « DOSSIER DE SOINS INFIRMIERS », « TRANSMIS A SECRETARIAT ». « dossier de »
and « transmis à » introduce a person in a note (« le dossier de Martin »); typed in capitals, a common
word that no name list holds is the heading's next word. Kept: a listed name after the same phrase in
capitals (« VU PAR DUPONT », « DOSSIER DE MARTIN PAUL »)."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "DOSSIER DE LIAISON D'URGENCE (DLU)\nNom d'usage : <NOM>KERBRAT</NOM>",
        "DOSSIER DE SOINS INFIRMIERS\nPatient : <NOM>Hamon Lucie</NOM>",
        "TRANSMIS A SECRETARIAT LE 12/03",
        "VU PAR <NOM>DUPONT</NOM> LE 12/03",
        "DOSSIER DE <NOM>MARTIN PAUL</NOM>",
    ],
)
def test_a_heading_in_capitals(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
