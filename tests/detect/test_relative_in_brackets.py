"""A relative's name in brackets right after the kinship noun, without a possessive
(``names/relative_in_brackets``; the family of probe25's night notes, invented text): « fille (Anoushka)
appelée », in lower case too when the word is no French, medical or medicine word. What stays: a family's
history (diseases, eponyms, acronyms), sutures after « fils », a label's acronym, a relative's state."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("fille (Anoushka) appelée à 3h10, expliqué la situation.", "Anoushka"),
        ("fils (Teriitau) prévenu par téléphone", "Teriitau"),
        ("neveu (Oyelaran) passera demain", "Oyelaran"),
        # in lower case, a word no list knows
        ("fille (anoushka) appelée à 3h10, expliqué la situation.", "anoushka"),
        ("belle-fille (morwenna) rappellera ce soir", "morwenna"),
    ],
)
def test_relative_named_in_brackets(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a family's history: eponyms, diseases, acronyms typed in lower case
        ("ATCD familiaux : père (Parkinson), mère (Alzheimer)", "Parkinson"),
        ("ATCD familiaux : père (Parkinson), mère (Alzheimer)", "Alzheimer"),
        ("ATCD : père (dnid), mère (psoriasis), frère (lupique)", "dnid"),
        ("ATCD : père (dnid), mère (psoriasis), frère (lupique)", "lupique"),
        ("scolarité : fille (ulis), mère (dialysée) à domicile", "dialysée"),
        ("scolarité : fille (ulis), mère (dialysée) à domicile", "ulis"),
        # sutures, a medicine, a label's acronym, a country
        ("ablation des fils (vicryl) à J10", "vicryl"),
        ("mère (paracétamol) ?", "paracétamol"),
        ("tuteur (UDAF) informé, fille (IDE) prévenue", "UDAF"),
        ("père (corée) adopté", "corée"),
    ],
)
def test_other_brackets_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
