"""A mutual insurer's member number written as its letters then digit groups: « Mutuelle : Harmonie
Mutuelle n° HM 7730 2291 », « n° adhérent : AB 4471 2290 ».

An insurer numbers its members with its own letters, a space, then groups of digits; the reading of
reference numbers (``numbered.py``) takes letters glued to the digits only, and the long runs'
(``unexplained.py``) the digits without their letters, too weakly. The number is a member's where a
member's or an insurer's word (« mutuelle », « adhérent », « complémentaire », « assuré », « contrat »)
stands before it on its line.

The insurer's word may also be the field's label itself, without « n° » (« Mutuelle : AXA 7702 4418 93 »,
« N° AME : A75 26 114 0982 »), and the insurer's name written out in capitals (« n° adhérent HARMONIE
0057 318 204 »); its first group may then hold a letter and a few digits glued (« A75 »). Such a
value needs three groups or more and seven digits or more: « Mutuelle : MGEN 2 ans » is no number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

SCORE = 0.8

_NUMBER = re.compile(
    r"(?<![^\W\d_])(?i:n[°º]|num[ée]ro|no\.)[ \t]*(?i:d['’][ \t]*adh[ée]rent|adh[ée]rent|assur[ée]e?|contrat)?"
    r"[ \t]*:?[ \t]*(?P<value>[A-Z]{1,5}[ \t][0-9]{3,5}(?:[ \t][0-9]{2,5}){1,3})(?![\w/]|[.,][0-9])"
)
_MEMBER_WORD = re.compile(
    r"(?i:mutuelle|adh[ée]rent|compl[ée]mentaire|assur[ée]|contrat|pr[ée]voyance)|AME\b"
)
# The insurer's label as the field itself (« Mutuelle : », « N° AME : », « n° adhérent »), then an
# insurer's capitals (a whole name) or a letter glued to its first digits, then digit groups.
_LABELLED_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:(?i:mutuelle|compl[ée]mentaire(?:[ \t]+sant[ée])?)[ \t]*:|(?i:n[°º])[ \t]*(?:AME[ \t]*:|(?i:d['’][ \t]*)?"
    r"(?i:adh[ée]rent)[ \t]*:?))[ \t]*"
    r"(?P<value>(?:[A-Z]{2,12}|[A-Z][0-9]{1,3})(?:[ \t][0-9]{2,5}){2,4})(?![\w/]|[.,][0-9])"
)
_MIN_LABELLED_DIGITS = 7
_LABEL_WORDS = (
    "utuelle",
    "UTUELLE",
    "omplémentaire",
    "omplementaire",
    "OMPL",
    "AME",
    "dhérent",
    "dherent",
    "DHÉRENT",
)


@dataclass(slots=True)
class MemberNumberRecogniser:
    """IDENTIFIANT: an insurer's letters and a member's digit groups after « n° »."""

    name: str = "fr.member_number"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return (
            "n°" in text
            or "nº" in text
            or "uméro" in text
            or "no." in text
            or "utuelle" in text
            or "omplémentaire" in text
        )

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _NUMBER.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _MEMBER_WORD.search(text, max(line_start, m.start() - 80), m.start("value")) is None:
                continue
            yield Finding(m.start("value"), m.end("value"), Label.IDENTIFIANT, SCORE, self.name)
        # the labelled form opens on one of its label words: a text without any is not scanned
        if not any(word in text for word in _LABEL_WORDS):
            return
        for m in _LABELLED_NUMBER.finditer(text):
            if sum(c.isdigit() for c in m["value"]) < _MIN_LABELLED_DIGITS:
                continue
            yield Finding(m.start("value"), m.end("value"), Label.IDENTIFIANT, SCORE, self.name)


def build() -> MemberNumberRecogniser:
    return MemberNumberRecogniser()
