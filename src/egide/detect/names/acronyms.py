"""Acronyms the text defines: « inhibiteurs nucléosidiques de la transcriptase inverse ( INTI ) ».

A word in capitals right after the words whose initials it spells, in brackets (« thrombocytopénie
induite par l'héparine ( dite TIH ) »), or right before them (« la TIH ( thrombocytopénie induite
par l'héparine ) »), is an abbreviation, not a person; so is every other occurrence of it in the text
(« des médicaments contenant des INTI »). The long form is read as in Schwartz and Hearst's
algorithm (2003), stricter: each letter is the initial of a word, or of a part of a hyphenated word
(« anti-inflammatoires non stéroïdiens ( AINS ) »), the words run on without a content word left
out, and the small words (« de », « la », « par », « l' ») may give their initial or be skipped; or
the letters are the initials of as many content words, each once, in another order (« analogues
nucléosidiques inhibiteurs de la transcriptase inverse ( INTI ) »). A surname in capitals in
brackets (« le Dr Lebon ( LEBON ) ») spells no such initials.
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Words between the bracket and the acronym (« ( dite TIH ) », « ( ou HNF ) »).
_INTRODUCERS = words("dite dit dites dits ou soit")
# What ends the words of a long form (not an apostrophe: « l ’ héparine »).
_BREAKS = frozenset('.,;:!?()[]{}«»"\n')
# Letters of an acronym.
_MIN_LETTERS, _MAX_LETTERS = 2, 8


def defined_acronyms(toks: list[Token]) -> frozenset[str]:
    """The acronyms (as written) whose long form stands beside them in brackets."""
    found: set[str] = set()
    # One pass picks the words in capitals with a bracket beside them (or before the word before).
    candidates = [
        k
        for k, t in enumerate(toks)
        if t.shape == "U"
        and ("(" in t.gap_before or "(" in t.gap_after or (k and "(" in toks[k - 1].gap_before))
    ]
    for k in candidates:
        t = toks[k]
        opener = k
        if k > 0 and t.gap_before == " " and toks[k - 1].key in _INTRODUCERS and toks[k - 1].shape == "L":
            opener = k - 1  # « ( dite TIH »
        after = "(" in t.gap_after
        if not (after or "(" in toks[opener].gap_before):
            continue
        letters = t.key.replace("-", "")
        if not (_MIN_LETTERS <= len(letters) <= _MAX_LETTERS and letters.isalpha()) or t.text in found:
            continue
        if (toks[opener].gap_before.rstrip().endswith("(") and _spelt(letters, _before(toks, opener))) or (
            after
            and t.gap_after.lstrip().startswith("(")
            and _spelt(letters, _after(toks, k + 1), whole=True)
        ):
            found.add(t.text)
    return frozenset(found)


def _before(toks: list[Token], end: int) -> list[str]:
    """The keys of the words before ``toks[end]`` in its sentence, nearest first."""
    keys: list[str] = []
    for m in range(end - 1, max(-1, end - 1 - 2 * _MAX_LETTERS), -1):
        keys.append(toks[m].key)
        if toks[m].opens or (m + 1 < end and _BREAKS.intersection(toks[m + 1].gap_before)):
            break  # the sentence's first word, or punctuation between the words
    return keys


def _after(toks: list[Token], start: int) -> list[str]:
    """The keys of the words from ``toks[start]`` up to the closing bracket, farthest first (the
    order :func:`_spelt` reads)."""
    keys: list[str] = []
    for m in range(start, min(len(toks), start + 2 * _MAX_LETTERS)):
        keys.append(toks[m].key)
        if toks[m].gap_after.strip(" ").startswith(")"):
            return keys[::-1]
        if _BREAKS.intersection(toks[m].gap_after):
            break
    return []


def _small(key: str) -> bool:
    return key.rstrip("'") in cues.FUNCTION_WORDS


def _initials(key: str) -> tuple[str, ...]:
    """What a word may give to an acronym: its initial, or the initials of its parts."""
    parts = [p for p in key.split("-") if p]
    if len(parts) > 1:
        return (key[0], "".join(p[0] for p in parts))
    return (key[0],)


def _spelt(letters: str, keys: list[str], whole: bool = False) -> bool:
    """``letters`` are the initials of the last words of ``keys`` (nearest first), read backwards:
    no content word skipped, the first letter a content word's; with ``whole``, of all of them (the
    words in brackets after the acronym)."""
    if not keys or _small(keys[0]):
        return False
    if _reads(letters, keys, whole, len(letters), 0):
        return True
    # « analogues nucléosidiques inhibiteurs de la transcriptase inverse ( INTI ) »: the same
    # initials, each once, in another order (the acronym of the words in another language's order)
    content = [key for key in keys if not _small(key)][: len(letters)]
    if whole and len(content) != len([key for key in keys if not _small(key)]):
        return False
    return len(content) == len(letters) and sorted(key[0] for key in content) == sorted(letters)


def _reads(letters: str, keys: list[str], whole: bool, left: int, k: int) -> bool:
    """The first ``left`` letters are spelt by ``keys[k:]`` (a module function, not a closure: a
    recursive closure is a reference cycle that only the garbage collector frees)."""
    if left == 0:
        return not whole or all(_small(key) for key in keys[k:])
    if k >= len(keys):
        return False
    key = keys[k]
    small = _small(key)
    for initials in _initials(key):
        n = len(initials)
        if (
            n <= left
            and letters[left - n : left] == initials
            and not (small and left == n)
            and _reads(letters, keys, whole, left - n, k + 1)
        ):
            return True
    return small and _reads(letters, keys, whole, left, k + 1)  # « de », « la »: may give nothing
