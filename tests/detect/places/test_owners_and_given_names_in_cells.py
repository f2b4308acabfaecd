"""A person where an organisation's reading also fits, however the row is laid out or the line cased
(issue 8, the perturbation suite: table rows, all capitals, all lower case).

- A surname in capitals, then a given name that a region also is (« ROUX Lorraine »), in a table's
  cell: a person as records write one, not a regional centre's acronym and its region (« CRA
  Lorraine » stays a centre).
- An ambulance firm named after its owner (« Ambulances Brunel »): the surname is a person's, in mixed
  case, in capitals and in lower case alike; a firm named by a quality, a saint or its town stays an
  establishment.

All names are invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import parse_inline


@cache
def _detector() -> Detector:
    return Detector()


def _found_as_marked(marked: str) -> None:
    """Every marked span is overlapped by a finding of its label."""
    text, spans = parse_inline(marked)
    findings = _detector().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start < end and start < f.end for f in findings), (
            f"{label} {text[start:end]!r} in {text!r}: {[(f.label, text[f.start : f.end]) for f in findings]}"
        )


@pytest.mark.parametrize(
    "marked",
    [
        "| Instrumentiste | <NOM>FAURE Lorraine</NOM> |\n| Circulante | <NOM>BLANC Odile</NOM> |",
        "IBODE\t<NOM>ROUX Lorraine</NOM>\nIADE\t<NOM>MERCIER Paul</NOM>",
        "| Chirurgien | Dr <NOM>VIDAL Hugo</NOM>   IDE | <NOM>GARNIER Lorraine</NOM> |",
        "Équipe de nuit : <NOM>MARCHAND Lorraine</NOM>, <NOM>LEROY Anne</NOM>",
    ],
)
def test_a_surname_in_capitals_then_a_given_name_that_is_a_region(marked: str) -> None:
    _found_as_marked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Bilan transmis au <ETABLISSEMENT>CRA Lorraine</ETABLISSEMENT> le mois dernier.",
        "Relecture — <ETABLISSEMENT>CRCDC Lorraine</ETABLISSEMENT> — mammographie de dépistage.",
    ],
)
def test_a_regional_centre_stays_a_centre(marked: str) -> None:
    _found_as_marked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Retour à domicile : Ambulances <NOM>Fourcade</NOM>, départ 16 h.",
        "TRANSPORT : AMBULANCES <NOM>FOURCADE</NOM> (AGRÉMENT 31-204), VÉHICULE DE GARDE",
        "transport : ambulances <NOM>fourcade</NOM> (agrément 31-204), véhicule de garde",
        "| Transporteur | Ambulances <NOM>Delmas</NOM> |",
        "Transporteur\tAMBULANCES <NOM>DELMAS</NOM>\tAller simple",
    ],
)
def test_an_ambulance_firm_named_after_its_owner(marked: str) -> None:
    _found_as_marked(marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Retour assuré par les <ETABLISSEMENT>Ambulances Vertes</ETABLISSEMENT> vers 17 h.",
        "Prise en charge par <ETABLISSEMENT>AMBULANCES SAINT-CHRISTOPHE</ETABLISSEMENT> à 8 h 15.",
        "Transport : <ETABLISSEMENT>Ambulances Vienne</ETABLISSEMENT>, bon n° 2231.",
    ],
)
def test_an_ambulance_firm_named_otherwise_stays_a_firm(marked: str) -> None:
    _found_as_marked(marked)
