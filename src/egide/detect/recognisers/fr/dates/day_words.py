"""A day of the month in words, alone after « le »: « elle a fait un malaise le vingt-deux », « il
revient le quinze, on verra », « prévu le trente et un. »

Dictation software and voice messages write the day as it was said, and a note leaves the month out
when it goes without saying: « le vingt-deux » is then the date as surely as « le 22 ». A number in
words after « le » is rarely anything else in French from ten on: « le dix-huit » says a day, where
« le deux » or « le trois » may name a thing (« le deux-roues », « le trois de l'équipe ») and « le
premier » is the first of anything. So only the days from ten to thirty-one are read, and only where
the clause then goes on as after a date: a punctuation mark or the end of the line, or a pronoun, a
conjunction or a preposition (« le vingt-deux on l'a vue », « le quinze à la consultation »), never a
noun, a unit, a month (the month-name dates read it whole) or another number (« le vingt-deux mille »).
"""

from __future__ import annotations

from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.recognisers.fr.dates.atoms import TEEN_WORD, TENS_WORD, UNIT_WORD
from egide.detect.recognisers.fr.dates.base import verbose
from egide.detect.recognisers.fr.dates.words import words_to_int

_W = r"[ \t-]+"
# Ten to thirty-one in words (« dix », « dix-huit », « vingt et un », « vingt-deux », « trente et un »).
_DAY_FROM_TEN = rf"(?:(?:vingt|trente)(?:{_W}(?:et{_W})?(?:{UNIT_WORD}|{TEEN_WORD}))?|{TEEN_WORD})"

DAY_WORD_ALONE = verbose(
    rf"""
    (?<![\w'’-]) le [ \t]+ (?P<day>{_DAY_FROM_TEN}) (?![\w'’-])
    (?! [ \t-]+ (?:{TENS_WORD}|{UNIT_WORD}|{TEEN_WORD}|cents?|mille|pour|%) (?![\w]) )
    (?= [ \t]* (?:[,;.!?)»]|$|\n)
      | [ \t]+ (?:on|il|ils|elle|elles|je|j['’]|nous|vous|mais|donc|car|ou|et|puis|à|au|aux|dans|vers
                |en|avec|chez|par|pour|sur|lors|après|avant|dès|matin|soir|midi|prochain|dernier|suivant
                |comme|sans|selon|si|ça|cela|c['’]est|non|oui)(?![\w]) )
    """
)
# Every day it reads holds one of these after « le » (on the lower-cased text): a text without any is
# not scanned.
_NEEDLES = (
    "le dix",
    "le onze",
    "le douze",
    "le treize",
    "le quatorze",
    "le quinze",
    "le seize",
    "le vingt",
    "le trente",
)
_DAY_NEEDLES = Needles(_NEEDLES)


class DayWordRecogniser:
    """DATE: a day from ten to thirty-one in words after « le », the month left out."""

    name = "fr_date_day_words"

    def may_match(self, doc: Document) -> bool:
        low = doc.lowered if doc.lowered is not None else doc.text.lower()
        return _DAY_NEEDLES.found_in(low)

    def find(self, doc: Document) -> Iterator[Finding]:
        if not self.may_match(doc):
            return
        for m in finditer(DAY_WORD_ALONE, doc.text):  # tried at « l » only: same matches
            if 10 <= words_to_int(m["day"]) <= 31:
                yield Finding(m.start("day"), m.end("day"), Label.DATE, 0.7, self.name)
