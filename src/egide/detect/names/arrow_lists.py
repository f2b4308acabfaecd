"""The patients of a handover list, one per item before an arrow: « Masson → TDM OK ; da silva → attente
avis ; N'Diaye O. → sortie vendredi ; Leblanc Marc → SSR ».

A staff meeting's list, an on-call handover or a bed round is typed in a hurry: each item opens on the
patient, written any way (a surname alone, in lower case, with a particle, with the initial of a first
name), then an arrow, then what is to be done. Once one item's head is found to be a name by other
evidence, the list says what every head is: the other heads are names too, as a reader sees them.

An item opens a line or follows « ; » or a bullet, and holds one to four words before its arrow (« → »,
« -> », « => », « ⇒ »). The list needs two such items at least. A head is left when it holds a word
that is no name: a common word, a clinical word or a month (« TDM → normal », « douleur → antalgiques »),
or an acronym in capitals that no list knows as a surname (« ETT », « IRM »); a title opening it stays out
of the name (« M. Marchand → IRM »).
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.names.medical_words import MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

_ARROWS = ("→", "->", "=>", "⇒", "⟶", "➔", "➜")
_MAX_WORDS = 4
_MIN_ITEMS = 2
_SCORE = 0.8


def may_hold_arrows(text: str) -> bool:
    """Whether the text holds an arrow at all (most texts do not: nothing else is read)."""
    return any(arrow in text for arrow in _ARROWS)


def _arrow_after(t: Token) -> bool:
    return t.gap_after.strip(" .").startswith(_ARROWS)


def _opens_item(t: Token, k: int) -> bool:
    """Token ``k`` opens an item: the text's first word, or after a line break, « ; » or a bullet."""
    if k == 0:
        return True
    gap = t.gap_before
    return "\n" in gap or ";" in gap or "•" in gap or gap.strip(" ") in {"-", "–", "*"}


def _heads(toks: list[Token]) -> list[tuple[int, int]]:
    """The items' heads ``[first, last)``: the words between an item's opening and its arrow."""
    heads = []
    for k, t in enumerate(toks):
        if not _arrow_after(t):
            continue
        first = k
        while first > 0 and k - first < _MAX_WORDS and not _opens_item(toks[first], first):
            first -= 1
        if _opens_item(toks[first], first):
            heads.append((first, k + 1))
    return heads


def _name_word(t: Token) -> bool:
    """A word that may be part of a patient's name as a hurried list writes it."""
    if t.shape == "I":
        return True
    if t.key in cues.PARTICLES:
        return True
    if t.key in NOT_NAMES or t.key in MEDICAL_WORDS:
        return False
    if is_surname(t.text) or is_first_name(t.text):
        return not (t.shape == "L" and is_common_word(t.text))
    if t.shape == "U" and len(t.text) <= 4:
        return False  # « ETT », « IRM »: an acronym no list knows as a name
    return not is_common_word(t.text)


def arrow_list_names(toks: list[Token], spans: list[Span], taken: list[bool]) -> list[Span]:
    """The heads of a list's items before an arrow, once one of them is a name."""
    heads = _heads(toks)
    if len(heads) < _MIN_ITEMS:
        return []
    named = [False] * len(toks)
    for s in spans:
        for k in range(s.first, s.last):
            named[k] = True
    if not any(named[k] for first, last in heads for k in range(first, last)):
        return []
    found = []
    for first, last in heads:
        while first < last and toks[first].key in cues.TITLES:
            first += 1  # « M. Marchand → »: the title stays out
        if first == last or any(named[k] or taken[k] for k in range(first, last)):
            continue
        words = toks[first:last]
        if all(_name_word(t) for t in words) and not all(t.key in cues.PARTICLES for t in words):
            found.append(Span(first, last, _SCORE, "arrow_list"))
    return found
