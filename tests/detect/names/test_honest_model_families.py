"""Press names that the word model trained on NewsEye's test file used to catch alone, read by rules
since press14 shipped the weights that never saw that file: a surname before a verb of a story's past
(« Kervadec rentra »), an initial glued to a « ? » or a column's cut mark, a work spelt with its
ligature (« œuvres de »), « à la place de » a person, a given name cut of its drop cap before a surname
in capitals nothing found. Traps: the clinical text each rule could misread. All text is invented."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


def _check(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        "Le soir même, <NOM>Kervadec</NOM> rentra chez lui.",
        "Le lendemain, <NOM>Guénolé</NOM> retrouva sa sœur à Brest.",
        "Vers minuit, <NOM>Plouzanec</NOM> repartit sans un mot.",
        # traps: a medicine, a service, a common word before the same verbs
        "Le patient rentra chez lui. Doliprane arriva trop tard.",
        "Le soir, Cardiologie arriva. Biologie retrouva une anémie.",
        "La fièvre tomba vers 3 h. Le Samu arriva à 4 h.",
    ],
)
def test_surname_before_a_verb_of_a_story(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Pourquoi ?<NOM>J. Simonard</NOM> ne le dit pas.",
        "Et alors !<NOM>P. Kervadec</NOM> aussi.",
        "un des plus grands journalis¬<NOM>W. CHURNEY</NOM> écrivait alors",
        # traps: a result after a label's colon, a grade after a glued colon, a word cut at a line end
        "Résultat :A. Normal.",
        "Taille :T. 2 cm.",
        "Elle ne veut pas parler à <NOM>Phi¬lippe</NOM> de cela.",
    ],
)
def test_initial_glued_after_french_spacing_or_a_cut_mark(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Radio-Paris, œuvres de <NOM>Weberink</NOM> et de <NOM>Dukasov</NOM>.",
        "Ce soir, œuvres de <NOM>Weberink</NOM>.",
        # traps: the locution « mise en œuvre de », either spelling
        "La mise en œuvre de Parcoursup est lente.",
        "La mise en oeuvre de Mediboard est prévue.",
    ],
)
def test_a_work_spelt_with_its_ligature(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Il joua quelquefois à la place de <NOM>Nockel</NOM> indisponible.",
        "Il a pris la place de <NOM>Solominet</NOM> au conseil.",
        # traps: a medicine or a service replaced, a square, a common word
        "À la place de Doliprane, Efferalgan 1 g.",
        "à la place de Lovenox on met Innohep.",
        "à la place de Cardiologie.",
        "Rendez-vous sur la place de Jacques Cartier.",
        "Mise en place de la sonde le 3 mars.",
    ],
)
def test_in_place_of_a_person_alone(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "versé au trésor public.<NOM>AUL LANGEVAL</NOM> n'est plus. Un grand savant.",
        "la « grande boucherie ».<NOM>OHN DOS PASSAGOS</NOM> est né en 1896.",
        # traps: an acronym, a line of a report in capitals, a common word after the cut given name
        "ARC présent ce soir.",
        "IRM CEREBRALE normale.",
        "ACE INHIBITEUR introduit ce jour.",
    ],
)
def test_given_name_cut_of_its_drop_cap_before_a_surname(marked: str) -> None:
    _check(marked)
