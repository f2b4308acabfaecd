"""Names in a software's field dump, told by their key: « PAT.NOM=LACOMBE|PAT.PNOM=Élodie|PAT.DDN=… »,
« NOM_NAISS=keita NOM_USUEL=traore PRENOM=fatoumata ».

An interface's log or a record's debug line writes each field as its key, « = », its value, the fields
side by side on one line. The value of a key that says name or first name (« NOM », « PNOM »,
« PRENOM », « NOM_NAISS », « NOMJF », « LASTNAME »…) is a person's, whatever its case and even when it
is a word of the language; the keys themselves are no names. A line is a dump when three keys at least
are glued to their « = » on it: « score=12 » in a sentence is no record.
"""

from __future__ import annotations

from egide.detect.field_keys import names_a_person
from egide.detect.names.reader import Span
from egide.detect.names.tokens import Token

_KEYS_ON_A_LINE = 3
_MAX_WORDS = 4


def _key_end(toks: list[Token], k: int) -> bool:
    """Word ``k`` ends a key: « = » right after it."""
    return toks[k].gap_after[:1] == "=" and k + 1 < len(toks) and toks[k + 1].gap_before == "="


def _key_at(toks: list[Token], k: int) -> tuple[int, str]:
    """The first word and the folded last part of the key that word ``k`` ends (« PAT.NOM_NAISS »:
    « nom_naiss »)."""
    first = k
    while first > 0 and toks[first].gap_before in ("_", "."):
        first -= 1
    part = first
    for j in range(first + 1, k + 1):
        if toks[j].gap_before == ".":
            part = j
    return first, "_".join(t.key for t in toks[part : k + 1])


def dump_names(text: str, toks: list[Token]) -> tuple[list[Span], list[int]]:
    """The values of the name keys of the dump lines of ``text``, and the words of every key there (no
    names)."""
    if "=" not in text:
        return [], []
    ends = [k for k in range(len(toks)) if _key_end(toks, k)]
    if len(ends) < _KEYS_ON_A_LINE:
        return [], []
    spans: list[Span] = []
    keys: list[int] = []
    line_of = _lines(toks)
    per_line: dict[int, list[int]] = {}
    for k in ends:
        per_line.setdefault(line_of[k], []).append(k)
    for line_ends in per_line.values():
        if len(line_ends) < _KEYS_ON_A_LINE:
            continue
        for k in line_ends:
            first, key = _key_at(toks, k)  # the last part of the key (after its object's dot: « PAT.NOM »)
            keys.extend(range(first, k + 1))
            if not names_a_person(key):
                continue
            # the value: its words, one space between them, up to the next key or separator
            end = k + 1
            while end < len(toks) and end - k <= _MAX_WORDS and line_of[end] == line_of[k]:
                if end > k + 1 and (toks[end].gap_before not in (" ", "-") or _starts_key(toks, end)):
                    break
                end += 1
            if end > k + 1:
                spans.append(Span(k + 1, end, 0.9, "field dump"))
    return spans, keys


def _starts_key(toks: list[Token], k: int) -> bool:
    """Word ``k`` opens the next field's key (« … DUPONT PRENOM=JEAN »)."""
    j = k
    while j < len(toks) and not _key_end(toks, j) and toks[j].gap_after in ("_", "."):
        j += 1
    return j < len(toks) and _key_end(toks, j)


def _lines(toks: list[Token]) -> list[int]:
    line = 0
    out = []
    for t in toks:
        if "\n" in t.gap_before:
            line += 1
        out.append(line)
    return out
