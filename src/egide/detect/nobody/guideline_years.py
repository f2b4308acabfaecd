"""A learned society's guideline and its years identify nobody: « selon les recommandations AFU
2024-2026 », « référentiel SFAR 2022 », « consensus ESC 2021 », « critères EULAR/ACR 2010 ».

Protocols and letters cite the guideline they follow by the society's acronym and the year (or the
years) of its edition, after a noun of guidance. The name lists hold many such acronyms as surnames
(« SFAR », « AFU »…), and the year recogniser reads the years as dates. After a noun of guidance
(« recommandations », « référentiel », « consensus », « guidelines », « critères », « selon ») and an
article, an acronym in capitals, then a year or a range of years: the acronym and the years are the
guideline's. After « selon » or « d'après », only with a year (« selon LEROY, la patiente a chuté » quotes a
colleague). Only words in capitals (a person is written « Dupont » in running text), only years
(a day's date after them stays a date), a second society coordinated after the first's years (« ECCO 2022
et GETAID »), and never a finding that reaches beyond the acronym
(« recommandations du CHU de Rennes 2020 »: the establishment stays).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label

_GUIDELINE = re.compile(
    r"(?<![\w])(?i:recommandations?|recos?|référentiels?|referentiels?|consensus|guidelines?|critères"
    r"|criteres|selon|d['’]après|conférence[ \t]+de[ \t]+consensus)"
    r"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|la|le|les|l['’])[ \t]*)?"
    r"(?P<acronym>[A-Z][A-Z0-9]{1,7}(?:[/\-][A-Z][A-Z0-9]{1,7})*)"
    r"(?:[ \t]+(?P<years>(?:19|20)[0-9]{2}(?:[ \t]*[-–/][ \t]*(?:19|20)?[0-9]{2})?))?(?![\w])"
    # a second society's guideline coordinated with the first (« recommandations ECCO 2022 et GETAID »)
    r"(?:[ \t]+(?:et|ou|\+)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|la|le|les|l['’])[ \t]*)?"
    r"(?P<second>[A-Z][A-Z0-9]{1,7}(?:[/\-][A-Z][A-Z0-9]{1,7})*)(?![\w]))?"
)
_DROPPED = frozenset({Label.NOM, Label.VILLE, Label.ETABLISSEMENT, Label.DATE})


def _in_a_guideline(text: str, f: Finding) -> bool:
    word = text[f.start : f.end]
    if f.label == Label.DATE:
        if not word.replace("-", "").replace("–", "").replace("/", "").replace(" ", "").isdigit():
            return False
    elif not (word[:1].isupper() and word.replace("/", "").replace("-", "").isalnum() and word.isupper()):
        return False
    for m in finditer(_GUIDELINE, text, max(0, f.start - 60), min(len(text), f.end + 16)):
        if not m.group("years") and m.group().casefold().startswith(("selon", "d'", "d’")):
            continue  # « selon LEROY, la patiente a chuté »: a nurse's note names a colleague
        s, e = m.span("acronym")
        if s <= f.start and f.end <= e:
            return True
        if m.group("second") and m.group("years"):
            # (only after a first society with its years: « selon ECCO et LEROY » may quote a colleague)
            s, e = m.span("second")
            if s <= f.start and f.end <= e:
                return True
        if m.group("years"):
            s, e = m.span("years")
            if s <= f.start and f.end <= e:
                return True
    return False


# The heads of the nouns of guidance, as written in lower case or capitalised: a text without any is
# not searched.
_HEADS = ("ecomm", "éférent", "eferent", "onsensus", "uideline", "ritère", "ritere", "elon", "près", "pres")


def drop_guideline_years(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without a guideline's society and years."""
    if not any(h in text for h in _HEADS):
        return list(found)
    return [f for f in found if not (f.label in _DROPPED and _in_a_guideline(text, f))]
