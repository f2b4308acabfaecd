"""A scale's or a score's name followed by its value identifies nobody: « échelle MADRS 31, Hamilton anxiété
22 », « score de Silverman 2, Ballard 36 SA », « Vitamine K 2 mg per os, Guthrie J3 », « classification de
Paris 0-IIa, NICE 2 », « TAPSE 14 mm, PAPS 48 mmHg ».

Clinical text writes a scale, a test or a measure as its name then its value, and lists them: many are
named after their author (Hamilton, Ballard, Guthrie) or are acronyms the name and place lists also hold
(PAPS, NICE). The name recognisers read such a capitalised word as a surname. It is the scale's when

* a value follows it, right away or after at most two lower-case qualifiers (« Hamilton anxiété 22 »):
  a number, a fraction, a day (« J3 »), a grade (« IIa »), not an age (« Martin 45 ans », « 91a ») nor a
  year (a roster's birth year, « DUPONT 1987 »); and
* either the value carries a unit of measure (« PAPS 48 mmHg », « Ballard 36 SA »: nobody's name is
  measured), or the sentence already speaks of scores (« score », « échelle », « classification »,
  « stade »…), or the list item right before it is a measure: an acronym's or an eponym's value, or a
  value with its unit (« MADRS 31, », « 2 mg per os, »); a name's value is no measure (« Dupont 12,
  Martin 14 » lists rooms), or the item right after it is such a measure (« Hamilton à 24, MADRS
  à 30 »).

A name right before a test's noun in its English title (« Boston Naming Test 42/60 ») is the test's.
A name found as « X de Y » whose X is a noun heading an eponym (« Score de Padoue », « Échelle de
Hamilton ») is the scale's name too.

Never after a title or a person's cue (« M. Hamilton 22 … », « Mme Ballard »), nor before another
capitalised word (« Marchal Odile 91 »: a roster's name and first name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.eponyms import EPONYMS, heads_eponym
from egide.detect.names.lexicon import fold as fold_name
from egide.detect.names.lexicon import is_first_name, is_surname
from egide.detect.nobody.cues import titled, town_cued
from egide.detect.places.lexicon import fold_cached

_LABELS = frozenset({Label.NOM, Label.VILLE})
# One word (hyphens inside), its first letter a capital.
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][\w\-]*\Z")
# (a value followed by another pair of digits is a telephone's first group: « Martin 06 12 34 56 78 »)
# What follows the word: a second author's name (« Montgomery et Asberg 30 »), at most two lower-case
# qualifiers (three letters or more, no function word: « Hamilton anxiété 22 », « Harris hip score 82 »),
# then the value, then its unit if any.
_VALUE_AFTER = re.compile(
    r"(?P<pair>[ \t]+(?:et|&)[ \t]+[A-ZÀ-Þ][\w\-]+)?"
    r"(?P<qual>(?:[ \t]+[a-zà-ÿ][a-zà-ÿ\-]{2,}){0,2})[ \t]*(?:=|:|(?<=[ \t])à(?=[ \t]))?[ \t]*"
    r"(?P<value>J[0-9]{1,3}|[0-9]{1,3}(?:[.,][0-9]+)?(?:[ \t]*/[ \t]*[0-9]{1,3})?(?:-[IVX]{1,3}[a-c]?)?"
    r"|[IVX]{1,3}[a-c]?)"
    r"(?![\w/\-.,][0-9])(?![\w])(?![ \t.\-]?[0-9]{2}(?![0-9]))"
    r"(?P<unit>[ \t]*(?:mmHg|mm|cm|mL|ml|%|mg|µg|mcg|UI|bpm|mmol|µmol|g/l|g/L|g/dl|cmH2O|SA|ms|°|points?|pts?"
    r"|/min)(?![\w]))?"
)
# After the value, what makes it an age or a birth year's neighbour: « 45 ans », « 91a », « 3 mois ».
_AGE_AFTER = re.compile(r"[ \t]*(?:ans?|a|mois|années?)(?![\w])")
# Qualifiers that are function words: « Dupont pour 3 jours » is a person's sentence.
_FUNCTION_WORDS = frozenset(
    {"pour", "avec", "dans", "sans", "chez", "depuis", "pendant", "vers", "entre", "sous", "après", "avant",
     "était", "avait", "sont", "fait", "elle", "lui", "leur", "leurs", "nous", "vous", "chambre", "lit", "box",
     "est", "les", "des", "une", "par", "sur", "qui", "que", "son", "ses", "aux", "née", "nee", "ans",
     "âgé", "âgée", "age", "agee", "mais", "puis", "donc", "car"}
)  # fmt: skip
# A word of scores in the sentence before the word (« échelle MADRS 31, Hamilton … »).
_SCORE_WORDS = re.compile(
    r"(?<![\w])(?i:scores?|échelles?|echelles?|classifications?|stades?|index|indices?|grades?|cotations?"
    r"|questionnaires?|tests?|critères?|apgar)(?![\w])"
)
# The list item right before is a measure: an acronym's or an eponym's value (« MADRS 31, »), or a value
# with its unit (« 2 mg per os, »), then at most three words, then a comma, a semicolon or a slash. (Not
# a name's: « Dupont 12, Martin 14 » lists rooms, « Dupont J3 PTH, Martin J5 » days after surgery.)
_VALUE_ITEM_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?P<name>[A-Za-zÀ-ÿ][\w\-]*)[ \t]+[0-9][0-9.,/]*(?P<unit>[ \t]*(?:mmHg|mm|cm|mL|ml|%|mg|µg"
    r"|mcg|UI|bpm|mmol|µmol|g/l|g/L|g/dl|cmH2O|SA|ms|°|points?|pts?|/min)(?![\w]))?"
    r"|(?<![\w])[0-9][0-9.,/]*[ \t]*(?P<unit2>mmHg|mm|cm|mL|ml|%|mg|µg|mcg|UI|bpm|mmol|µmol|g/l|g/L|g/dl"
    r"|cmH2O|SA|ms|°|/min)(?![\w]))"
    r"(?:[ \t]+[^\s,;/]+){0,3}[ \t]*[,;/][ \t]*\Z"
)


# The list item right after, when it is an acronym's or an eponym's value (« Hamilton à 24, MADRS à 30 »).
_MEASURE_AFTER = re.compile(
    r"[^,;/\n]{0,30}?[,;/][ \t]*(?P<name>[A-Za-zÀ-ÿ][\w\-]*)[ \t]+(?:(?:à|=|:)[ \t]*)?[0-9]"
)


def _measure_after(text: str, end: int) -> bool:
    item = _MEASURE_AFTER.match(text, end)
    if item is None:
        return False
    return _a_measures_name(item.group("name"))


def _a_measures_name(name: str) -> bool:
    """A scale's acronym no name list holds (« MADRS », « NIHSS »: not « DUPONT », not « MARTIN » of a
    roster in capitals) or an eponym of the list (« Barthel », « Hamilton »)."""
    if fold_cached(name) in EPONYMS:
        return True
    key = fold_name(name)
    return name.isupper() and len(name) <= 8 and not is_surname(key) and not is_first_name(key)


def _measure_before(before: str) -> bool:
    item = _VALUE_ITEM_BEFORE.search(before)
    if item is None:
        return False
    if item.group("unit") or item.group("unit2"):
        return True
    return _a_measures_name(item.group("name"))


# Where the sentence before the word starts.
_SENTENCE_END = re.compile(r"[.!?\n](?=[ \t\n])|\n")
_REACH = 120


def _scale_value(text: str, f: Finding) -> bool:
    word = text[f.start : f.end]
    if _ONE_WORD.match(word) is None:
        return False
    after = _VALUE_AFTER.match(text, f.end)
    if after is None:
        return False
    if any(q.casefold() in _FUNCTION_WORDS for q in after.group("qual").split()):
        return False
    if after.group("unit") is None and _AGE_AFTER.match(text, after.end()) is not None:
        return False
    if titled(text, f.start) or (f.label == Label.VILLE and town_cued(text, f.start)):
        return False
    if after.group("unit"):
        return True
    begin = max(0, f.start - _REACH)
    before = text[begin : f.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    if _SCORE_WORDS.search(before) is not None:
        return True
    return _measure_before(before) or _measure_after(text, after.end())


# A finding that opens on a noun heading an eponym, then « de » (« Score de Padoue », « Échelle de
# Hamilton »): the scale's whole name, whoever read « X de Y » as a person's.
_HEADED = re.compile(r"(?P<head>[A-ZÀ-Þa-zà-ÿ][\w\-]+)[ \t]+(?:de|d['’]|du)[ \t]*[A-ZÀ-Þ]")


def _headed_eponym(text: str, f: Finding) -> bool:
    if " d" not in text[f.start : f.end]:
        return False
    head = _HEADED.match(text, f.start, f.end)
    return head is not None and heads_eponym([fold_cached(head.group("head"))])


# A test's or a scale's own noun right after the name, capitalised as in its English title (« Boston
# Naming Test 42/60 », « Timed Up and Go Test », « Mini Nutritional Assessment »).
_TEST_NOUN_AFTER = re.compile(
    r"[ \t]+(?:Test|Tests|Score|Scale|Index|Inventory|Questionnaire|Assessment|Examination|Battery|Rating"
    r"|Échelle|Test-retest)(?![\w])"
)


def drop_score_values(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the scales' and measures' names followed by their value, and the names that
    open on a scale's noun."""
    return [
        f
        for f in found
        if not (
            f.label in _LABELS
            and (
                _scale_value(text, f)
                or (f.label == Label.NOM and _headed_eponym(text, f))
                or (_TEST_NOUN_AFTER.match(text, f.end) is not None and not titled(text, f.start))
            )
        )
    ]
