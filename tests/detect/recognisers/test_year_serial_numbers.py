"""A file's, a stay's or an examination's number written as a code, a two-digit year, a slash and a
serial number (issue 8, the seventeenth to nineteenth batches: « dossier SJ26/118742 », « Examen
ETT26/9918 », « Réf. H 26 / 07745 »). Every number is invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.recognisers.fr import year_serials
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

RECOGNISER = year_serials.build()
ENGINE = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Pat. X – dossier <NDA>LB25/204417</NDA>\nBilan",
        "Scintigraphie — Dossier <NDA>NM24/0871</NDA>",
        "Examen <NDA>ECG25/55120</NDA> du 3/11",
        "Compte rendu <NDA>IRM26/00412</NDA> validé",
        "sous la référence <NDA>P25/3318</NDA>, reçu le 2 mai",
        # spaced, after a word that gives a reference
        "Réf. <NDA>B 25 / 10482</NDA> — prélèvement du 3 mai",
        "n° <NDA>HC 24/77120</NDA> (anapath)",
        "Dossier : <NDA>K 26 /4471</NDA>",
    ],
)
def test_a_code_a_year_a_slash_and_a_serial(marked: str) -> None:
    assert_finds(kept(RECOGNISER, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "discopathie L4/L5 et L5/S1",  # vertebrae
        "rapport CD4/CD8 à 1,2 ; CD4 450/mm3",
        "marqueur CA19/9 normal",
        "T12/345 mg",  # followed by a unit
        "EVA10/100 ce matin, SAT98/100",  # scores out of a hundred
        "COVID19/2020 : pandémie",  # no code of five letters
        "ratio PaO2/FiO2 à 210, HbA1c 7,2 %",
        "PA 12 / 345 sans référence",  # spaced without a reference word
        "TA 12/8, pouls 88/min, glycémie 5/100",
        "version 2.26/1234 du logiciel",
        "dossier sj26/118742 saisi en minuscules",  # glued in lower case: another reading's business
    ],
)
def test_other_slashes_are_left_alone(text: str) -> None:
    assert kept(RECOGNISER, text) == []


def test_the_engine_masks_the_stay_number_whole() -> None:
    text = "Mme Y – née 02.03.1961 – dossier TR26/553108\nBilan du jour"
    found = [(text[f.start : f.end], f.label) for f in ENGINE.detect(text)]
    assert ("TR26/553108", Label.NDA) in found
