"""ETABLISSEMENT: a company named with its French legal form (« SARL Couvertures Lemoine », « chez
Garnier Peinture EURL », « GAEC du Haut-Vernay », « Plâtrerie Bonnefoy & Fils »).

Product decision (issue 8, fifteenth session; :mod:`egide.detect.places.organisation_name`): a person's
own organisation is a quasi-identifier, masked as ETABLISSEMENT. In a clinical note a company appears
as the patient's employer (an accident at work, a fitness visit) or the farm they run; its legal form
says the capitalised words beside it are a firm's name, whatever those words are: « SARL », « SASU »,
« EURL », « SCI », « GAEC », « EARL », « SCEA », « SCOP », « SELARL » before it, the same after it, or
« & Fils », « et Fils », « Frères » closing it (the family firm's own way of writing itself).

« SAS » and « SA » also spell the sleep apnoea syndrome and the sino-atrial node (« SAS appareillé »,
« bloc SA »): before a name they are read only where a word of the name is no common word and no
medical word, after one never for « SA ». « SNC » (central nervous system) is not read. Where the
name stops: see :func:`egide.detect.places.organisation_name.trim`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.needles import Needles
from egide.detect.places.organisation_name import NAME, names_an_organisation, trim
from egide.detect.places.written_line import on_one_line

# (the word's start is checked in code: a pattern opening on a look-behind scans slowly)
_FORM = re.compile(r"(?:SARL|SASU|SAS|EURL|SCI|GAEC|EARL|SCEA|SCEV|SCOP|SELARL|SELAS)(?![\w-])")
# A family firm: its name closes on « & Fils », « et Fils », « Frères » (capitalised: « sa fille et fils »
# is a family, not a firm).
_FAMILY = re.compile(r"(?:&|et|ET)[ \t]+(?:Fils|FILS|Frères|FRÈRES)(?![\w-])")
_NAME_AFTER = re.compile(
    rf"(?:[ \t]+|[ \t]*[:«\"][ \t]*)(?P<name>(?:(?:de[ \t]+la|des|du|d['’]|DE[ \t]+LA|DES|DU|D['’])[ \t]*)?{NAME})"
)
# The name before a form, read back on its line (the window bounded: linear on any input).
_NAME_BEFORE = re.compile(rf"(?<![\w'’&-])(?P<name>{NAME})[ \t]*\Z")
_WINDOW = 90
_NEEDLES = Needles(
    ("sarl", "sas", "eurl", "sci", "gaec", "earl", "scea", "scev", "scop", "selarl", "selas", "fils", "frères",
     "freres")
)  # fmt: skip


class CompanyLegalFormRecogniser:
    """ETABLISSEMENT: a company's name beside its legal form or closing on « & Fils »."""

    name = "fr_company_legal_form"

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_NEEDLES)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _FORM.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
                continue
            after = _NAME_AFTER.match(text, m.end())
            if after is not None:
                end = trim(text, after.start("name"), after.end("name"))
                if end > after.start("name") and self._names(doc, text, m.start(), end, after.start("name")):
                    yield Finding(m.start(), end, Label.ETABLISSEMENT, 0.8, self.name)
                    continue
            start = self._name_before(text, m.start())
            if start is not None and self._names(doc, text, start, m.end(), start, m.start()):
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.8, self.name)
        for m in _FAMILY.finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()] != "&":
                continue
            start = self._name_before(text, m.start())
            if start is not None and self._names(doc, text, start, m.end(), start, m.start()):
                yield Finding(start, m.end(), Label.ETABLISSEMENT, 0.8, self.name)

    @staticmethod
    def _name_before(text: str, end: int) -> int | None:
        line = text.rfind("\n", 0, end) + 1
        m = _NAME_BEFORE.search(text, max(line, end - _WINDOW), end)
        return None if m is None else m.start("name")

    @staticmethod
    def _names(doc: Document, text: str, start: int, end: int, name_start: int, name_end: int = -1) -> bool:
        """The words beside the form name a firm, on one written line: any capitalised word beside a form
        that spells nothing else (« EARL des Trois Chênes »), a word no common word names beside « SAS »
        or « SCI » (« SAS Sévère » is an apnoea syndrome's) and beside « Fils »."""
        name = text[name_start : end if name_end < 0 else name_end]
        form = text[start:end].split()
        plain = not ({"SAS", "SCI"} & set(form)) and not _FAMILY.search(text, start, end)
        return names_an_organisation(name, capitals_name=plain) and on_one_line(doc, start, end)
