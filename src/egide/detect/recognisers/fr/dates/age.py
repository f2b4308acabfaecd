"""Ages of 90 and over (label AGE): « 92 ans », « âgée de 95 ans », « patient de 101 ans », « Âge : 94 »,
« Pt de 93a », and in words (« quatre-vingt-douze ans », « cent deux ans »).

The span is the number alone (« 92 » in « 92 ans »), so that a replacement keeps the sentence.

Under the HIPAA safe-harbour rule (and the practice of French data warehouses) an age under 90 does
not single anybody out and stays in clear; from 90 on, few enough people share it that it must go.
Durations (« depuis 92 ans » does not occur; « il y a 95 ans » might) are rare enough in clinical
text that every « N ans » with N ≥ 90 is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import NUMBER_WORD
from egide.detect.recognisers.fr.dates.base import matches_at, windowed_finditer
from egide.detect.recognisers.fr.dates.words import words_to_int

# « cent ans après », « 95 ans plus tard »: a time between two events, nobody's age.
_LATER = r"[ \t]+(?:après|plus[ \t]+tard|plus[ \t]+tôt|auparavant)(?![\w])"

AGE_90_PLUS = re.compile(
    rf"""
    (?<![\w.]) (?<![0-9],)                       # not a decimal (« 2,95 ans »); « Mercier,95 ans » typed glued is one
    (?P<age> 9[0-9] | 1[0-1][0-9] | 12[0-5] )     # 90..125: nobody is older
    (?: [ \t]? ans | a )                          # « 92 ans », « 92ans », « 92a » (not « 92 a »: « SpO2 à 92 a motivé »)
    (?![\w'’])
    (?! [ \t]* (?: de \s+ (?: tabac | tabagisme ) | PA | paquets ) )   # « 95 ans de tabagisme » is exposure
    (?! {_LATER} )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PREFILTER = re.compile(r"[91][0-9]{1,2}(?:[ \t]?[aA][nN][sS]|[aA](?![\w]))")
# « Âge : 94 » in a header, without « ans ».
AGE_LABELLED = re.compile(r"(?:[ÂâAa]ge)[ \t]*:[ \t]*(?P<age>9[0-9]|1[0-1][0-9]|12[0-5])(?![\w,.])")
# ``re`` scans for a pattern that starts with a literal many times faster than for one that starts
# with a class: the « ge : » of a label is looked for, and the label tried one character before it.
_LABEL_PREFILTER = re.compile(r"ge[ \t]*:")

# « quatre-vingt-dix ans » … « cent cinq ans »: the words are checked for a value of 90 or more.
AGE_IN_WORDS = re.compile(
    rf"""
    (?<![\w-])
    (?P<age> (?: cent (?: [\s-]+ {NUMBER_WORD} )? ) | {NUMBER_WORD} )
    [\s-]+ ans (?![\w'’])
    (?! {_LATER} )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every age of 90 and over in words contains « quatre-vingt-dix », « quatre-vingt-onze »… or « cent ».
# On the lower-cased text (``re`` scans for a case-insensitive pattern twice as slowly); « ı » and
# « ſ » are there because ``re.I`` reads them as « i » and « s » but lower-casing keeps them.
_WORDS_PREFILTER = re.compile(
    r"v[iı]ngt[\s-]+(?:d[iı]x|onze|douze|treize|quatorze|qu[iı]nze|[sſ]e[iı]ze)|cent[\s-]"
)


class AgeRecogniser:
    """AGE: an age of 90 years or more."""

    name = "fr_age_90_plus"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in windowed_finditer(AGE_90_PLUS, text, _PREFILTER.finditer(text), before=2, after=40):
            # the number alone: « <AGE> ans » reads naturally once replaced
            yield Finding(m.start("age"), m.end("age"), Label.AGE, 0.9, self.name)
        low = doc.lowered
        hits = _WORDS_PREFILTER.finditer(low) if low is not None else None
        for m in windowed_finditer(AGE_IN_WORDS, text, hits, before=20, after=60):
            if 90 <= words_to_int(m["age"]) <= 125:
                yield Finding(m.start("age"), m.end("age"), Label.AGE, 0.85, self.name)
        starts = (hit.start() - 1 for hit in _LABEL_PREFILTER.finditer(text, 1))
        for m in matches_at(AGE_LABELLED, text, starts):
            if m.start() == 0 or not text[m.start() - 1].isalpha():
                yield Finding(m.start("age"), m.end("age"), Label.AGE, 0.85, self.name)
