"""A number given with its issuer's letters (``issuer_numbers.py``): the variants that the one reading covers
and that neither of the two it replaced covered alone (the member's number after « n° » and a member's word,
or after the insurer's field; the issuer's code before a long number after « n° »). Invented text. What
stays readable: the kind of number a sign names, a word after the sign alone, a word opening on « no »."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr.issuer_numbers import code_before
from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the sign written in capitals without its accent, a colon after it, before a long number
        ("Contrat NUMERO : HM 80412257\nRAS", "HM 80412257"),
        ("numéro : AB 80412257", "AB 80412257"),
        # what the number is said between the sign and the code, before a long number
        ("n° d'adhérent : HM 80412257", "HM 80412257"),
        ("Prise en charge : n° contrat KL 5530192", "KL 5530192"),
        # an insurer's acronym of four or five capitals after the sign, a member's word on the line
        ("Mutuelle n° MTRL 004417829", "MTRL 004417829"),
        ("adhérent à la prévoyance, n° PRVNT 20331785", "PRVNT 20331785"),
        # the insurer's field, then its name in capitals before a number not in groups
        ("Mutuelle : HARMONIE 0057318204", "HARMONIE 0057318204"),
        ("Complémentaire santé : VALMUT 5512904133", "VALMUT 5512904133"),
        # « no » without its dot, then a member's number too short for the long runs' reading
        ("Assuré No AB 447 229", "AB 447 229"),
        # « no. » before the insurer's field
        ("no. AME : B91 44 207 1183", "B91 44 207 1183"),
    ],
)
def test_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the kind of number the sign names, even with a member's word on the line
        ("Mutuelle n° SS 123 456 78", "SS"),
        ("Mutuelle n° RPPS 10001234567", "RPPS"),
        ("n° : IPP 80412257", "IPP"),
        # four or five capitals after the sign alone are as often a word
        ("Bon n° DEVIS 20260041 signé", "DEVIS"),
        # a word that opens on « no » is no sign
        ("Nom A 80412257", "Nom"),
        ("Nom A 80412257", "A"),
        # the insurer's field with no number after its name
        ("N° adhérent : MGEN depuis 2 ans", "2 ans"),
    ],
)
def test_stays(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


def test_code_before_reads_back_from_the_number() -> None:
    text = "Mutuelle n° MTRL 004417829"
    assert code_before(text, text.index("0044")) == text.index("MTRL")
    # without the member's word, the sign vouches for three capitals at most
    text = "n° MTRL 004417829 ; n° HM 7712004896"
    assert code_before(text, text.index("0044")) == text.index("0044")
    assert code_before(text, text.index("7712")) == text.index("HM")
    # no capital and a space right before the number: nothing to read
    assert code_before("n°7712004896", 2) == 2
