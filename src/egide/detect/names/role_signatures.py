"""A first name, then the writer's role, closing a nurse's note: « … ambulance réservée. Aude IDE »,
« ⏎Maxime AS ».

Handovers are signed by the first name of who wrote them and their role's acronym, the last words of
a line. The model reads most such names; a first name that is also a place (« Aude », « Lorraine »)
is refused there as the place it names. A role's acronym right after it and the line's
end say it signs: a département is never followed by « IDE ». The name must open its sentence or its
line (« en Aude IDE » is no signature) and be a listed first name.
"""

from __future__ import annotations

from egide.detect.names.reader import Lexicon, Span
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

SCORE = 0.8
# The roles of the care team that sign a note by their acronym, folded.
_ROLES = words("ide as ash ibode iade aes ap puer puericultrice kine sf ipa ioa")
_MIN_FIRST_NAME = 3


def _line_ends(gap: str, last: bool) -> bool:
    rest = gap.lstrip(" \t.")
    return last or rest == "" or rest[0] == "\n"


def _opens(t: Token, k: int) -> bool:
    """The word opens the text, a line or a sentence."""
    gap = t.gap_before
    return k == 0 or "\n" in gap or gap.rstrip(" \t")[-1:] in {".", "!", "?", "-", "—", "–"}


def names_before_roles(toks: list[Token], taken: list[bool], lex: Lexicon) -> list[Span]:
    """The first names signing a note before their role's acronym (see the module)."""
    spans: list[Span] = []
    for k in range(1, len(toks)):
        role = toks[k]
        if role.key not in _ROLES or role.shape != "U" or role.gap_before != " ":
            continue
        if not _line_ends(role.gap_after, k + 1 == len(toks)):
            continue
        name = toks[k - 1]
        if (
            taken[k - 1]
            or name.shape != "C"
            or len(name.key) < _MIN_FIRST_NAME
            or lex.first.get(name.key) not in {"F", "M"}
            or not _opens(name, k - 1)
        ):
            continue
        spans.append(Span(k - 1, k, SCORE, "role_signature"))
    return spans
