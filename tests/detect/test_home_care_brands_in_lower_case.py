"""A home-care service named by its brand of generic words (« HAD Santé Service »), in a text typed
all in lower case or all in capitals (issue 8, the perturbation suite's lower case and capitals): two
or three words after « had » or « ssiad » to the visible end of the clause. Not a time, a kind of care
or a speciality after it, nor words going on in the sentence. Brands invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_touched, parse_inline


@cache
def _detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "relève du soir, had <ETABLISSEMENT>soins maison avenir</ETABLISSEMENT>\npatiente : <NOM>vasseur odile</NOM>",
        "suivie à domicile (had <ETABLISSEMENT>soins relais domicile</ETABLISSEMENT>) depuis le <DATE>2 avril</DATE>",
        "NOTE DE L'INFIRMIÈRE : PRISE EN CHARGE PAR L'HAD <ETABLISSEMENT>SANTÉ SERVICE VERCORS</ETABLISSEMENT>,"
        " PASSAGE CHAQUE MATIN",
        # a list of patients after the brand heading its line: the first is no site of the service
        "RELÈVE DE NUIT — HAD SOINS MAISON AVENIR\n- <NOM>LEMAIRE JOCELYNE</NOM>, PANSEMENT FAIT, DORT",
    ],
)
def test_a_home_care_brand_in_one_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_touched(_detector().detect(text), marked)


@pytest.mark.parametrize(
    "text",
    [
        "transfert en had demain matin, puis revoir",
        "relais en had soins palliatifs, puis revoir",
        "relais par l'had pédiatrie générale, puis revoir",
        "entrée en had la semaine prochaine, puis revoir",
    ],
)
def test_no_home_care_brand_where_words_describe_the_care(text: str) -> None:
    assert not any(f.label == "ETABLISSEMENT" for f in _detector().detect(text)), text
