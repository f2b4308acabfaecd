"""The label of a form's next field is no part of a name (issue 8, probe13's family).

A form or a banner pasted on one line puts its fields side by side: « Nom : Durand | Prénom : Paul »,
« Nom : Durand, Prénom : Paul », « Nom : Durand   Prénom : Paul ». The word before the next colon is
that field's label: read after a list comma or a cell, it was taken for a name by the model
(« Prénom »), and after the spaces of a form it was joined to the name before it (« Durand   Prénom »).
A word of the header labels (:data:`~egide.detect.names.cues.HEADER_LABELS`) or of the usual fields of
an identity block, capitalised or in capitals, with a colon right after it, ends the name before it
and is never a name itself; so does a label of a few words opening on one of those fields and ending on
its colon (« Prénom : Paul   Date de naissance : », « Date d'entrée : »).
"""

from __future__ import annotations

import re

from egide.detect.names import cues
from egide.detect.names.lexicon import fold
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: The other fields of an identity block, folded: « Sexe : », « Âge : », « Date : », « Lieu : »…
FIELD_WORDS = words(
    "sexe age date lieu adresse ville tel telephone portable chambre lit service motif poids taille"
    " naissance nationalite profession situation"
    # the fields of a lab's, a pharmacy's or a blood bank's label (« Préleveur : IDE   Lot : 45A   Tri : »):
    # the sampler, the batch, the sorting, the expiry
    " preleveur prelevement lot tri peremption quantite"
)
_LABELS = cues.HEADER_LABELS | FIELD_WORDS
# A colon right after the word (« Prénom : », « PRÉNOM: »), not a time or a ratio (« 10:30 »).
# (a form's mandatory mark before it: « ville* : »)
_COLON_AFTER = re.compile(r"[ \t]*\*?[ \t]*:(?![0-9])")


def _is_next_label(t: Token) -> bool:
    # (in lower case too when a form's mandatory mark follows it: « nom* : dupont  ville* : roubaix »)
    shape_ok = t.shape in "CU" or (t.shape == "L" and t.gap_after.lstrip(" \t")[:1] == "*")
    return shape_ok and t.key in _LABELS and _COLON_AFTER.match(t.gap_after) is not None


# The keys of a record's line are short codes in capitals (« DDN », « ADM », « UF », « SEXE »).
_MAX_RECORD_KEY = 4
# Its value a number (« DDN:19560214 », « ADM:20261125 »): a speaker's name before his words is no key
# (« M. LE MARQUIS DE PIRÉ: Je demande la parole »). The gap holds the characters up to the next word.
_NUMBER_AFTER_COLON = re.compile(r":[ \t]*[0-9]")


def _record_key(t: Token) -> bool:
    """« NOM:DUPONT PRENOM:Marc DDN:19560214 », « MED:HAMON ADM:20261125 »: a short code in capitals
    right before its colon and a number ends the value before it (read after a name of two words or
    more only)."""
    return (
        t.shape == "U"
        and len(t.key) <= _MAX_RECORD_KEY
        and t.gap_after[:1] == ":"
        and _NUMBER_AFTER_COLON.match(t.gap_after) is not None
    )


def is_field_label(word: str, after: str) -> bool:
    """``word``, folded, is a field's label and ``after`` (the text that follows it) opens with its colon:
    the same test for the words of other recognisers (an establishment's name: « Nom : MAS   Prénom : »)."""
    return word[:1].isupper() and fold(word) in _LABELS and _COLON_AFTER.match(after) is not None


_LINKS = frozenset({"de", "du", "d'", "d’", "des"})


def _opens_next_label(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens a label of a few words that ends on its colon (« Date de naissance : », « Lieu
    de naissance : », « Date d'entrée : »): its first word and its last are the fields' words."""
    t = toks[k]
    if t.shape not in "CU" or t.key not in _LABELS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.gap_before != " ":
        return False
    if nxt.key in _LINKS and k + 2 < len(toks) and toks[k + 2].gap_before in ("", " "):
        # (after its link, whatever the label's last word: « Date d'entrée : », « Lieu de décès : »)
        return toks[k + 2].shape == "L" and _COLON_AFTER.match(toks[k + 2].gap_after) is not None
    return nxt.key in _LABELS and _COLON_AFTER.match(nxt.gap_after) is not None


def without_next_label(toks: list[Token], span: Span) -> Span | None:
    """``span`` without the next field's labels that end it; None if nothing else is left."""
    last = span.last
    while last > span.first and (_is_next_label(toks[last - 1]) or _opens_next_label(toks, last - 1)):
        last -= 1
    if last == span.last and last - span.first >= 2 and _record_key(toks[last - 1]):
        last -= 1
    if last == span.last:
        return span
    return Span(span.first, last, span.score, span.source) if last > span.first else None
