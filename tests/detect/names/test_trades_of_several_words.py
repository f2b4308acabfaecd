"""Staff of research, social and legal care named after their trade of several words and its article
(issue #8, probe10's residual misses: a research case report form): « l'attachée de recherche clinique
Moana Flosse », « l'assistante sociale Leroux », « l'éducatrice spécialisée Inès Camara », « le
mandataire judiciaire Vasseur ». Traps: a body or a programme after the same words."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Consentement recueilli par l'attaché de recherche clinique <NOM>Teva Maraea</NOM> le 4 mars.",
        # surnames no list holds: the trade alone tells them
        "Rendez-vous pris avec l'assistante sociale <NOM>Kerdraonec</NOM> pour le dossier APA.",
        "Le jeune est accompagné par son éducateur spécialisé <NOM>Lebeauvoir</NOM>.",
        "Le mandataire judiciaire <NOM>Vaskerian</NOM> a été prévenu le 12/02.",
        "Questionnaires remis par la technicienne d'études cliniques <NOM>Paillardet</NOM>.",
    ],
)
def test_a_name_after_a_trade_of_several_words(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "Orientation vers l'assistante sociale Scolaire et l'aide sociale Départementale.",
        "Financement par la recherche clinique Promotion Interne, examen clinique Normal.",
        "Le mandataire judiciaire Tutelles Services a été désigné.",
    ],
)
def test_no_name_after_the_trade(text: str) -> None:
    assert names(text) == []
