"""NDA: a member's number written with its insurer's name before it, the insurer and the number one span:
« Mutuelle : MUT. ALSACE 0073 5521 8 », « Mutuelle |AXA Santé 5 004 227 91| », « reste à charge après
mutuelle (HARMONIE 12 447 308) », « Assurance : Groupe Mutuel n° 756.4410.2281.37 », « MGEN 1 234 567 89 », a travel
insurance's (« Assurance voyage : ANWB 77 031 558 »).

A member's number alone identifies its holder; the insurer's name before it says whose register to look
in, and a form, a bill or a bracket prints the two as one field. Two ways to know that the words before
the number are an insurer's name:

* the insurer's field opens the line or the bracket (« Mutuelle : », « Complémentaire santé | »,
  « Assurance : », « mutuelle ( »): the capitalised words after it (one to four, an abbreviation's dot
  included: « MUT. ALSACE ») are the insurer's, whatever it is called;
* the name is a listed insurer (``places/data/mutual_insurers.txt``, as written or in capitals), anywhere.

The number: six digits or more, in groups set apart by spaces, dots or dashes, perhaps after « n° » or
« adhérent » (« Groupe Mutuel n° 756.4410.2281.37 »); nothing glued after it, no unit (« Mutuelle :
MGEN 2 ans », « Mutuelle : Matmut 100 % » are no numbers). ``issuer_numbers.py`` reads an issuer's code
of capitals after a member's sign; this module reads a name of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.places.mutual_insurer import holds_an_insurer, insurer_forms

SCORE = 0.9  # above the insurer's name alone (``places/mutual_insurer.py``): the span is the number's
MIN_DIGITS = 6

# The number: digit groups set apart by one space, a dot or a dash; then nothing that goes on (a
# letter, a digit, a decimal, a unit's sign).
_NUMBER = r"(?P<number>[0-9]+(?:[ .\-][0-9]+){0,6})(?![\w/%€]|[.,][0-9]|[ ]?(?:%|€|ans\b|mois\b|euros?\b))"
# Between the name and the number: « n° », « adhérent », « n° adhérent : », a colon.
_SIGN = r"(?:[ \t]*(?i:n[°º]|no\.|num[ée]ro|adh[ée]rent|d['’]adh[ée]rent)){0,2}[ \t]*:?[ \t]*"
# A word of an insurer's name: capitalised, an abbreviation's dot allowed (« MUT. »), or a joining word.
_WORD = r"(?:[A-ZÀ-Ý][\w'’\-]*\.?|(?:de|du|des|la|d['’]))"
# The insurer's field: its word, then a colon, a table's cell wall or an opening bracket.
_FIELD = re.compile(
    # (a visitor's travel insurance or assistance: « Assurance voyage : ANWB 77 031 558 », « Assistance
    # rapatriement : Europ Assistance 4471 2290 »)
    r"(?<![^\W\d_])(?i:mutuelle|compl[ée]mentaire(?:[ \t]+sant[ée])?"
    r"|assurance(?:[ \t]+(?:compl[ée]mentaire|voyage|rapatriement|assistance))?"
    r"|assistance(?:[ \t]+rapatriement)?|assureur|organisme[ \t]+compl[ée]mentaire)[ \t]*[:|(][ \t]*"
    rf"(?P<name>[A-ZÀ-Ý][\w'’\-]*\.?(?:[ \t]+{_WORD}){{0,3}}){_SIGN}{_NUMBER}"
)
_FIELD_NEEDLES = Needles(
    ("mutuelle", "complémentaire", "complementaire", "assurance", "assureur", "organisme", "assistance")
)
# The words after a field that are a form's, not an insurer's name (« Mutuelle : Oui 123456 » is none).
_NOT_A_NAME = frozenset({"Oui", "Non", "OUI", "NON", "Aucune", "AUCUNE", "N", "No", "Date", "Tél", "Tel"})


@cache
def _listed() -> re.Pattern[str]:
    """A listed insurer's name (as written or in capitals, :mod:`egide.detect.places.mutual_insurer`'s
    list) before a number."""
    alternation = "|".join(re.escape(f) for f in insurer_forms())
    return re.compile(rf"(?<![\w-])(?P<name>{alternation})(?![\w-]){_SIGN}{_NUMBER}")


def _digits(number: str) -> int:
    return sum(c.isdigit() for c in number)


class InsurerNumberRecogniser:
    """NDA: an insurer's name and the member's number after it."""

    name = "fr.insurer_number"

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_FIELD_NEEDLES) or doc.shared_by_readings(holds_an_insurer)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if doc.holds(_FIELD_NEEDLES):
            for m in finditer(_FIELD, text):
                first = m["name"].split()[0].rstrip(".")
                if first in _NOT_A_NAME or _digits(m["number"]) < MIN_DIGITS or "\n" in m.group():
                    continue
                yield Finding(m.start("name"), m.end("number"), Label.NDA, SCORE, self.name)
        if doc.shared_by_readings(holds_an_insurer):
            for m in _listed().finditer(text):
                if _digits(m["number"]) >= MIN_DIGITS and "\n" not in m.group():
                    yield Finding(m.start("name"), m.end("number"), Label.NDA, SCORE, self.name)


def build() -> InsurerNumberRecogniser:
    return InsurerNumberRecogniser()
