"""The year a protocol or a guideline was revised is nobody's: « (version du service, révisée en
2022) », « protocole mis à jour en 2023 », « fiche actualisée en 2020 ».

A protocol, a conversion table, a technical sheet or a guideline states when it was written,
revised, validated or published; the years recogniser reads « en 2022 » as any year of a history.

The exemption is narrow: a year alone (no day, no month), right after a verb of writing or revising
(« révisé », « mis à jour », « actualisé », « validé », « publié », « rédigé », « adopté »,
« approuvé », « édité »), with or without « en », or after « version », « révision », « édition »,
« mise à jour » (« version 2022 »), in a sentence that names a document (« protocole », « procédure »,
« tableau », « fiche », « guide », « recommandations », « référentiel »…) and nobody (no title, no
singular patient, no pronoun, no name found there). « Traitement révisé en 2022 » and « protocole
révisé en 2022 avec la patiente » stay masked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import search
from egide.detect.labels import Label
from egide.detect.study_periods import PERSON_WORDS, sentence_bounds

# The verb or the noun right before the year (the window ends at the year).
_REVISED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?i:(?:r[ée]vis[ée]|mise?[ \t]+[àa][ \t]+jour|actualis[ée]|valid[ée]|publi[ée]|r[ée]dig[ée]"
    r"|adopt[ée]|approuv[ée]|[ée]dit[ée])e?s?[ \t]+(?:en[ \t]+)?"
    r"|(?:version|r[ée]vision|[ée]dition|mise[ \t]+[àa][ \t]+jour)[ \t]+(?:de[ \t]+)?)\Z"
)
_DOCUMENT = re.compile(
    r"(?<![^\W\d_])(?i:protocoles?|proc[ée]dures?|tableaux?|fiches?|guides?|recommandations?|r[ée]f[ée]rentiels?"
    r"|chartes?|livrets?|documents?|grilles?|formulaires?|questionnaires?|notices?|algorithmes?|versions?"
    r"|consignes|check-lists?|classifications?|[ée]chelles?|scores?|th[ée]saurus|r[èe]glements?)(?![^\W\d_])"
)
_REACH = 24  # « mise à jour en » and its spaces


def drop_document_years(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the year a document was revised (see the module's docstring)."""
    years = [f for f in found if f.label == Label.DATE and f.end - f.start == 4]
    if not years:
        return list(found)
    text = doc.text
    dropped: set[tuple[int, int]] = set()
    for f in years:
        # (tried only where a revision's word can begin: the pattern opens on a look-behind)
        if search(_REVISED_BEFORE, text, max(0, f.start - _REACH), f.start) is None:
            continue
        low, high = sentence_bounds(text, f.start, f.end)
        if _DOCUMENT.search(text, low, high) is None or PERSON_WORDS.search(text, low, high) is not None:
            continue
        if any(g.label == Label.NOM and low <= g.start < high for g in found):
            continue  # somebody is named in the sentence
        dropped.add((f.start, f.end))
    if not dropped:
        return list(found)
    return [f for f in found if not (f.label == Label.DATE and (f.start, f.end) in dropped)]
