"""The label of a patient's number is no part of a name (probe29's family).

A banner's or a bracelet's line puts the number's label right after the name or under a sex's letter:
« Mère : HADDOU Soukaina  IPP mère 8 0 0 1 … », « né le 08/08/1985  M⏎IPP 5400771349 » (the sex « M »
read as « Monsieur » before the next line's word). The label of a record's or a person's number in
capitals (« IPP », « NDA », « NIR », « IEP », « RPPS »…) names nobody: a name ends before it, and a name
made of it alone is none. (Propagated, it masked every other « IPP » of the text.)

So is a header's label in capitals opening a name read after another label (« … internes : [PATIENT TEST] »,
« Patient : PATIENT TEST »: a placeholder of a teaching or test record, whose « PATIENT » was then
propagated onto every « Patient » of the text); a title's name is left as read (« M. PATIENT »).
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import is_first_name, is_surname
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Folded keys; read in capitals only (shape « U »).
_IDENTIFIER_LABELS = words("ipp nip nda iep nir nss rpps adeli finess ins insee uf")


def _a_label(t: Token) -> bool:
    return t.shape == "U" and t.key in _IDENTIFIER_LABELS


def without_identifier_labels(toks: list[Token], span: Span) -> Span | None:
    """``span`` cut before its first identifier's label; None if it opens on one."""
    for k in range(span.first, span.last):
        if _a_label(toks[k]):
            return Span(span.first, k, span.score, span.source) if k > span.first else None
    return span


def without_leading_header_label(toks: list[Token], span: Span) -> Span | None:
    """None when ``span`` opens on a header's label in capitals and nothing after it is a listed name
    (« PATIENT TEST »); else ``span``. A name a title opens is kept whole."""
    if span.source == "title":
        return span
    first = span.first
    while first < span.last and toks[first].shape == "U" and toks[first].key in cues.HEADER_LABELS:
        first += 1
    if first == span.first:
        return span
    # (a first name or a surname after it says the label word is the person's surname: « Nom : MEDECIN
    # Paul »; a placeholder's word is neither: « PATIENT TEST »)
    if any(is_first_name(toks[k].text) or is_surname(toks[k].text) for k in range(first, span.last)):
        return span
    return None
