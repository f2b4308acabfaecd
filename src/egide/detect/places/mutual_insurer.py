"""ETABLISSEMENT: a mutual or complementary health insurer, in a letterhead or a sentence (« Harmonie
Mutuelle — Service prestations », « affiliée à la MGEN », « Malakoff Humanis », « Mutuelle des Pays de
Vilaine », « Solimut Mutuelle »).

The insurer that pays back a patient's care is, like the employer, a fact of the patient's life that
narrows who the patient is: the letter it sends, the note that names it. Two ways: the names of the
national insurers and of the mutual groups in ``data/mutual_insurers.txt`` (as written, or in capitals),
and a name made with « Mutuelle » (« Mutuelle Bleue », « Mutuelle de la Vallée », « Radiance Mutuelle »).
« mutuelle » alone, and the words of a form around it (« Mutuelle : oui », « sa mutuelle », « carte de
mutuelle », « Mutuelle complémentaire »), stay in clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.needles import Needles
from egide.detect.places.atoms import TOKEN
from egide.detect.places.written_line import on_one_line

_JOIN = r"(?:[ \t]+(?:de[ \t]+la|de|du|des|et)[ \t]+|[ \t]+(?:d|l)['’]|[ \t]+|-)"
_NAME = rf"{TOKEN}(?:{_JOIN}{TOKEN}){{0,3}}"
_MADE_WITH = re.compile(
    rf"""
    (?<![\w-])
    (?: (?:Mutuelle|MUTUELLE) (?: [ \t]+ (?: (?:de[ \t]+la|de|du|des|DE[ \t]+LA|DE|DU|DES) [ \t]+
            | (?:de[ \t]+l|d|DE[ \t]+L|D)['’] ) (?P<linked> {_NAME} )
            | [ \t]+ (?P<after> {_NAME} ) )
      | (?P<before> {TOKEN} ) [ \t]+ (?:Mutuelle|MUTUELLE|mutuelle) (?![\w-])
    )
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(TOKEN)
# Capitalised words beside « Mutuelle » that are no insurer's name: determiners, a form's words, the
# public schemes (CSS, CMU-C, ACS, AME).
_NOT_A_NAME = frozenset(
    fold(w)
    for w in (
        "La", "Le", "Les", "Sa", "Son", "Ses", "Ma", "Mon", "Mes", "Votre", "Vos", "Notre", "Leur", "Une", "Un",
        "Cette", "Des", "Du", "De", "Et", "Ou", "Sans", "Avec", "Pas", "Aucune", "Nom", "Carte", "Attestation",
        "Organisme", "Caisse", "Assurance", "Complémentaire", "Complémentaires", "Santé", "Obligatoire",
        "Oui", "Non", "Entreprise", "Employeur", "Prévoyance", "CSS", "CMU", "CMUC", "ACS", "AME", "C2S",
        "N", "No", "Numéro", "Adhérent", "Adhérente", "Contrat", "Tiers", "Payant", "Remboursement",
        "Part", "Ticket", "Modérateur", "Prise", "Charge", "Accord", "Devis", "Date", "Nouvelle", "Ancienne",
        "Mme", "M", "Mr", "Dr", "Madame", "Monsieur", "TP", "PEC", "Si", "En", "À", "A",
    )
)  # fmt: skip


@cache
def _insurers() -> tuple[Needles, re.Pattern[str]]:
    """The listed insurers' names: a prefilter, and the pattern, both as written and in capitals.

    The prefilter looks for each name's longest word as written (« Harmonie », « BTP »): a capital
    letter is rare in a text, the search skips from one to the next."""
    forms = insurer_forms()
    needles = Needles(sorted({max(reversed(f.split()), key=len) for f in forms}))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return needles, pattern


@cache
def insurer_forms() -> tuple[str, ...]:
    """The listed insurers' names as written and in capitals, the longest first (for an alternation)."""
    lines = resources.files("egide.detect.places").joinpath("data/mutual_insurers.txt").read_text("utf-8")
    names = [n.strip() for n in lines.splitlines() if n.strip() and not n.startswith("#")]
    return tuple(sorted({form for n in names for form in (n, n.upper())}, key=len, reverse=True))


def holds_an_insurer(doc: Document) -> bool:
    """A listed insurer's name (its longest word) is in the text: the prefilter of every insurer reader."""
    return _insurers()[0].found_in(doc.text)


class MutualInsurerRecogniser:
    """ETABLISSEMENT: a mutual or complementary health insurer named."""

    name = "fr_mutual_insurer"

    def may_match(self, doc: Document) -> bool:
        return "mutuelle" in doc.lower or doc.shared_by_readings(holds_an_insurer)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if doc.shared_by_readings(holds_an_insurer):
            for m in _insurers()[1].finditer(text):
                if on_one_line(doc, m.start(), m.end()):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)
        if "mutuelle" not in doc.lower:
            return
        for m in _MADE_WITH.finditer(text):
            if (before := m["before"]) is not None:
                # a word in capitals before « Mutuelle » typed otherwise ends a heading above it
                # (« PRISE EN CHARGE HOSPITALIÈRE⏎Mutuelle : … »): one name is written in one case
                word = m.group(0)[len(before) :].strip()
                if (
                    fold(before) in _NOT_A_NAME
                    or (before.isupper() and len(before) <= 2)
                    or (before.isupper() != word.isupper())
                ):
                    continue
                if on_one_line(doc, m.start(), m.end()):
                    yield Finding(m.start(), m.end(), Label.ETABLISSEMENT, 0.85, self.name)
                continue
            group = "linked" if m["linked"] is not None else "after"
            first = _TOKEN.match(text, m.start(group))
            if first is None or fold(first[0]) in _NOT_A_NAME:
                continue
            if on_one_line(doc, m.start(), m.end(group)):
                yield Finding(m.start(), m.end(group), Label.ETABLISSEMENT, 0.85, self.name)
