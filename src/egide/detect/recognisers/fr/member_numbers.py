"""A mutual insurer's member number written as its letters then digit groups: « Mutuelle : Harmonie
Mutuelle n° HM 7730 2291 », « n° adhérent : AB 4471 2290 ».

An insurer numbers its members with its own letters, a space, then groups of digits; the reading of
reference numbers (``numbered.py``) takes letters glued to the digits only, and the long runs'
(``unexplained.py``) the digits without their letters, too weakly. The number is a member's where a
member's or an insurer's word (« mutuelle », « adhérent », « complémentaire », « assuré », « contrat »)
stands before it on its line.
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
_MEMBER_WORD = re.compile(r"(?i:mutuelle|adh[ée]rent|compl[ée]mentaire|assur[ée]|contrat|pr[ée]voyance)")


@dataclass(slots=True)
class MemberNumberRecogniser:
    """IDENTIFIANT: an insurer's letters and a member's digit groups after « n° »."""

    name: str = "fr.member_number"

    def may_match(self, doc: Document) -> bool:
        return "n°" in doc.text or "nº" in doc.text or "uméro" in doc.text or "no." in doc.text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _NUMBER.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _MEMBER_WORD.search(text, max(line_start, m.start() - 80), m.start("value")) is None:
                continue
            yield Finding(m.start("value"), m.end("value"), Label.IDENTIFIANT, SCORE, self.name)


def build() -> MemberNumberRecogniser:
    return MemberNumberRecogniser()
