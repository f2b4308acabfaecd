"""The key of a NIR written apart from its thirteen digits: « 1 72 08 59 350 118, clé 63 »,
« N° SS |2|7|1|…|2| Clé |4|7| », « [1][5][7]…[2] Clé [1][9] » (a form with a box per digit and a box
for the key, drawn with bars or brackets).

Forms print the key in its own box and people copy it after a « clé » label; ``nir.py`` finds the
thirteen digits (after a context word) but the two digits of the key, alone, are any number. They are
the NIR's key when « clé » stands between them and a run of thirteen digits (separated by spaces,
dots, dashes or a form's cell bars) that ends just before the label.

Exports and forms also set the key apart without the label, and sentences name it a few words after
the number: the key in its own cell of a table row (« 1520369123047;95; », « …|95| »), after a space
and before more fields of a fixed-width line (« VID-HOSP : 2870592050118 54 01 372 … »), or after
« clé » further on in the sentence (« … 006 92 (clé invalide, la bonne clé est 29) »). Two digits
there are the key when they are the key of the thirteen characters before them (97 − their value
mod 97): a check that two unrelated digits pass once in ninety-seven times, on top of the NIR's
structure (sex, month, département).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.atoms import digit_runs
from egide.detect.recognisers.fr.checks import nir_key
from egide.detect.recognisers.fr.nir import strong_structure

# « clé 63 », « Clé : 4 7 », « clé |4|7| » on the lower-cased text; the label scanned with a « 1 » for its
# « l » (« c1é 0 7 », a form's OCR: the accent says it is the word).
_KEY = re.compile(
    r"(?:cl[ée]|c1é)(?![\w])[ \t.:=|\[\]]*(?P<key>[0-9](?:[ \t]?(?:\||\] ?\[)?[ \t]?)[0-9])(?![ \t|\]\[]?[0-9])"
)
# Between the thirteen digits and the label: a comma, a bracket, a bar, spaces.
_GAP = " \t,;()[]|-"
_SEPARATORS = " \t.|-[]"
_REACH = 70

# The key in the next cell of a row (« ;95 », « | 95 », « ,"95" », a tab), after a slash or a dash, or
# in brackets (« 2870592050118 (54) »).
# (or in the next bracket of a form: « [2 74 08 29 019 183] [07] »)
_APART = re.compile(
    r"[ \t]*[\"']?[ \t]*(?:[;,|\t/\-]|\(|\][ \t]*\[)[ \t]*[\"']?[ \t]*(?P<key>[0-9]{2})(?![0-9])"
)
# « clé » further on in the sentence, then its two digits (« la bonne clé est 29 », « la clé (88) »).
_KEY_FURTHER = re.compile(r"[^\d\n]{0,60}?cl[ée](?![^\W\d_])[^\d\n]{0,25}?(?P<key>[0-9]{2})(?![0-9])")
_SEPARATOR_IN_RUN = " .-"
# Thirteen characters a NIR can have: digits, and « 2A »/« 2B » only as the département.
_HEAD = re.compile(r"[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}")
SCORE_CHECKED = 0.9


class NirKeyRecogniser:
    """NIR: the two digits of a key written apart, after « clé », right after a NIR's thirteen digits."""

    name = "fr.nir_key"

    def may_match(self, doc: Document) -> bool:
        """« cl » (« clé ») is in the text, or a run of thirteen digits (see
        :func:`egide.detect.recogniser.may_match`)."""
        low = doc.lowered
        if low is None:
            return False
        return "cl" in low or "c1é" in low or any(n >= 13 for _, _, n in doc.shared(digit_runs))

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered
        if low is None:
            return
        text = doc.text
        if "cl" in low or "c1é" in low:
            for m in _KEY.finditer(low):
                if _thirteen_digits_end_at(text, m.start()):
                    yield Finding(m.start("key"), m.end("key"), Label.NIR, 0.8, self.name)
        for start, end, digits in doc.shared(digit_runs):
            if digits >= 13:
                yield from _checked_key(text, low, start, end)


def _checked_key(text: str, low: str, start: int, end: int) -> Iterator[Finding]:
    """The key of the NIR whose thirteen characters open the run ``[start, end)``, where it stands
    apart: in the run after a separator (the whole NIR is reported), in the next cell, or after
    « clé » further on; only when it is the key those thirteen characters call for."""
    head, at = _thirteen(text, start, end)
    if head is None or _HEAD.fullmatch(head) is None or not strong_structure(head):
        return  # « 2B6015… »: an OCR's B for an 8, not Corsica's département: no NIR to check
    key = f"{nir_key(head):02d}"
    if at < end:
        # More groups follow in the run: the key is the next group when it holds two digits.
        if text[at] in _SEPARATOR_IN_RUN and text[at + 1 : at + 3] == key:
            after = at + 3
            if after == end or text[after] in _SEPARATOR_IN_RUN:
                yield Finding(start, after, Label.NIR, SCORE_CHECKED, NirKeyRecogniser.name)
                return
    else:
        apart = _APART.match(text, end)
        if apart is not None and apart["key"] == key:
            # The key confirms the thirteen characters before it: they are the NIR, whatever else
            # their neighbourhood suggests (an IPP column, a long unexplained number).
            yield Finding(start, at, Label.NIR, SCORE_CHECKED, NirKeyRecogniser.name)
            yield Finding(
                apart.start("key"), apart.end("key"), Label.NIR, SCORE_CHECKED, NirKeyRecogniser.name
            )
            return
    further = _KEY_FURTHER.match(low, end)
    if further is not None and further["key"] == key:
        yield Finding(start, at, Label.NIR, SCORE_CHECKED, NirKeyRecogniser.name)
        yield Finding(
            further.start("key"), further.end("key"), Label.NIR, SCORE_CHECKED, NirKeyRecogniser.name
        )


def _thirteen(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The thirteen first characters of the run (digits, « 2A »/« 2B »), and where they end."""
    chars: list[str] = []
    at = start
    while at < end and len(chars) < 13:
        c = text[at]
        if c.isdigit() or c in "ABab":
            chars.append(c.upper())
        at += 1
    return ("".join(chars) if len(chars) == 13 else None), at


def _thirteen_digits_end_at(text: str, label: int) -> bool:
    """True when thirteen digits (separators allowed, « 2A »/« 2B » for Corsica) end just before ``label``."""
    i = label
    floor = max(0, label - _REACH)
    while i > floor and text[i - 1] in _GAP:
        i -= 1
    digits = 0
    while i > floor and (text[i - 1].isdigit() or text[i - 1] in _SEPARATORS or text[i - 1] in "ABab"):
        if text[i - 1].isdigit() or text[i - 1] in "ABab":
            if text[i - 1] in "ABab" and not (i >= 2 and text[i - 2] == "2"):
                break
            digits += 1
        i -= 1
    # the run opens on a separator or after a character that is no letter nor digit (« Lot1234… » is not)
    return digits == 13 and (i == 0 or text[i] in _SEPARATORS or not text[i - 1].isalnum())
