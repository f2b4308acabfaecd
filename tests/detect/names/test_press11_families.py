"""Families of press11 (issue #8): the name model retrained on NewsEye's dev files only (its test file
held out), and what that model must still leave readable. All text is invented."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_name_model import engine


@pytest.mark.parametrize(
    "marked",
    [
        # the liver's and the muscle's enzymes of a blood test, in capitals, listed two by two: no name
        "Des élévations transitoires des transaminases ( ALAT et ASAT ) ont été observées en début "
        "de traitement .",
        "Hausse des enzymes hépatiques ( SGOT et SGPT ) chez trois patients .",
        "Une élévation des TGO et TGP , des GGT et des LDH a été rapportée .",
        "Surveiller les CPK ( créatine phosphokinase ) et les ASAT pendant le premier mois .",
    ],
)
def test_enzymes_of_a_blood_test_are_no_names(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(engine().detect(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # the « y » of a Spanish compound surname, between two names found, is masked with them
        "Le témoin, <NOM>Ramón Castellar y Moradiel</NOM>, a été entendu hier.",
        "L'un de ses complices, <NOM>Jean Luciano Villars y Valancio</NOM>, né en 1900 à Bilbao, a fui.",
        "M. <NOM>Ortega y Gasset</NOM> a publié un essai.",
        # traps: « y » the French pronoun after a name, a verb or « compris » after it
        "Le Dr <NOM>Martin</NOM> y est allé hier, puis <NOM>Durand</NOM> y a dormi.",
        "Vu Mme <NOM>DUPONT</NOM> y compris sa fille.",
    ],
)
def test_the_y_of_a_spanish_compound_surname(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(engine().detect(text), marked, labels=["NOM"])
