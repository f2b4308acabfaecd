"""ETABLISSEMENT: the article of a site's own name, masked with it (« à la Timone », « vers la Croix-Rousse »,
« admis au Vinatier » is left: « au » holds « le » glued to « à »).

A hospital or a home named by its place keeps the article of that place (« La Timone », « La Conception »,
« Les Tilleuls »): the note writes it in lower case inside a sentence, and a recogniser that reads the name
from its capital leaves it out. Masked with the name, as the name is said; only before a name that opens on
a capitalised word and holds no kind of establishment (« la Clinique du Parc », « la Bergmann Klinik »,
« l'Assistance Publique-Hôpitaux de Paris » keep their article out: there it is the sentence's, before a
name built on its type).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

# The article right before the name, on the same line: « la », « le », « les », « l' » in any case.
_ARTICLE_BEFORE = re.compile(r"(?<![\w\-'’])(?:la|le|les|La|Le|Les|LA|LE|LES)[ \t]+$|(?<![\w\-'’])[lL]['’]$")
# The kinds that open a name written with its type: the article before them is the sentence's.
_KIND_FIRST = re.compile(
    r"(?i:h[ôo]pita|clinique|polyclinique|centre|institut|maison|r[ée]sidence|foyer|fondation|laboratoire"
    r"|labo|cabinet|pharmacie|imagerie|groupe|p[ôo]le|service|unit[ée]|site|ehpad|ssr|smr|had|ssiad|usld|ch[a-z]*\b)"
)
# A kind anywhere in the name (« Bergmann Klinik », « Rochester Clinic », « Assistance Publique-Hôpitaux de
# Paris »): a name built on its type, whose article is the sentence's as before a type.
_KIND_INSIDE = re.compile(
    r"(?i:h[ôo]pita|hospital|spital|klinik|clinic|clinique|centre|center|institut|maison|r[ée]sidence|fondation"
    r"|laboratoire|cabinet|pharmacie|assistance|mutuelle)"
)


# Organisations named as a person's own (an employer, a shop, a crèche): « à la Fnac de Brest », « chez la
# Carrosserie Vidal » hold the sentence's article, not a place's; their readers' names, as in their modules.
_ORGANISATION_SOURCES = frozenset(
    {"fr_organisation_by_kind", "fr_employer_field", "fr_company_legal_form", "fr_workplace_after_work_word"}
)


def with_site_articles(
    texts: Sequence[str], findings: list[list[Finding]], min_score: float
) -> list[list[Finding]]:
    """``findings`` with each establishment named by its place taking the article written before it."""
    result: list[list[Finding]] = []
    for text, found in zip(texts, findings, strict=True):
        changed = False
        out: list[Finding] = []
        for f in found:
            if (
                f.label == Label.ETABLISSEMENT
                and f.score >= min_score
                and f.start
                and f.source not in _ORGANISATION_SOURCES
            ):
                name = text[f.start : f.end]
                first = name.split(maxsplit=1)[0] if name.strip() else ""
                # (an acronym keeps its article out: « l'AURAD », « le CHU »)
                if (
                    first[:1].isupper()
                    and not first.isupper()
                    and _KIND_FIRST.match(name) is None
                    and _KIND_INSIDE.search(name) is None
                ):
                    article = _ARTICLE_BEFORE.search(text, max(0, f.start - 5), f.start)
                    if article is not None:
                        out.append(Finding(article.start(), f.end, f.label, f.score, f.source))
                        changed = True
                        continue
            out.append(f)
        result.append(out if changed else found)
    return result
