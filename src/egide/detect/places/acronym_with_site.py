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
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.places.establishment import STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import Lexicon, commune_after, load_lexicon
from egide.detect.places.written_line import on_one_line

_ACRONYM = r"[A-Z][A-Za-z]{1,2}[A-Z]{1,5}(?:-[A-Z]{1,4})?"
# Each read back from a « site » or an opening bracket (``\Z`` there), never over the whole text.
_WITH_SITE = re.compile(rf"(?<![\w-])(?P<acronym>{_ACRONYM})[ \t]*(?:[–—-][ \t]*|,[ \t]*)?\Z")
_SITE = re.compile(r"(?:site|SITE)[ \t]+(?:de[ \t]+|d['’]|DE[ \t]+|D['’])")
_IN_TOWN = re.compile(
    rf"(?<![\w-])(?:au|aux|à[ \t]+l['’]|de[ \t]+l['’]|du|(?i:at|from|to)[ \t]+the"
    # or after a long dash or an arrow, as a header or a transfer's line sets the places apart (« Maternité :
    # CHU Nord — MFRE (Saint-Denis) », « Transfert — HUG (Genève) → CH Annecy »)
    # (the long dashes read as a hyphen by then: a hyphen between spaces)
    rf"|(?<=[ \t])[—–→-])[ \t]+(?P<acronym>{_ACRONYM})[ \t]+\Z"
)
# A transfer written with an arrow from an establishment in capitals to a hospital (« transfert EPSMR → CHU
# Sud », « EPSM -> CH de Lens »): the acronym before the arrow names the establishment the patient leaves.
_BEFORE_HOSPITAL = re.compile(
    rf"(?<![\w-])(?P<acronym>{_ACRONYM})[ \t]*(?:→|->)[ \t]*"
    r"(?:CHU|CHR|CHRU|CHS|CH|GHU|H[ôo]pital|HÔPITAL|HOPITAL|Clinique|CLINIQUE|Centre[ \t]+hospitalier|CENTRE[ \t]+HOSPITALIER)(?![\w])"
)
# Services, examinations and teams that a note places by a site as it does an establishment.
_NOT_AN_ESTABLISHMENT = STRUCTURE_ACRONYMS | {
    "IRM", "TDM", "TEP", "SAMU", "SMUR", "SAU", "SOS", "RDV", "CR", "CRH", "DMP", "MSP", "CPTS", "PTA",
    "UF", "URG", "BO", "RCP", "ETP", "NB", "PS", "TEL", "FAX", "CHU", "CH", "CHR", "CHRU", "GHU", "GHT",
}  # fmt: skip
# (read by the letterhead chain too: the same acronyms name no establishment beside one)
NOT_AN_ESTABLISHMENT = _NOT_AN_ESTABLISHMENT


class AcronymWithSiteRecogniser:
    """ETABLISSEMENT: an establishment's acronym before one of its sites or its town."""

    name = "fr_acronym_with_site"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return "site" in text or "SITE" in text or " (" in text or "→" in text or "->" in text

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lexicon = load_lexicon()
        for word in ("site", "SITE"):
            at = text.find(word)
            while at != -1:
                yield from self._before_site(doc, lexicon, at)
                at = text.find(word, at + 4)
        at = text.find(" (")
        while at != -1:
            # an acronym ends right before the bracket's space (« HUG (Genève) »)
            m = _IN_TOWN.search(text, max(0, at - 40), at + 1) if at and text[at - 1].isupper() else None
            if (
                m is not None
                and m["acronym"] not in _NOT_AN_ESTABLISHMENT
                and m["acronym"].lower() not in MEDICAL_WORDS
            ):
                close = text.find(")", at + 2, at + 42)
                town = text[at + 2 : close] if close != -1 else ""
                if (
                    town[:1].isupper()
                    and lexicon.commune(town) is not None
                    and on_one_line(doc, m.start(), close)
                ):
                    yield Finding(m.start("acronym"), m.end("acronym"), Label.ETABLISSEMENT, 0.85, self.name)
            at = text.find(" (", at + 2)
        if "→" in text or "->" in text:
            for m in _BEFORE_HOSPITAL.finditer(text):
                if m["acronym"] not in _NOT_AN_ESTABLISHMENT and m["acronym"].lower() not in MEDICAL_WORDS:
                    yield Finding(m.start("acronym"), m.end("acronym"), Label.ETABLISSEMENT, 0.85, self.name)

    def _before_site(self, doc: Document, lexicon: Lexicon, at: int) -> Iterator[Finding]:
        text = doc.text
        site = _SITE.match(text, at)
        if site is None or not text[site.end() : site.end() + 1].isupper():
            return
        m = _WITH_SITE.search(text, max(0, at - 20), at)
        if m is None or m["acronym"] in _NOT_AN_ESTABLISHMENT:
            return
        found = commune_after(lexicon, text, site.end(), min(len(text), site.end() + 40))
        if found is not None and on_one_line(doc, m.start(), found[0]):
            yield Finding(m.start("acronym"), m.end("acronym"), Label.ETABLISSEMENT, 0.85, self.name)
