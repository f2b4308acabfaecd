"""A method, a technique, a score or a classification named after its authors identifies nobody: « suture
FDP type Adelaide », « protocole LIA de Kerr et Kohan », « âge osseux (Greulich et Pyle) », « Grober et
Buschke RL/RI 38/48 », « plaque antérieure verrouillée (Henry) », « biopsies antrales et fundiques
(Sydney) », « Mayo partiel 1 », « Bishop 7 à l'admission », « Surveillance : EVA, Braden, Norton », « Get
up and go test 14 s ».

The name rules read these authors as surnames (many are: Henry, Norton, Wood, Kerr). French clinical
text writes a person with a title, a first name or a person's cue; it writes a method

* after « type » (« suture type Kessler », « de type Adelaide »): nobody is « type Dupont »;
* as two authors joined by « et », with a value after them, alone in brackets, or after a noun heading
  an eponym and « de » (« protocole de Kerr et Kohan »): two people are « Dr Kerr et Dr Kohan »;
* alone in brackets right after a technique's or a sample's noun phrase (« plaque antérieure verrouillée
  (Henry) », « biopsies antrales et fundiques (Sydney) ») — not after a relative (« son mari (Henry) »);
* a scale's author (:data:`~egide.detect.names.eponyms.EPONYMS`, the common names too) with its value
  after at most two lower-case qualifiers (« Mayo partiel 1 », « Bishop 7 »), not an age nor a year;
* a scale's author in a list of measures, right after an acronym or another author (« EVA, Braden,
  Norton »);
* a capitalised English word opening a test's title (« Get up and go test »).

Never after a title or a person's cue (« M. Norton 15 ans », « Dr Henry »), never beside a first
name (« Henry Norton », « Norton Paul »), never a finding of more than one word (« Pierre Henry »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.eponyms import heads_eponym, is_unambiguous_eponym
from egide.detect.names.lexicon import is_first_name
from egide.detect.nobody.cues import titled
from egide.detect.places.lexicon import fold_cached

_LABELS = frozenset({Label.NOM, Label.VILLE})
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][\w\-]+\Z")
_GRADED = re.compile(r"([A-ZÀ-Þ][\w\-]+)[ \t]+[A-D]\.?")
_TYPE_BEFORE = re.compile(r"(?<![\w\-])(?i:type|types|technique|montage)[ \t]+\Z")
# « X et Y »: the author before « et » (the finding is Y) or after it (the finding is X).
_AUTHOR_ET_BEFORE = re.compile(r"(?<![\w\-])(?P<other>[A-ZÀ-Þ][\w\-]+)[ \t]+et[ \t]+\Z")
_ET_AUTHOR_AFTER = re.compile(r"[ \t]+et[ \t]+(?P<other>[A-ZÀ-Þ][\w\-]+)(?![\w\-])")
# A value after the name or the pair: a number, a fraction, a letter grade (« Schizas A »), a ratio's
# label (« RL/RI 38/48 »); not an age (« 45 ans ») nor a year.
_VALUE_AFTER = re.compile(
    r"(?:[ \t]+[a-zà-ÿ]{3,14}){0,2}[ \t\n]+(?:[A-Z]{2}/[A-Z]{2}[ \t]+)?"
    r"(?:[0-9]{1,3}(?:[,.][0-9]+)?(?:[ \t]*/[ \t]*[0-9]{1,3})?|[A-D]\b\.?)(?![0-9]|[ \t]*(?:ans|an|a)\b)"
)
_SIGNED = frozenset({"signé", "signée", "signés", "vu", "vue", "validé", "validée", "dicté", "dictée", "par"})
_BRACKET_AROUND = re.compile(r"\([ \t]*\Z")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
# The words of a noun phrase before an opening bracket (« plaque antérieure verrouillée ( »).
_PHRASE_BEFORE = re.compile(r"(?P<words>(?:[\w\-’']+[ \t]+){1,5})\([ \t]*\Z")
_DE_BEFORE = re.compile(r"(?P<words>(?:[\w\-]+[ \t]+){1,4})(?:de|d['’]|du)[ \t]*\Z")
# A list's item before the name: an acronym of a measure (« EVA, », « SpO2, ») or another author.
_ITEM_BEFORE = re.compile(r"(?<![\w\-])(?P<item>[A-ZÀ-Þ][\w\-]{1,14})[ \t]*,[ \t]*\Z")
_ITEM_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<item>[A-ZÀ-Þ][\w\-]{1,14})(?![\w\-])")
# A test's English title after the name (« Get up and go test », « Timed up and go »).
_ENGLISH_TITLE_AFTER = re.compile(r"(?:[ \t]+(?:up|and|go|a|the|of|to|on|in|out)){1,4}[ \t]+(?i:test)\b")
# The care roles, which are acronyms too but name a person's role (« AS, Norton »).
_ROLES = frozenset({"IDE", "AS", "ASH", "IDEL", "MT", "Dr", "Pr"})


# Scales' authors the name lists also hold as common surnames, whose value or list alone says the scale:
# not « Petit », « Roux », « Bonnet », « Fontaine » (a roster's « Petit 12 » is a bed).
_SCALE_AUTHORS = frozenset(
    {"mayo", "bishop", "norton", "braden", "ramsay", "hamilton", "beck", "manning", "montgomery", "child",
     "forrest", "clark", "breslow", "salmon", "fisher", "richmond", "harris", "glasgow"}
)  # fmt: skip


def _author(word: str) -> bool:
    key = fold_cached(word)
    return is_unambiguous_eponym(key) or key in _SCALE_AUTHORS


def _no_first_name_beside(text: str, f: Finding) -> bool:
    before = re.search(r"([A-ZÀ-Þ][\w\-]+)[ \t]+\Z", text[max(0, f.start - 25) : f.start])
    after = re.match(r"[ \t]+([A-ZÀ-Þ][\w\-]+)", text[f.end : f.end + 25])
    return not (
        (before is not None and is_first_name(before.group(1)))
        or (after is not None and is_first_name(after.group(1)))
    )


def _paired(text: str, f: Finding) -> bool:
    """« X et Y », the finding either, as a method's authors."""
    word = text[f.start : f.end]
    before = _AUTHOR_ET_BEFORE.search(text, max(0, f.start - 30), f.start)
    after = _ET_AUTHOR_AFTER.match(text, f.end)
    if before is not None:
        start, end = before.start(), f.end
        other = before.group("other")
    elif after is not None:
        start, end = f.start, after.end()
        other = after.group("other")
    else:
        return False
    if is_first_name(word) or is_first_name(other) or titled(text, start):
        return False
    if _VALUE_AFTER.match(text, end) is not None:
        return True
    if _BRACKET_AROUND.search(text, max(0, start - 3), start) and _BRACKET_CLOSE.match(text, end):
        return True
    de = _DE_BEFORE.search(text, max(0, start - 60), start)
    # (an acronym between the noun and « de » is the method's short name: « protocole LIA de Kerr et Kohan »)
    return de is not None and heads_eponym(
        [fold_cached(w) for w in de.group("words").split() if not w.isupper()]
    )


def _bracketed_after_a_technique(text: str, f: Finding) -> bool:
    if not (_BRACKET_AROUND.search(text, max(0, f.start - 3), f.start) and _BRACKET_CLOSE.match(text, f.end)):
        return False
    phrase = _PHRASE_BEFORE.search(text, max(0, f.start - 70), f.start)
    if phrase is None:
        return False
    words = phrase.group("words").split()
    # (the noun phrase's words in lower case, nearest last: a capitalised word before the bracket is a
    # name, « Thomas (Leclerc) », or a place, « EHPAD Saint-Rome (Carsac-Aillac) »)
    if not words[-1].islower() or words[-1] in _SIGNED:
        return False  # (« signé (Marine) »: a signature, the folded « signe » a sign's noun)
    keys = [fold_cached(w) for w in words if w.islower() and w not in ("et", "ou")]
    return heads_eponym(keys)


def _scale_with_value(text: str, f: Finding) -> bool:
    word = text[f.start : f.end]
    if not _author(word) or _VALUE_AFTER.match(text, f.end) is None:
        return False
    return re.search(r"[A-ZÀ-Þ][\w\-]+[ \t]+\Z", text[max(0, f.start - 25) : f.start]) is None


def _scale_in_a_list(text: str, f: Finding) -> bool:
    if not _author(text[f.start : f.end]):
        return False
    for m in (_ITEM_BEFORE.search(text, max(0, f.start - 18), f.start), _ITEM_AFTER.match(text, f.end)):
        if m is None:
            continue
        item = m.group("item")
        if item in _ROLES:
            continue
        if text[f.start : f.end].isupper():
            return False  # (a roster in capitals: « LEE, NORTON »)
        acronym = sum(c.isupper() for c in item) >= 2 and (len(item) <= 4 or any(c.isdigit() for c in item))
        if acronym or _author(item):
            return True
    return False


def _method(text: str, f: Finding) -> bool:
    word = text[f.start : f.end]
    grade = _GRADED.fullmatch(word) if " " in word else None
    if grade is not None:
        # a classification's author and its letter grade read as a name and an initial (« Schizas A. »)
        # (only an author no common name shares, in mixed case: « WEBER A. » in a roster is a name and its
        # initial)
        return (
            is_unambiguous_eponym(fold_cached(grade.group(1)))
            and not grade.group(1).isupper()
            and not titled(text, f.start)
        )
    if _ONE_WORD.match(word) is None:
        return False
    # cheap signs first (most findings are people's names, with none of them)
    before = text[max(0, f.start - 4) : f.start]
    after = text[f.end : f.end + 4]
    paired = after.startswith(" et ") or before == " et "
    bracketed = before.endswith(("(", "( "))
    typed = before.endswith(" ") and _TYPE_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
    english = after.startswith(" ") and _ENGLISH_TITLE_AFTER.match(text, f.end) is not None
    if not (paired or bracketed or typed or english or _author(word)):
        return False
    if titled(text, f.start):
        return False
    if typed or english:
        return True
    if not _no_first_name_beside(text, f):
        return False
    return (
        (paired and _paired(text, f))
        or (bracketed and f.label == Label.NOM and _bracketed_after_a_technique(text, f))
        or _scale_with_value(text, f)
        or _scale_in_a_list(text, f)
    )


def drop_eponymous_methods(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the methods', techniques' and scales' authors."""
    return [f for f in found if not (f.label in _LABELS and _method(text, f))]
