"""Places in a note typed all in lower case (issue #8, perturbation « tout en minuscules », the probe's
weakest): no capital says where a street's name or a hospital's starts, so the context must.

- postal boxes before their postcode (« bp 214, 69421 lyon cedex », « cs 60015 — 95001 … »);
- a street without number after an address's label or before a postcode (« domicile : chemin de la
  source », « avenue des flamboyants — 97306 cayenne »);
- the famous hospitals after a care cue (« suivie à necker », « vers lariboisière »);
- a commune no list holds after a postcode on an address's line (« 14 rue de l'industrie, 67800
  hoenheim », « lieu-dit le moulin, 24200 sarlat »).

Traps: the same words in care notes (« bp 120/80 », « route de la guérison », « voie veineuse »).
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "adresse de facturation : <ADRESSE>bp 214</ADRESSE>, 69421 lyon cedex 03",
        "adresse de correspondance : <ADRESSE>cs 60015</ADRESSE> — 95001 cergy-pontoise cedex",
        "domicile : <ADRESSE>chemin de la source</ADRESSE>, le bourg-d'oisans.",
        "centre hospitalier de cayenne\n<ADRESSE>avenue des flamboyants</ADRESSE> — 97306 cayenne — standard",
        "employeur : sarl btp, <ADRESSE>za des platières</ADRESSE>, 69390 vourles.",
        "suivie à <ETABLISSEMENT>necker</ETABLISSEMENT> dans l'enfance, puis transférée vers "
        "<ETABLISSEMENT>lariboisière</ETABLISSEMENT>.",
        "aux urgences de <ETABLISSEMENT>hautepierre</ETABLISSEMENT> le 02.03.2025.",
        # a commune no list holds, in lower case after a postcode on an address's line
        "employeur : transports kieffer, 14 rue de l'industrie, 67800 <VILLE>hoenheim</VILLE>",
        "lieu-dit la croix blanche, 19230 <VILLE>pompadour</VILLE>",
    ],
)
def test_the_place_is_found_in_lower_case(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in found), (
            text[start:end],
            [(f.label, text[f.start : f.end]) for f in found],
        )


@pytest.mark.parametrize(
    "text",
    [
        "ta 120/80, bp 120/80 à 10h, cs 4 ce matin.",
        "la route de la guérison est longue ; mise en place du picc le 12/03.",
        "chemin clinique validé ; place de la chimio discutée en rcp.",
        "le necker du cou est souple",  # no care cue before it
        "dosage à 75000 unités puis 35000 ui ; 67800 patients suivis.",
    ],
)
def test_care_words_in_lower_case_stay_clean(text: str) -> None:
    found = [
        (f.label, text[f.start : f.end])
        for f in engine().detect(text)
        if f.label in {"ADRESSE", "ETABLISSEMENT", "VILLE"}
    ]
    assert found == []


@pytest.mark.parametrize(
    "marked",
    [
        # in a text typed in capitals, the re-cased reading must confirm a postal box and a letterhead's
        # street before its box and postcode, or the first reading's are dropped
        "ADRESSE DE FACTURATION : <ADRESSE>BP 214</ADRESSE>, 69421 LYON CEDEX 03 ET LE PATIENT EST SORTI HIER",
        "CHU DE CAEN NORMANDIE — HÔPITAL FEMME ENFANT HÉMATOLOGIE\n<ADRESSE>AVENUE DE LA CÔTE DE NACRE</ADRESSE>"
        " — <ADRESSE>CS 30001</ADRESSE> — 14033 CAEN CEDEX 9\nSERVICE DE PÉDIATRIE",
    ],
)
def test_the_place_is_found_in_capitals(marked: str) -> None:
    test_the_place_is_found_in_lower_case(marked)
