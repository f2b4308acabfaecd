"""Families of the twenty-eighth batch (a CHU's data team's own documents), each with invented text:
a hospital's site named by its own name alone, with or without its article, after a unit and « de » or
in a clause of care; and the traps that go with them (a unit's name in a heading, a germ's Latin name,
a surgical technique after its author, a feast, a region, a commune, a person after « adressée à »)."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import part_masked, part_touched

DETECTOR = Detector()


def _masked(text: str, part: str) -> bool:
    return part_masked(DETECTOR.detect(text), text, part)


def _touched(text: str, part: str) -> bool:
    return part_touched(DETECTOR.detect(text), text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # after a speciality and « de », the site's name with its article
        ("Je l'ai vue à la consultation de neurologie de la Marbrière pour ses céphalées.", "la Marbrière"),
        ("Bilan fait au service de pneumologie de la Fontonne la semaine dernière.", "la Fontonne"),
        # after a unit and « de », a name that no list holds
        ("Elle est revenue aux urgences de Morvenac cette nuit.", "Morvenac"),
        ("Tubes envoyés au labo de Pontigrane ce matin.", "Pontigrane"),
        # after « à » in a clause of care, with or without its article
        ("Il souhaite être opéré près de chez lui, à la Vérandière.", "la Vérandière"),
        ("Antécédents : cholécystectomie en 2011 à la Croix Bergère, puis rien.", "la Croix Bergère"),
        ("Elle souhaite poursuivre son suivi à Kervallec.", "Kervallec"),
    ],
)
def test_site_named_alone_after_a_care_cue(text: str, part: str) -> None:
    assert _masked(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit's name in a heading, and a unit in title case
        ("Service de Néphrologie — Dialyse — Transplantation", "Néphrologie"),
        ("Service de Chirurgie de la Main et du Membre supérieur", "Main"),
        # a germ's Latin name after « à »
        ("Biopsie gastrique : gastrite chronique à Helicobacter pylori.", "Helicobacter"),
        # a technique after its author, a study after « de »
        ("Exérèse en chirurgie de Kerdal proposée au patient.", "Kerdal"),
        ("Revue de la physiopathologie de Starling en cours.", "Starling"),
        # a feast, a region, the unit's own word capitalised
        ("Opérée à la Toussaint, suivie en consultation de la Douleur.", "Douleur"),
        ("Elle a été opérée à la Martinique l'an dernier.", "Martinique"),
        ("Elle a été hospitalisée à la Clinique en 2019.", "Clinique"),
    ],
)
def test_no_site_after_a_care_cue(text: str, part: str) -> None:
    assert not _touched(text, part)
