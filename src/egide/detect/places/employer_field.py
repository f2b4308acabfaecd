"""ETABLISSEMENT: the value of a form's « Employeur » field, the patient's employer by its name
(« Employeur : Scierie Vosgienne Perrin, Gérardmer », « EMPLOYEUR : COOP LAITIÈRE DU BOCAGE SIRET … »,
« | Employeur | Garage Ollivier Frères | », « Raison sociale : SAS Menuiseries d'Armor », « Entreprise :
Nettoyage Services Plus », « Lieu de travail : Plateforme Logistique Ouest »).

Product decision (issue 8, fifteenth session; :mod:`egide.detect.places.organisation_name`): a person's
own organisation is a quasi-identifier, masked as ETABLISSEMENT. An accident-at-work declaration, a
work-fitness visit, an occupational-health letter or a social file names the employer in a field of its
own: whatever capitalised name is written there is the employer's. The label opens its line, a table's
cell or a column (after a gap of blanks); « : », « | », a tab or a gap of blanks follows it. The value
may open on a legal form or a firm's kind in lower case (« SARL », « entreprise »), which are masked
with it; it stops at a comma (the town after it is read by the places), a bracket, a dash, « SIRET »,
a cell's end. Two capitalised words name the employer whatever they mean (the field says a name follows;
« Employeur : Néant », « Sans Emploi » do not). A value in lower case (« Employeur : entreprise de maçonnerie », « (cachet illisible) »)
or a person (« Employeur : Mme Roussel ») names no organisation here; a public body stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.names.wordlist import words as _words
from egide.detect.places.lexicon import Lexicon
from egide.detect.places.organisation_name import NAME, names_an_organisation, trim, words_of
from egide.detect.places.written_line import on_one_line

# (matched where the label's letters were found, by ``str.find``: a whole scan by this pattern is slow)
_FIELD = re.compile(
    r"(?:(?:[Ee]mployeur|EMPLOYEUR)(?:[ \t]+(?i:actuel|habituel|principal))?"
    r"|(?:[Rr]aison[ \t]+sociale|RAISON[ \t]+SOCIALE)"
    r"|(?:[Ee]ntreprise|ENTREPRISE)(?:[ \t]+(?i:employeuse|utilisatrice))?"
    r"|(?:[Ss]oci[ée]t[ée]|SOCI[ÉE]T[ÉE])"
    r"|(?:[Ll]ieu[ \t]+de[ \t]+travail|LIEU[ \t]+DE[ \t]+TRAVAIL))"
    # the separator: a colon, a cell's bar, a tab, or a column's gap
    r"[ \t]{0,4}(?:[:|\t]|[ \t]{2})[ \t|:]{0,6}"
    # a legal form or a firm's kind in lower case, masked with the name
    r"(?P<value>(?:(?:SARL|SASU|SAS|EURL|SCI|SNC|GAEC|EARL|SCEA|SCEV|SCOP|SELARL|SELAS|SA"
    r"|(?:l['’])?entreprise|(?:la[ \t]+)?soci[ée]t[ée]|[ée]tablissements|[EÉ]ts\.?|ETS\.?)[ \t]+)?"
    rf"{NAME})"
)
# What may stand before the label: the line's start, a cell's bar, a column's gap.
_OPENS = re.compile(r"(?:^|\n|\||[ \t]{3})[ \t]*(?i:nom[ \t]+de[ \t]+l['’][ \t]*)?\Z")
_LABELS = ("employeur", "raison sociale", "entreprise", "société", "societe", "lieu de travail")
# What a form writes in the field when there is no employer (« Employeur : Néant », « Sans Emploi »).
_NO_EMPLOYER = _words("neant sans aucun aucune retraite retraitee inconnu inconnue non nr chomage invalidite")


class EmployerFieldRecogniser:
    """ETABLISSEMENT: the employer's name in a form's « Employeur » field."""

    name = "fr_employer_field"

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon

    def may_match(self, doc: Document) -> bool:
        lower = doc.lower
        return "employeur" in lower or "raison sociale" in lower or "entreprise " in lower

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lower = doc.lower
        starts = sorted(i for label in _LABELS for i in _found(lower, label))
        for m in (_FIELD.match(text, i) for i in starts):
            if m is None:
                continue
            if _OPENS.search(text, max(0, m.start() - 24), m.start()) is None:
                continue
            start = m.start("value")
            end = trim(text, start, m.end("value"))
            value = text[start:end].removeprefix("SA ")
            if end <= start or not names_an_organisation(value, capitals_name=_several_capitalised(value)):
                continue
            if m[0][:4].lower() == "lieu" and self._lexicon.commune(value) is not None:
                continue  # « Lieu de travail : Carquefou »: a town, read by the places (« Employeur : Nantes » is the town's staff)
            if not on_one_line(doc, start, end):
                continue
            yield Finding(start, end, Label.ETABLISSEMENT, 0.8, self.name)


def _found(lower: str, label: str) -> Iterator[int]:
    """Where ``label`` stands in the lower-case text."""
    i = lower.find(label)
    while i >= 0:
        yield i
        i = lower.find(label, i + 1)


def _several_capitalised(value: str) -> bool:
    """Two capitalised words or more, the first no word of a field left without employer: the field says
    a name follows, whatever its words mean (« Employeur : Nettoyage Services Plus »)."""
    found = [w for w in words_of(value) if len(w) >= 3 and w[0].isupper() and w[1:].islower()]
    return len(found) >= 2 and fold(found[0]) not in _NO_EMPLOYER
