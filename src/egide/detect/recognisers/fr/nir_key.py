"""The key of a NIR written apart from its thirteen digits: « 1 72 08 59 350 118, clé 63 »,
« N° SS |2|7|1|…|2| Clé |4|7| », « [1][5][7]…[2] Clé [1][9] » (a form with a box per digit and a box
for the key, drawn with bars or brackets).

Forms print the key in its own box and people copy it after a « clé » label; ``nir.py`` finds the
thirteen digits (after a context word) but the two digits of the key, alone, are any number. They are
the NIR's key when « clé » stands between them and a run of thirteen digits (separated by spaces,
dots, dashes or a form's cell bars) that ends just before the label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# « clé 63 », « Clé : 4 7 », « clé |4|7| » on the lower-cased text.
_KEY = re.compile(
    r"cl[ée](?![\w])[ \t.:=|\[\]]*(?P<key>[0-9](?:[ \t]?(?:\||\] ?\[)?[ \t]?)[0-9])(?![ \t|\]\[]?[0-9])"
)
# Between the thirteen digits and the label: a comma, a bracket, a bar, spaces.
_GAP = " \t,;()[]|-"
_SEPARATORS = " \t.|-[]"
_REACH = 70


class NirKeyRecogniser:
    """NIR: the two digits of a key written apart, after « clé », right after a NIR's thirteen digits."""

    name = "fr.nir_key"

    def may_match(self, doc: Document) -> bool:
        """« cl » (« clé ») is in the text (see :func:`egide.detect.recogniser.may_match`)."""
        low = doc.lowered
        return low is not None and "cl" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered
        if low is None or "cl" not in low:
            return
        text = doc.text
        for m in _KEY.finditer(low):
            if _thirteen_digits_end_at(text, m.start()):
                yield Finding(m.start("key"), m.end("key"), Label.NIR, 0.8, self.name)


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
