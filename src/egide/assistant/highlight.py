"""What a professional must check in an answer: numbers, units, doses, dates and drug names.

Marked for the eye, not judged: a dose in the answer is highlighted whether it is right or wrong,
so that the person reading it checks it against the source before using it.

Drug names come from two shipped dictionaries, nothing downloaded:

- the international non-proprietary names and brands of the ``drug-named-entity-recognition``
  package (MIT; its ``drug_ner_dictionary.pkl.bz2``, read here directly rather than by importing
  the package, whose import also reads a cache in the home directory);
- the medicine and substance words of the French public medicine database that égide already ships
  for detection (:func:`egide.detect.medicine_names`), which give the French spellings
  (« amoxicilline », « paracétamol », « Doliprane »).

A word of the French list that is also an everyday French word (« poumon », « anis ») counts only
when it is a French spelling of a name of the package (« amoxicilline » for « amoxicillin »).
"""

from __future__ import annotations

import bz2
import pickle
import re
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from egide.detect import common_words, fold, medicine_names
from egide.detect.calendar import MONTH_ABBREVIATIONS, MONTHS, unaccented

Kind = Literal["date", "dose", "unit", "number", "drug"]
KIND_NAMES: dict[str, str] = {
    "date": "date",
    "dose": "dose",
    "unit": "valeur et unité",
    "number": "nombre",
    "drug": "médicament",
}

_PACKAGE = "drug_named_entity_recognition"
_DICTIONARY = "drug_ner_dictionary.pkl.bz2"


#: Reading the package's dictionary takes seconds (it holds structures and links too): once, not
#: once per thread that asks for it first.
_LOADING = threading.RLock()


@cache
def package_drug_names() -> frozenset[str]:
    """Single-word names of the package's dictionary (lower case), four letters or more."""
    with _LOADING:
        return _read_package_names()


def _read_package_names() -> frozenset[str]:
    with resources.files(_PACKAGE).joinpath(_DICTIONARY).open("rb") as raw, bz2.open(raw) as fh:
        # The package's own data file, shipped inside its wheel (not a download).
        data = pickle.load(fh)
    variants: dict[str, object] = data["drug_variant_to_canonical"]
    return frozenset(
        fold(name)
        for name in variants
        if len(name) >= 4 and name.isascii() and re.fullmatch(r"[a-z][a-z-]+", name)
    )


def _english_forms(word: str) -> tuple[str, ...]:
    """The package's spelling of a French name: « amoxicilline » → « amoxicillin »."""
    forms = [word]
    if word.endswith("e"):
        forms.append(word[:-1])
    if word.endswith("ine") or word.endswith("ide") or word.endswith("ate") or word.endswith("one"):
        forms.append(word[:-1])
    return tuple(forms)


@cache
def drug_names() -> frozenset[str]:
    """Folded words that name a drug (see the module's docstring)."""
    with _LOADING:
        return _drug_names()


def _drug_names() -> frozenset[str]:
    package = package_drug_names()
    common = common_words()
    french = medicine_names()
    known = {w for w in french if any(f in package for f in _english_forms(w))}
    known |= {w for w in french if w not in common and len(w) >= 4}
    known |= {w for w in package if w not in common}
    return frozenset(known)


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: Kind


_NUM = r"\d+(?:[.,]\d+)?"
_RANGE = rf"{_NUM}(?:\s?(?:-|–|à)\s?{_NUM})?"
_DOSE_UNITS = (
    r"mg|g|µg|μg|mcg|ng|UI|U|mUI|ml|mL|cl|dl|l|L|mmol|mEq|gouttes?|cp|comprimés?|gélules?|sachets?"
    r"|bouffées?|ampoules?|unités?|inhalations?|patchs?|flacons?"
)
_PER = (
    r"(?:\s?/\s?(?:kg|m2|m²|j|jour|24\s?h|h|prise|dose|semaine|sem))*(?:\s?(?:x|×)\s?\d+\s?/\s?(?:j|jour))?"
)
_OTHER_UNITS = (
    r"mmHg|cmH2O|bpm|/min|%|°C|°|kg|cm|mm|m²|m2|g/dL|g/dl|g/L|g/l|mmol/L|mmol/l|µmol/L|µmol/l|μmol/L|mg/L|mg/l"
    r"|mg/dL|UI/L|UI/l|U/L|ng/mL|ng/ml|pg/mL|G/L|T/L|mL/min|ml/min|h|min|s|jours?|semaines?|mois|ans?|SA"
)
_MONTH_WORDS = "|".join(
    sorted(
        {*MONTHS, *(unaccented(m) for m in MONTHS), *(a + r"\.?" for a in MONTH_ABBREVIATIONS)},
        key=len,
        reverse=True,
    )
)
_DATE = (
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    rf"|\b(?:\d{{1,2}}|1er)\s+(?:{_MONTH_WORDS})(?:\s+\d{{4}})?(?!\w)"
    rf"|\b(?:{_MONTH_WORDS})\s+\d{{4}}\b"
    r"|\b[JjMm]\s?[+-]?\d{1,3}\b"
)
# Order matters: a date before a number, a dose or a unit before the bare number.
_PATTERN = re.compile(
    rf"(?P<date>{_DATE})"
    rf"|(?P<unit>(?<![\w.,]){_RANGE}\s?(?:{_DOSE_UNITS})\s?/\s?(?:dL|dl|L|l|mL|ml)\b)"
    rf"|(?P<dose>(?<![\w.,]){_RANGE}\s?(?:{_DOSE_UNITS})(?!\w){_PER})"
    rf"|(?P<unit2>(?<![\w.,]){_RANGE}\s?(?:{_OTHER_UNITS})(?![\w/]))"
    # digits grouped by spaces (« 06 12 34 56 78 », « 12 500 ») read as one number
    rf"|(?P<number>(?<![\w.,])(?:\d{{1,3}}(?:[ \u00a0]\d{{2,3}})+(?!\d|[.,]\d)|{_NUM})(?![\w]))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def highlight(text: str) -> list[Mark]:
    """The marks of ``text``, in order, never overlapping."""
    marks: list[Mark] = []
    for match in _PATTERN.finditer(text):
        group = match.lastgroup or "number"
        kind: Kind = "unit" if group == "unit2" else group  # type: ignore[assignment]
        marks.append(Mark(match.start(), match.end(), kind))
    drugs = drug_names()
    for match in _WORD.finditer(text):
        if fold(match.group()) in drugs:
            marks.append(Mark(match.start(), match.end(), "drug"))
    marks.sort(key=lambda m: m.start)
    return marks


def as_json(marks: list[Mark]) -> list[dict[str, object]]:
    return [{"start": m.start, "end": m.end, "kind": m.kind, "name": KIND_NAMES[m.kind]} for m in marks]
