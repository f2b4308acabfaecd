"""The label of a patient's number is no part of a name (probe29's family).

A banner's or a bracelet's line puts the number's label right after the name or under a sex's letter:
« Mère : HADDOU Soukaina  IPP mère 8 0 0 1 … », « né le 08/08/1985  M⏎IPP 5400771349 » (the sex « M »
read as « Monsieur » before the next line's word). The label of a record's or a person's number in
capitals (« IPP », « NDA », « NIR », « IEP », « RPPS »…) names nobody: a name ends before it, and a name
made of it alone is none. (Propagated, it masked every other « IPP » of the text.)
"""

from __future__ import annotations

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
