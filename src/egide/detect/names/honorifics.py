"""An honorific written before a person's name, or before the title of address that opens the name,
is masked with it (issue #8, OCR'd press): « [Son Excellence Pierre Dupont] », « [S. Exc. M. Buffard] »,
« l'[honorable M. Michel Chevalet] », « [Sa Majesté le roi Albert] » once the rank is read.

Why: the honorific is how parliamentary reports and court news name ministers, ambassadors, princes
and prelates; it narrows who is meant to a handful of people (there is one Excellence at a time per
ministry), and hand-annotated press puts it in the person's span, the title of address between them
included. Clinical text never addresses a patient or a carer so: nothing a clinical reader needs is
hidden. « M. » alone keeps its place beside the mask (« M. [Martin] »): only an honorific before it
takes it in.

Only before a name that a finding already holds, a look at the two or three words before it, in the
same pass as the ranks before names (:func:`~egide.detect.names.role_span.with_role_titles`).
"""

from __future__ import annotations

from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Nouns of honour after their possessive (« Son Excellence », « Sa Majesté », « Votre Éminence »),
#: folded.
_HONOURS = words(
    "excellence excellences majeste majestes altesse altesses eminence saintete grandeur beatitude"
)
#: Their possessive (folded).
_POSSESSIVES = words("son sa leurs leur votre vos")
#: What may follow « Son Altesse » (folded).
_HONOUR_ADJECTIVES = words("royale imperiale serenissime")
#: « S. Exc. », « S. EX. », « S. Ém. »: the honorific abbreviated after « S. » (folded).
_ABBREVIATED = words("exc ex em")
#: Titles of address an honorific may stand before (« S. Exc. M. Buffard », « l'honorable M. X »).
_ADDRESS_TITLES = frozenset({"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mr"})
#: Adjectives of parliamentary courtesy (« l'honorable M. Chevalet », « le très honorable X »).
_COURTESY = words("honorable honorables")


def honorific_start(toks: list[Token], k: int) -> int:
    """The first word of an honorific before the name opening at ``k`` (through a title of address
    between them), or ``k`` when there is none."""
    if toks[k].key in _HONOURS and k > 0 and toks[k - 1].key in _POSSESSIVES and toks[k].gap_before == " ":
        return k - 1  # « Son [Altesse Royale Albertine] »: the honour read as the name's first word
    b = k
    if b > 0 and toks[b - 1].text in _ADDRESS_TITLES and toks[b].gap_before in {". ", ".", " ", ".\n", "\n"}:
        b -= 1
    if b < 1 or "\n\n" in toks[b].gap_before:
        return k
    if toks[b].gap_before not in {" ", "\n", ". ", "."}:
        return k  # « un résultat honorable, M. Martin »: the sentence goes on, no honorific
    before = toks[b - 1]
    if before.key in _COURTESY and toks[b].gap_before in {" ", "\n"}:
        first = b - 1
        if first > 0 and toks[first - 1].key == "tres" and toks[first - 1].shape in ("L", "C", "U"):
            first -= 1
        return first
    if before.key in _HONOUR_ADJECTIVES and b > 1 and toks[b - 2].key in _HONOURS:
        b -= 1
        before = toks[b - 1]
    if (
        before.key in _HONOURS
        and before.shape != "L"
        and toks[b].gap_before in {" ", "\n"}
        and b > 1
        and toks[b - 2].key in _POSSESSIVES
    ):
        return b - 2
    if (
        before.key in _ABBREVIATED
        and before.shape in ("C", "U")
        and b > 1
        and toks[b - 2].text == "S"
        and toks[b - 1].gap_before in {". ", "."}
    ):
        return b - 2
    return k
