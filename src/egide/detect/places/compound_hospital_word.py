"""ETABLISSEMENT: a hospital abroad named by one word that compounds its kind, as German, Dutch and the
Nordic languages write it (« transfert prévu vers l'Inselspital », « Kantonsspital Aarau »,
« Universitätsspital Zürich », « Kinderklinik », « Karolinska sjukhuset », « Rigshospitalet »), and an
Italian or Polish hospital by its kind before its name (« Ospedale San Raffaele », « Policlinico
Gemelli », « Szpital Bielański »).

Patients on holiday, cross-border workers and transfers bring these names into French notes; no list
holds them, their ending says what they are. The word must be capitalised and longer than its kind
(« Spital » alone, « Klinik » alone are kinds, read by ``establishment`` with a name); the capitalised
name or town right after it is part of it (« Kantonsspital Aarau »).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.atoms import LOWER, UPPER

# The endings of a hospital's kind compounded into its name, and the literals that anchor them.
_ENDINGS = ("spital", "spitalet", "klinik", "klinikum", "krankenhaus", "ziekenhuis", "sjukhus", "sjukhuset",
            "sykehus", "sykehuset", "sygehus", "hospitalet")  # fmt: skip
_ANCHORS = ("spital", "linik", "rankenhaus", "ziekenhuis", "sjukhus", "sykehus", "sygehus")
# The kinds written before the name (plain strings: ``in`` finds them faster than one pattern).
_KINDS_FIRST = ("Ospedale", "Policlinico", "Szpital", "Nemocnice")
_COMPOUND = re.compile(
    # (after « l' », « d' » too: « vers l'Inselspital »)
    rf"(?:(?<=[lLdD]['’])|(?<![\w\-'’]))(?P<word>[{UPPER}][{LOWER}]{{2,}}(?:{'|'.join(_ENDINGS)}))(?![\w\-])"
    # (its town or its name after it: « Kantonsspital Aarau », « Klinikum Großhadern »)
    rf"(?P<town>[ \t]+[{UPPER}][{LOWER}ß]{{2,}}(?:-[{UPPER}][{LOWER}ß]+)*(?![\w\-'’]))?"
)
# A hospital's kind in Italian or Polish before its name (« Ospedale San Raffaele », « Szpital Bielański »).
_KIND_FIRST = re.compile(
    rf"(?<![\w\-])(?:Ospedale|Policlinico|Szpital|Nemocnice)(?:[ \t]+(?:di|del|della|dei|degli)?)?"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]+){{1,3}}(?![\w\-'’])"
)
# Words that follow a compound and belong to the sentence, not the name (« Klinik Montag »).
_NOT_NAMES = frozenset(
    {"Le", "La", "Les", "Dr", "Pr", "Mme", "M", "Monsieur", "Madame", "Contact", "Tel", "Tél"}
)


def _word_starts(text: str) -> list[int]:
    """Where a word holding one of the anchors starts, each word once; « hospital… » (« hospitalisation »,
    « hospitalier », every note's) is no compound and is skipped without a pattern."""
    starts: set[int] = set()
    for anchor in _ANCHORS:
        k = text.find(anchor)
        while k != -1:
            # (« hospital » opening its word; « Rigshospitalet » compounds it)
            if not (
                anchor == "spital"
                and text[max(0, k - 2) : k].lower() == "ho"
                and not (k >= 3 and text[k - 3].isalpha())
            ):
                start = k
                while start > 0 and (text[start - 1].isalpha()):
                    start -= 1
                starts.add(start)
            k = text.find(anchor, k + len(anchor))
    return sorted(starts)


class CompoundHospitalWordRecogniser:
    """ETABLISSEMENT: a hospital abroad by a word that compounds its kind, or by its kind first."""

    name = "fr_compound_hospital_word"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return any(a in text for a in _ANCHORS) or any(k in text for k in _KINDS_FIRST)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for start in _word_starts(text):
            m = _COMPOUND.match(text, start)
            if m is not None:
                end = m.end("town") if m["town"] and m["town"].strip() not in _NOT_NAMES else m.end("word")
                yield Finding(m.start("word"), end, Label.ETABLISSEMENT, 0.8, self.name)
        if any(k in text for k in _KINDS_FIRST):
            for m in _KIND_FIRST.finditer(text):
                yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.8, self.name)
