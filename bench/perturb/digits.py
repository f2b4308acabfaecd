"""Numbers as forms and OCR print them: one digit per box, other date separators, letters for digits.

* **Boxes**: inside a digit-dominant gold span (a number, a numeric date, a phone, a postcode, a NIR:
  digits at least 60 % of its letters and digits; not « 15 mai 1975 » nor an e-mail), every run of
  digits (with its spaces, dots, dashes or slashes) is rewritten one digit per box, « 1 84 12 75 123 456 78 » → « 1 8 4 1 2 7 5 1 2 3 4 5 6 7 8 »,
  « 14/03/1950 » → « 1 4 0 3 1 9 5 0 ».
* **Date separators**: a numeric date in a DATE or DATE_NAISSANCE span gets other separators, drawn
  for each gap among pipes, dots, slashes, dashes and spaces, with or without spaces around
  (« 14|03|1950 », « 05 / 11 | 2019 »).
* **OCR confusions**: in a digit-dominant token (at least 4 digits, digits at least 60 % of its
  letters and digits), some digits read as their look-alike letter: 0→O, 1→l or I, 5→S, 8→B. Every
  such token of the text is touched, gold or not: that is what a scanned page looks like.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from bench.perturb.edits import Edit, GoldSpan

_DIGIT_RUN = re.compile(r"\d(?:[ .\-/]?\d)+")
# Spaces or tabs around a separator, never a line break: a date the gold wraps over two lines (« 02/⏎04/1958 »
# in a narrow column) keeps its break, which is the line-break transformation's business.
_NUMERIC_DATE = re.compile(r"(\d{1,2})[ \t]*[./\-][ \t]*(\d{1,2})[ \t]*[./\-][ \t]*(\d{2,4})\b")
DATE_SEPARATORS = ["|", ".", "/", "-", " ", " | ", " / ", " . ", "| ", " |"]
DATE_LABELS = {"DATE", "DATE_NAISSANCE"}
OCR_CONFUSIONS = {"0": ["O"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
_TOKEN = re.compile(r"\S+")


def boxes(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    edits = []
    for start, end, _ in spans:
        if not digit_dominant(text[start:end], minimum=2):
            continue
        for run in _DIGIT_RUN.finditer(text, start, end):
            boxed = " ".join(c for c in run.group() if c.isdigit())
            if boxed != run.group():
                edits.append(Edit(run.start(), run.end(), boxed))
    return edits


def date_separators(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    edits = []
    for start, end, label in spans:
        if label not in DATE_LABELS:
            continue
        for date in _NUMERIC_DATE.finditer(text, start, end):
            day, month, year = date.groups()
            new = day + rng.choice(DATE_SEPARATORS) + month + rng.choice(DATE_SEPARATORS) + year
            if new != date.group():
                edits.append(Edit(date.start(), date.end(), new))
    return edits


def digit_dominant(token: str, minimum: int = 4) -> bool:
    digits = sum(c.isdigit() for c in token)
    alnum = sum(c.isalnum() for c in token)
    return digits >= minimum and digits >= 0.6 * alnum


def ocr(text: str, spans: Sequence[GoldSpan], rng: random.Random) -> list[Edit]:
    edits = []
    for token in _TOKEN.finditer(text):
        if not digit_dominant(token.group()):
            continue
        candidates = [token.start() + i for i, c in enumerate(token.group()) if c in OCR_CONFUSIONS]
        if not candidates:
            continue
        chosen = {i for i in candidates if rng.random() < 0.4} or {rng.choice(candidates)}
        edits.extend(Edit(i, i + 1, rng.choice(OCR_CONFUSIONS[text[i]])) for i in sorted(chosen))
    return edits
