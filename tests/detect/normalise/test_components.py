"""HL7 v2 component separators: « ^ » read as a space, exponents kept. Synthetic messages only."""

from __future__ import annotations

from egide.detect.engine import Detector
from egide.detect.labels import Label
from egide.detect.normalise import normalise

ENGINE = Detector()


def test_a_caret_between_components_reads_as_a_space_of_the_same_length() -> None:
    text = "PID|1||0012345678^^^CHUX^PI||DUPONT^JEAN^^^^^L||19500314|M"
    result = normalise(text)
    assert result.text == text.replace("^", " ")
    assert len(result.text) == len(text)


def test_an_exponent_stays() -> None:
    text = "Leucocytes 12,5.10^9/L, dilution 10^-3."
    assert normalise(text).text == text


def test_the_parts_of_an_hl7_field_are_found() -> None:
    text = "PID|1||0012345678^^^CHUX^PI||DUPONT^JEAN^^^^^L||19500314|M|||12 RUE DES LILAS^^LYON^^69003^FRA"
    masked = [text[f.start : f.end] for f in ENGINE.detect(text)]
    assert any("JEAN" in m for m in masked)
    assert any("69003" in m for m in masked)
    assert any("LYON" in m for m in masked)
    next_of_kin = "NK1|1|DUPONT^MARIE^^^^^L|DAU^Fille||0698765432"
    names = [next_of_kin[f.start : f.end] for f in ENGINE.detect(next_of_kin) if f.label is Label.NOM]
    assert any("MARIE" in n for n in names)
