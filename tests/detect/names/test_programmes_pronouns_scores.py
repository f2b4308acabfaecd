"""Words the name readers took for people (issue 8, over-masking): the health insurance's programmes
in capitals (« PRADO », « NOEMIE »), an English pronoun or verb opening a sentence (« She was… »,
« Thank you »), an elided article glued to a common word (« L'ancien traitement »), a score named
after two people then its grade (« Hunt et Hess II »). Each with what must still be found beside it.

Synthetic sentences only (invented names).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

CLEAR = [
    "Sortie organisée via PRADO orthopédie ; transmission NOEMIE à la caisse.",
    "Retour à domicile avec le programme PRADO de la CPAM. Inscrite au dispositif NOEMIE.",
    "Adhère au programme SOPHIA depuis 2019.",
    "Patient seen in the ED. She was discharged home. They agreed to follow up.",
    "Thank you for your referral. She has a history of asthma. He will call.",
    "L'ancien tabagique est sevré. L'ancien traitement est arrêté.",
    "L'autre fils passera demain ; L'équipe mobile est prévenue.",
    "HSA Hunt et Hess II, Fisher III à l'admission.",
    "Admise pour HSA classée Hunt et Hess IV.",
    "HSA grade II de Hunt et Hess.",
    "HSA Hunt et Hess 3, Fisher 4.",
]

FOUND = [
    # a programme's letters beside a name in capitals, or after a title, are a person's
    "Patiente : <NOM>MARTIN NOEMIE</NOM>, née le <DATE_NAISSANCE>12/03/1980</DATE_NAISSANCE>.",
    "<NOM>NOEMIE DUPONT</NOM> est venue. M. <NOM>PRADO</NOM> est revenu.",
    # a name after the English pronoun is still one
    "Thank you for seeing Mrs <NOM>Hollins</NOM>. She has a history of asthma.",
    # names glued to their particle keep their capital after it
    "Vu avec Mme <NOM>N'diaye Awa</NOM> ce matin.",
    # two people then a number that goes on
    "Vu avec <NOM>Martin</NOM> et <NOM>Dupont</NOM> 2 fois cette semaine.",
]


@pytest.mark.parametrize("text", CLEAR)
def test_no_person_there(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label == "NOM"]
    assert not found, [text[f.start : f.end] for f in found]


@pytest.mark.parametrize("marked", FOUND)
def test_the_person_beside_it_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)
