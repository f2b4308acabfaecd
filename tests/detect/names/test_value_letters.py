"""A capital letter that closes a clause after a lower-case noun is a grade, a side or a value, not an
initial (issue 8, probe13's family): « … toilette C. Résultat : GIR 2 » (an AGGIR grid), « douleur hanche
G. Appel du 15 », « déplacements intérieurs A. Évaluatrice : », « deltoïde G. Pharmacien : ». The next
sentence's first word, a common word or a word of no list, was read as a surname after an initial.
Kept: an initial after a role, a relative, a title, a small word or a past participle (« l'interne
C. Rivière », « sa fille A. Rose », « signé C. Rivière », « par A. Berger »), in a list of staff."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "text",
    [
        "Transferts B, déplacements extérieurs C. Résultat : GIR 3.",
        "Chute dans la cuisine, douleur épaule D. Appel du médecin traitant à 9 h.",
        "Habillage haut B, habillage bas C. Évaluatrice : infirmière de l'équipe APA.",
        "Vaccin injecté dans le deltoïde G. Pharmacien : à compléter.",
        "Carence en vitamine D. Bilan phosphocalcique normal.",
        "Orientation temporelle B. Conclusion : troubles modérés.",
    ],
)
def test_a_value_letter_is_no_initial(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Vu avec l'interne <NOM>C. Rivière</NOM> ce matin.",
        "Courrier signé <NOM>C. Rivière</NOM>.",
        "Examen fait par <NOM>A. Berger</NOM> et <NOM>P. Roy</NOM>.",
        "Sa fille <NOM>A. Rose</NOM> est prévenue.",
        "Présents : <NOM>J. Rivière</NOM>, <NOM>A. Fort</NOM>.",
    ],
)
def test_an_initial_stays_an_initial(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
