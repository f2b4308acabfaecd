"""ETABLISSEMENT: an establishment's acronym placed by its site or its town (« CHICAS – site de Gap »
signing an e-mail, « GHICL - site d'Armentières », « at the HUG (Genève) », « au CHUV (Lausanne) »).

An acronym that no list holds (a territory's hospital group, a hospital abroad) is an establishment's
name when a site of it is named after a dash (« – site de Gap ») or when its town follows in brackets
after a word that places a person there (« au », « aux », « à l' », « at the », « from the »). The
town is checked in the commune list (French, Belgian, Swiss, Luxembourg, world cities). The kinds of
care structures (« EHPAD – site de … », « SSR (Gap) »), the acronyms of services and examinations
(« IRM », « SAMU ») are no name and stay in clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.establishment import STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import commune_after, load_lexicon

_ACRONYM = r"[A-Z][A-Za-z]{1,2}[A-Z]{1,5}(?:-[A-Z]{1,4})?"
_WITH_SITE = re.compile(
    rf"(?<![\w-])(?P<acronym>{_ACRONYM})[ \t]*(?:[–—-][ \t]*|,[ \t]*)?(?:site|SITE)[ \t]+(?:de[ \t]+|d['’]|DE[ \t]+|D['’])"
)
_IN_TOWN = re.compile(
    rf"(?<![\w-])(?:au|aux|à[ \t]+l['’]|de[ \t]+l['’]|du|(?i:at|from|to)[ \t]+the)[ \t]+(?P<acronym>{_ACRONYM})[ \t]+\("
)
# Services, examinations and teams that a note places by a site as it does an establishment.
_NOT_AN_ESTABLISHMENT = STRUCTURE_ACRONYMS | {
    "IRM", "TDM", "TEP", "SAMU", "SMUR", "SAU", "SOS", "RDV", "CR", "CRH", "DMP", "MSP", "CPTS", "PTA",
    "UF", "URG", "BO", "RCP", "ETP", "NB", "PS", "TEL", "FAX", "CHU", "CH", "CHR", "CHRU", "GHU", "GHT",
}  # fmt: skip


class AcronymWithSiteRecogniser:
    """ETABLISSEMENT: an establishment's acronym before one of its sites or its town."""

    name = "fr_acronym_with_site"

    def may_match(self, doc: Document) -> bool:
        low = doc.lower
        return "site" in low or " (" in low

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lower
        lexicon = load_lexicon()
        if "site" in low:
            for m in _WITH_SITE.finditer(text):
                if m["acronym"] in _NOT_AN_ESTABLISHMENT:
                    continue
                found = commune_after(lexicon, text, m.end(), min(len(text), m.end() + 40))
                if found is None or not text[m.end()].isupper():
                    continue
                yield Finding(m.start("acronym"), m.end("acronym"), Label.ETABLISSEMENT, 0.85, self.name)
        if " (" in text:
            for m in _IN_TOWN.finditer(text):
                if m["acronym"] in _NOT_AN_ESTABLISHMENT:
                    continue
                close = text.find(")", m.end(), m.end() + 40)
                if close == -1 or not text[m.end() : m.end() + 1].isupper():
                    continue
                if lexicon.commune(text[m.end() : close]) is None:
                    continue
                yield Finding(m.start("acronym"), m.end("acronym"), Label.ETABLISSEMENT, 0.85, self.name)
