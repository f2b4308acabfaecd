"""A medical laboratory named in a text typed all in lower case (issue 8, the perturbation suite's lower
case): a network's brand of its list (« labo cerballiance », « synlab provence »), and after
« laboratoire » a name made on « bio » (« laboratoire bio-armor »), as a lab report's header names
them. Not « laboratoire de biologie », « laboratoire biologique », a medicine's maker
(« laboratoire biogaran »), nor « bio » alone. Names invented but the networks' brands."""

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
        "compte rendu validé par dr <NOM>quéméner</NOM> — <ETABLISSEMENT>laboratoire synlab vosges</ETABLISSEMENT>",
        "prélèvement adressé au labo <ETABLISSEMENT>cerballiance</ETABLISSEMENT> du quartier, résultat demain.",
        "bilan transmis par fax — <ETABLISSEMENT>laboratoire bio-garonne</ETABLISSEMENT>, agen",
        "<ETABLISSEMENT>laboratoire biolam touraine</ETABLISSEMENT> — site de chinon\ndossier n° 12-4471",
        "patient\tdate\tlabo\nrivière paul\t03.02.2026\t<ETABLISSEMENT>laboratoire bio nord</ETABLISSEMENT> arras",
    ],
)
def test_a_laboratory_in_lower_case(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_touched(_detector().detect(text), marked)


@pytest.mark.parametrize(
    "text",
    [
        "le laboratoire de biologie a rappelé, bilan à refaire demain matin",
        "bilan fait au laboratoire biologique du service, revu le lendemain",
        "le laboratoire biogaran a rappelé le lot, patiente prévenue par téléphone",
        "le laboratoire bio a rappelé ce matin pour le bilan",
    ],
)
def test_no_laboratory_where_the_words_say_otherwise(text: str) -> None:
    assert not any(f.label == "ETABLISSEMENT" for f in _detector().detect(text)), text
