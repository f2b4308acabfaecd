"""The first name's initial after a surname in capitals, as banners, exports and DICOM fields write it
(« Médecin : DUBOIS M », « LEBRUN^T^^^ »). Traps: a capital letter that goes on into the sentence."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Médecin : <NOM>FALGUIÈRE R</NOM>",
        "Nom : <NOM>QUESNEL T</NOM>\nService : cardiologie",
        "Patient : <NOM>DURANDEAU J</NOM>, 45 ans",
        "IDE : <NOM>LEMERCIER S</NOM>  |  AS : <NOM>PAGNOL C</NOM>",
        # a page footer or header that prints the user or the patient, a tube's label
        "CH de Vierzon - Sillage - 10:42 - <NOM>FOURCADE T</NOM> - 2/3",
        "Patient : <NOM>BARTHÉLEMY N</NOM> — page 1/2",
        "Étiquette : <NOM>VANNIER K</NOM> 170362   tube 03",
        "Patient : <NOM>LACOMBE R</NOM> 04/11/1958",
    ],
)
def test_a_trailing_initial_goes_with_the_surname(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vu par QUESNEL A 10 h", "QUESNEL"),  # « A 10 h »: the sentence goes on
        ("vu par QUESNEL B 12 ce matin", "QUESNEL"),  # a bare number: a room, a bed
        ("Dr FALGUIÈRE E coli sensible", "FALGUIÈRE"),
        ("Patient : DURANDEAU a été vu", "DURANDEAU"),  # « a », a verb
    ],
)
def test_a_capital_that_goes_on_into_the_sentence_stays_out(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in names(text)] == [name]


def test_the_initial_of_a_dicom_or_hl7_name_through_the_engine() -> None:
    text = "ReferringPhysicianName: DUBREUIL^M   PatientName: QUESNEL^T^^^"
    found = {text[f.start : f.end] for f in Detector().detect(text)}
    assert {"DUBREUIL^M", "QUESNEL^T"} <= found
