"""An establishment's acronym that an e-mail address of the text has for its domain: « De : … <g.robic@
ghbs.bzh> … Cellule d'identitovigilance, GHBS. ».

A hospital's staff write from its own domain, and sign with its acronym; no list holds every group's
acronym (« GHBS », « CHIC », « GHRMSA »), but the address the text holds says what it is: the same
letters in capitals, standing alone, are the establishment whose domain it is. Not a webmail's or an
internet provider's name (« GMAIL », « ORANGE »: the patient's own mail, no establishment), and only
an acronym of three to eight capitals that stands alone in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

SOURCE = "mail_domain_acronym"
SCORE = 0.7
# Domains of webmails and providers, of the state's secure mail: anybody's address, nobody's acronym.
_PUBLIC_DOMAINS = frozenset(
    {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "orange", "wanadoo", "free",
     "sfr", "laposte", "neuf", "bbox", "aol", "gmx", "protonmail", "proton", "numericable", "club", "mssante",
     "sante", "ameli", "gouv", "yandex", "mail", "email"}
)  # fmt: skip
_LABEL = re.compile(r"@([a-z]{3,8})\.", re.IGNORECASE)


def domain_acronyms(text: str, found: Sequence[Finding], taken: Sequence[tuple[int, int]]) -> list[Finding]:
    """The stand-alone occurrences, in capitals, of the first label of an e-mail's domain in ``found``."""
    acronyms = set()
    for f in found:
        if f.label is Label.EMAIL and (m := _LABEL.search(text, f.start, f.end)) is not None:
            label = m.group(1).lower()
            if label not in _PUBLIC_DOMAINS:
                acronyms.add(label.upper())
    if not acronyms:
        return []
    pattern = re.compile(
        r"(?<![\w@.\-])(?:" + "|".join(map(re.escape, sorted(acronyms))) + r")(?![\w\-]|\.\w)"
    )
    out = []
    for m in pattern.finditer(text):
        a, b = m.span()
        if not any(s < b and a < e for s, e in taken):
            out.append(Finding(a, b, Label.ETABLISSEMENT, SCORE, SOURCE))
    return out
