"""E-mail addresses dictated and transcribed word for word: « sandrine point abgrall arobase orange
point fr », « j tiret dupont arobase chu tiret rennes point fr ».

Speech recognition writes what was said: the dots as « point », the hyphens as « tiret », the
underscores as « tiret bas » or « underscore », and « @ » as « arobase ». An address is a first part
of words joined by those, « arobase », then a domain of words joined the same way ending on « point »
and a usual top-level domain. Without « arobase » nothing is read: « point » alone is prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

SCORE = 0.9

_WORD = r"[a-z0-9àâçéèêëîïôûùüÿ]+"
_JOIN = r"[ \t]+(?:point|tiret(?:[ \t]+bas)?|underscore|trait[ \t]+d['’]union)[ \t]+"
_TLD = r"(?:fr|com|net|org|eu|be|ch|lu|de|es|it|info|re|gp|mq|gf|yt|nc|pf)"
# On the lower-cased text. Each repetition opens on a joining word: no quadratic backtracking.
_DICTATED = re.compile(
    rf"(?<![\w'’-]){_WORD}(?:{_JOIN}{_WORD}){{0,4}}"
    rf"[ \t]+(?:arobase|arrobase|arobas)[ \t]+"
    rf"{_WORD}(?:{_JOIN}{_WORD}){{0,4}}?[ \t]+point[ \t]+{_TLD}(?![\w-])"
)
_NEEDLE = re.compile(r"arr?obas")


class DictatedEmailRecogniser:
    """EMAIL: an address transcribed from dictation, « arobase » and « point » in words."""

    name = "fr.dictated_email"

    def may_match(self, doc: Document) -> bool:
        """« arobase » is in the text (see :func:`egide.detect.recogniser.may_match`)."""
        low = doc.lowered
        return low is None or _NEEDLE.search(low) is not None

    def find(self, doc: Document) -> Iterator[Finding]:
        low = doc.lowered
        if low is None or _NEEDLE.search(low) is None:
            return
        for m in _DICTATED.finditer(low):
            yield Finding(m.start(), m.end(), Label.EMAIL, SCORE, self.name)
