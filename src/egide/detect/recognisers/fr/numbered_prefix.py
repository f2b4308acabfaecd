"""The letters that open a number given after « n° »: « adhérent n° HM 7712 0048 96 », « contrat n° AB
123 456 78 ».

A member's, a contract's or a file's number is often printed as its issuer's code of two or three
capitals, a space, then groups of digits. The digits are read as a number no other reading explains
(:mod:`~egide.detect.recognisers.fr.unexplained`); the code before them is the number's as well, and
left readable it says whose number it is. Only after « n° » (or « no », « numéro »), which says that
what follows, letters included, is the number.
"""

from __future__ import annotations

import re

# « n° HM », « N° AB », « numéro XYZ »: the sign, then one to three capitals and one space, up to the digits
# (``\Z``: read on the characters before the number only).
_NUMBER_SIGN_THEN_CODE = re.compile(r"(?<![\w])(?:[nN][°º]|[nN]o\.?|numéro)[ \t]*([A-Z]{1,3})[ \t]\Z")


# The labels that name the number's kind (« n° IPP 8001… »): words of the text, no issuer's code.
_KIND_LABELS = frozenset({"IPP", "NDA", "NIR", "INS", "SS", "SIR", "DOS", "RPP", "TEL", "FAX", "CB", "ID"})


def code_before(text: str, start: int) -> int:
    """Where the issuer's code before the number at ``start`` opens, or ``start`` without one."""
    m = _NUMBER_SIGN_THEN_CODE.search(text, max(0, start - 14), start)
    return start if m is None or m.group(1) in _KIND_LABELS else m.start(1)
