"""A hospital named by its town in a hurried note typed in lower case, after the unit where a bed or a stay
is (« lit dispo en gériatrie à st omer », « place en réa à lens », « transfert en cardio a arras »): the
unit's word says a hospital, the town is its name, as the team writing the note knows it.

Only a commune typed in lower case (a capitalised one is the city recogniser's) that is no French word
(« à vire », « à digne »: the lists' ``is_word``), after « en »/« de » and a unit or a speciality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import is_common_word
from egide.detect.places.lexicon import commune_after, load_lexicon

# « en » or « de » and a unit or a speciality, clipped as notes clip them, right before « à » or « au ».
_UNIT_BEFORE = re.compile(
    r"(?<![\w\-])(?:en|de|d['’]|aux?)[ \t]*(?:g[ée]riatrie|g[ée]ria|r[ée]a(?:nimation)?|cardio(?:logie)?"
    r"|pneumo(?:logie)?|neuro(?:logie)?|chir(?:urgie)?|ortho(?:p[ée]die)?|p[ée]dia(?:trie)?|maternit[ée]"
    r"|m[ée]decine|ssr|smr|usld|usc|usic|psy(?:chiatrie)?|urgences|urg|dialyse|h[ée]modialyse|hdj|soins[ \t]+palliatifs"
    r"|court[ \t]+s[ée]jour|m[ée]decine[ \t]+interne|gastro|n[ée]phro|onco|h[ée]mato|uro|obst[ée]trique)[ \t]+$"
)
# « à » or « au », then a word typed in lower case: where the commune is looked up (a literal space first,
# which ``re`` skips to fast; the unit before is looked for only there).
_AT_LOWER = re.compile(r" (?:à|a|au)[ \t]+(?=[a-zà-ÿ])")


def hospitals_by_town(text: str, source: str) -> Iterator[Finding]:
    """The lower-case communes after a unit and « à » (module docstring), as ETABLISSEMENT."""
    lexicon = load_lexicon()
    for m in _AT_LOWER.finditer(text):
        if _UNIT_BEFORE.search(text, max(0, m.start() - 32), m.start() + 1) is None:
            continue
        found = commune_after(lexicon, text, m.end(), min(len(text), m.end() + 40))
        if found is None:
            continue
        stop, commune = found
        name = text[m.end() : stop]
        if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_'’"):
            continue
        if commune.abroad or commune.is_word or commune.ambiguous or is_common_word(name):
            continue
        yield Finding(m.end(), stop, Label.ETABLISSEMENT, 0.7, source)
