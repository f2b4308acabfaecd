"""ETABLISSEMENT (and VILLE, its town in brackets): a hospital abroad named the English way, its own name
before its kind (« Auckland City Hospital », « Royal Free Hospital », « Mercy Medical Center », « Royal
Infirmary », « Mayo Clinic »).

A French text names such a hospital as its letters and transfer forms print it: a patient evacuated
from the Pacific, treated in London or in the United States. The French types (« Hôpital Saint-Louis »)
come first and ``establishment`` reads them; the English kind comes last, so the name is read back
from it: one to four capitalised words right before the kind, on its line. A word of French that opens
a sentence or a heading (« Le », « Au », « Urgences ») is no part of the name; nor are the words before
an article or a link word of French (« vers le », « à l' »): the name starts after them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# The kind, last (« Hospital », « Medical Center », « Infirmary », « Clinic » with a capital).
_KIND = re.compile(r"(?<![\w])(?:Hospitals?|Medical[ \t]+Cent(?:er|re)|Infirmary|Clinic)(?![\w])")
# The name's words read back from the kind: capitalised, an initial's dot or a possessive allowed
# (« St. Mary's », « Queen Elizabeth »), joined by a space or a hyphen.
_NAME_BEFORE = re.compile(
    # (after « l' », « d' »: « vers l'Auckland City Hospital »)
    r"(?:(?<=[lLdD]['’])|(?<![\w'’.-]))(?P<name>(?:[A-Z][\w'’.&-]*[ \t]+){1,4})\Z"
)
_WORD = re.compile(r"[^ \t]+")
# The town in brackets right after the hospital: one or two capitalised words.
_TOWN_IN_BRACKETS = re.compile(r"[ \t]*\((?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)\)")
# French words that a capital may open and that are no part of an English name (sentence openers,
# articles, the heading's words before the name).
_NOT_NAME = frozenset(
    {"le", "la", "les", "l", "au", "aux", "du", "de", "des", "vers", "à", "a", "en", "un", "une", "the",
     "urgences", "service", "transfert", "transféré", "transférée", "évacuation", "hospitalisé",
     "hospitalisée", "patient", "patiente"}
)  # fmt: skip


# The kinds' first words, looked for as plain strings (« Clinic » is in « Clinique »: the kind's pattern,
# tried there only, tells them apart).
_KIND_WORDS = ("Hospital", "Medical", "Infirmary", "Clinic")


def _kinds(text: str) -> Iterator[re.Match[str]]:
    """The kinds in ``text``, in order, tried only where one of their first words stands."""
    starts = sorted(k for word in _KIND_WORDS for k in _occurrences(text, word))
    for k in starts:
        m = _KIND.match(text, k)
        if m is not None:
            yield m


def _occurrences(text: str, word: str) -> Iterator[int]:
    k = text.find(word)
    while k != -1:
        yield k
        k = text.find(word, k + len(word))


class HospitalAbroadRecogniser:
    """ETABLISSEMENT: an English-named hospital, its name before its kind."""

    name = "fr_hospital_abroad"

    def may_match(self, doc: Document) -> bool:
        text = doc.text
        return any(word in text for word in _KIND_WORDS)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for kind in _kinds(text):
            # (on its line as written: the text's second reading joins the lines)
            line_start = doc.written.rfind("\n", 0, kind.start()) + 1
            m = _NAME_BEFORE.search(text, max(line_start, kind.start() - 60), kind.start())
            if m is None:
                continue
            # the name starts after the last French word of the sentence before it
            start = None
            for word in reversed(list(_WORD.finditer(text, m.start("name"), kind.start()))):
                if word.group().lower().strip("'’") in _NOT_NAME:
                    break
                start = word.start()
            if start is None:
                continue
            yield Finding(start, kind.end(), Label.ETABLISSEMENT, 0.85, self.name)
            town = _TOWN_IN_BRACKETS.match(text, kind.end())
            if town is not None:
                # « Auckland City Hospital (Auckland) »: the town it stands in
                yield Finding(town.start("town"), town.end("town"), Label.VILLE, 0.8, self.name)
