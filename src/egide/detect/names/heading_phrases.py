"""A heading's noun phrase in capitals: a common word, then « D' » or « L' » and another common word
(« PROJET D'ACCUEIL INDIVIDUALISÉ », « FICHE D'AVIS », « CERTIFICAT D'ARRÊT DE TRAVAIL »). The lists
hold « Davis » or « Projet » as names; a person's particle « d' » comes after a given name or a title
before a word that is no common word (« Jean D'ORMESSON », « Mme MARTIN D'ALMEIDA »).
"""

from __future__ import annotations

from egide.detect.names.reader import Lexicon
from egide.detect.names.tokens import Token

_ELIDED = frozenset({"d'", "l'", "d’", "l’"})


def elided_article(t: Token) -> bool:
    """``t`` is « D' » or « L' » alone, the word glued after it (« D'ACCUEIL » read as two words)."""
    return t.key in _ELIDED and t.gap_after == ""


def elided_noun(t: Token, lex: Lexicon) -> bool:
    """``t`` is « D' » or « L' » glued to a common word, in capitals (« D'AVIS », « D'ACCUEIL »)."""
    key = t.key
    return t.shape == "U" and key[:2] in _ELIDED and key[2:] in lex.common


def heading_noun_phrase(prev: Token, t: Token, lex: Lexicon) -> bool:
    """``prev`` (a common word in capitals) and ``t`` (« D' » glued to a common word, one space between)
    make a heading's noun phrase: « FICHE D'AVIS », « PROJET D'ACCUEIL »."""
    return prev.shape == "U" and t.gap_before == " " and lex.is_common(prev) and elided_noun(t, lex)
