"""Stay numbers written as codes (issue #8): a unit's letters between the year and the number
(« 2024/PSY/00418 »), a letter-prefixed code right after « séjour » or « venue » without « n° »
(« séjour S24/004812 »). Traps: a stay described in words, a day of stay (« séjour J3 »), a code with
too few digits, a suffix that is a word."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import hospital_ids
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = hospital_ids.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Référence dossier : <NDA>2024/PSY/00418</NDA> ; patient vu en CMP.",
        "N° dossier <NDA>23-CAR-00412</NDA> transmis au DIM",
        "IPP <IPP>1200457</IPP>, séjour <NDA>S24/004812</NDA>, dernier passage le 23/09.",
        "Séjour <NDA>V250004418</NDA> clos par le DIM",
        "venue <NDA>U2500187</NDA> aux urgences",
    ],
)
def test_coded_stay_numbers_are_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(kept(R, text), marked, labels=("IPP", "NDA"))


@pytest.mark.parametrize(
    "text",
    [
        "séjour J3 sans complication",
        "séjour en réanimation de 3 jours",
        "séjour AB12 puis retour",  # two digits: no stay number
    ],
)
def test_other_stays_are_not(text: str) -> None:
    assert kept(R, text) == []
