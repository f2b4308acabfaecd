"""ETABLISSEMENT: a hospital's site typed in lower case after « urgences de » (or « du », a unit's other
words: « réa de », « maternité de »), when the list of short names holds it only as written because its
words are words (« aux urgences de bel air », « urgences de beau soleil », « la maternité de bon secours »).

A hurried note, an e-mail from a patient's family, a complaint typed in lower case name the hospital by its
site as everyone there does; the list (``data/hospital_short_names.txt``) keeps « Bel-Air », « Beau
Soleil » as written only, each word being a French word alone. After an emergency unit and « de », the pair
of words is the site whatever its case: « urgences de bel air » is no air. Only the listed names of two words
or more (one word, « urgences de parc », stays a word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.establishment import capitals_only_pairs, pair_key

_PAIRS = capitals_only_pairs()
_LONGEST = max((len(p) for p in _PAIRS), default=0)
# The unit and its link, typed in lower case (a capitalised site after it is the establishment's to read).
_UNIT_THEN_LINK = re.compile(
    r"(?<![\w\-])(?:urgences|urg|r[ée]a|r[ée]animation|maternit[ée]|sau)[ \t]+(?:de|du|d['’])[ \t]*"
    r"(?:la[ \t]+|l['’][ \t]*)?(?=[a-zà-ÿ])"
)
_WORD = re.compile(r"[a-zà-ÿ]+(?:[ \t\-][a-zà-ÿ]+){1,3}")


class SiteInLowerCaseAfterEmergencyRecogniser:
    """ETABLISSEMENT: a listed site of two words, typed in lower case, after « urgences de »."""

    name = "fr_site_in_lower_case_after_emergency"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lower
        if (
            "urg" not in low
            and "réa" not in low
            and "rea" not in low
            and "mater" not in low
            and "sau" not in low
        ):
            return
        for m in _UNIT_THEN_LINK.finditer(text):
            words = _WORD.match(text, m.end(), min(len(text), m.end() + _LONGEST + 1))
            if words is None:
                continue
            # the longest run of its words that the list holds (« bel air le 4 » → « bel air »)
            parts = re.split(r"([ \t\-])", words.group())
            for k in range(len(parts), 2, -2):
                candidate = "".join(parts[:k])
                # (keyed as the list's names are: the same accents dropped, a hyphen read as a space)
                if pair_key(candidate) in _PAIRS:
                    yield Finding(m.end(), m.end() + len(candidate), Label.ETABLISSEMENT, 0.75, self.name)
                    break
