"""ETABLISSEMENT: the value of a form's « Employeur » field, the patient's employer by its name
(« Employeur : Scierie Vosgienne Perrin, Gérardmer », « EMPLOYEUR : COOP LAITIÈRE DU BOCAGE SIRET … »,
« | Employeur | Garage Ollivier Frères | », « Raison sociale : SAS Menuiseries d'Armor »).

Product decision (issue 8, fifteenth session; :mod:`egide.detect.places.organisation_name`): a person's
own organisation is a quasi-identifier, masked as ETABLISSEMENT. An accident-at-work declaration, a
work-fitness visit, an occupational-health letter or a social file names the employer in a field of its
own: whatever capitalised name is written there is the employer's. The label opens its line, a table's
cell or a column (after a gap of blanks); « : », « | », a tab or a gap of blanks follows it. The value
may open on a legal form or a firm's kind in lower case (« SARL », « entreprise »), which are masked
with it; it stops at a comma (the town after it is read by the places), a bracket, a dash, « SIRET »,
a cell's end. A value in lower case (« Employeur : entreprise de maçonnerie », « (cachet illisible) »)
or a person (« Employeur : Mme Roussel ») names no organisation here; a public body stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.places.organisation_name import NAME, names_an_organisation, trim
from egide.detect.places.written_line import on_one_line

_FIELD = re.compile(
    r"(?:(?:[Nn]om[ \t]+de[ \t]+l['’][ \t]*)?(?:[Ee]mployeur|EMPLOYEUR)(?:[ \t]+(?i:actuel|habituel|principal))?"
    r"|(?:[Rr]aison[ \t]+sociale|RAISON[ \t]+SOCIALE)"
    r"|(?:[Ee]ntreprise|ENTREPRISE)[ \t]+(?i:employeuse|utilisatrice))"
    # the separator: a colon, a cell's bar, a tab, or a column's gap
    r"[ \t]{0,4}(?:[:|\t]|[ \t]{2})[ \t|:]{0,6}"
    # a legal form or a firm's kind in lower case, masked with the name
    r"(?P<value>(?:(?:SARL|SASU|SAS|EURL|SCI|SNC|GAEC|EARL|SCEA|SCEV|SCOP|SELARL|SELAS|SA"
    r"|(?:l['’])?entreprise|(?:la[ \t]+)?soci[ée]t[ée]|[ée]tablissements|[EÉ]ts\.?|ETS\.?)[ \t]+)?"
    rf"{NAME})"
)
# What may stand before the label: the line's start, a cell's bar, a column's gap.
_OPENS = re.compile(r"(?:^|\n|\||[ \t]{3})[ \t]*\Z")


class EmployerFieldRecogniser:
    """ETABLISSEMENT: the employer's name in a form's « Employeur » field."""

    name = "fr_employer_field"

    def may_match(self, doc: Document) -> bool:
        lower = doc.lower
        return "employeur" in lower or "raison sociale" in lower or "entreprise " in lower

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _FIELD.finditer(text):
            if _OPENS.search(text, max(0, m.start() - 12), m.start()) is None:
                continue
            start = m.start("value")
            end = trim(text, start, m.end("value"))
            if end <= start or not names_an_organisation(text[start:end].removeprefix("SA ")):
                continue
            if not on_one_line(doc, start, end):
                continue
            yield Finding(start, end, Label.ETABLISSEMENT, 0.8, self.name)
