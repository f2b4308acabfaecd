"""A heading in capitals glued to the name in capitals that opens the next line: « ANTÉCÉDENTSGUILLAUME
Serge - 07/01/1953 », « OBSERVATIONPERRIN Louise » (issue 8, probe16's family).

A record screen prints its section's heading on a line of its own, then the patient's banner; a copy
from the screen loses the line break, and the heading and the surname, both in capitals, make one
word that no list knows. A reader still sees the two: the first letters make a section's heading
(« ANTÉCÉDENTS », « OBSERVATION », « CONCLUSION »), the last ones a surname or a first name of the lists.
A line break, the one the paste lost, is inserted between them (standing for no original character).

Only a run of eight capitals or more is looked at, standing alone as a word, that is itself no word
and no name; its first part must be one of the headings a record prints, five letters or more (any word
of French would cut surnames in two: « MANNE|BACK », « CHANTE|LAUZE »), the name four letters or more
and no word of French (« ANTÉCÉDENTSPLUS »: no name). Capitals without any such split (« ADÉNOCARCINOME », « HÉPATOSPLÉNOMÉGALIE ») are left whole:
the parts of a medical word are no listed surname. A name after the run (« Serge ») or the end of the
line is required, as the banner's first name or the end of a header.
"""

from __future__ import annotations

import re

from egide.detect.names.lexicon import fold, is_common_word, is_first_name, is_surname
from egide.detect.names.wordlist import words
from egide.detect.normalise.mapping import Draft, Edit

# The headings of a record's sections and of the documents it prints, folded: only one of them is read
# as a heading glued to a name (any word of French would cut a surname in two: « MANNE|BACK »,
# « CHANTE|LAUZE »).
_HEADINGS = words(
    "antecedents atcd observation observations conclusion conclusions traitement traitements allergies"
    " allergie examen examens histoire motif motifs diagnostic diagnostics synthese prescription"
    " prescriptions ordonnance biologie imagerie evolution identite patient patiente resume transmissions"
    " transmission courrier hospitalisation consultation sortie entree anamnese habitus contexte projet"
    " devenir suivi recommandations commentaire commentaires resultats resultat bilan indication"
    " interpretation technique social administratif coordonnees correspondant correspondants"
    " medecin medecins referent intervenants intervention document documents dossier"
)

# A run of capitals, eight letters or more (accented capitals included); that it stands as a word is
# checked in code (a look-behind would be tried at every character).
_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ]{8,}")
# What may follow the run: the first name of a banner (« Serge », « SERGE »), or the end of the line.
_AFTER = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]|[ \t]*(?:\n|$)|[ \t]*[-–—,]")
_MIN_HEADING = 5
_MIN_NAME = 4
# The line break a paste lost between the heading and the banner.
_LINE = "\n"


def _is_name(word: str) -> bool:
    return is_surname(word) or is_first_name(word)


def _split(run: str) -> int | None:
    """Where a run of capitals splits into a word of French and a name of the lists, or None."""
    if is_common_word(run) or _is_name(run):
        return None
    for cut in range(_MIN_HEADING, len(run) - _MIN_NAME + 1):
        head, tail = run[:cut], run[cut:]
        if fold(head) in _HEADINGS and _is_name(tail) and not is_common_word(tail):
            return cut
    return None


def read_glued_headings(draft: Draft) -> None:
    """Insert a line break between a heading in capitals and the name glued to it."""
    text = draft.text
    edits: list[Edit] = []
    for m in _RUN.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue  # the end of a longer word (« ÉchoCARDIOGRAPHIE »)
        if _AFTER.match(text, m.end()) is None:
            continue
        cut = _split(m.group())
        if cut is not None:
            edits.append((m.start() + cut, m.start() + cut, _LINE))
    if edits:
        draft.apply(edits)
