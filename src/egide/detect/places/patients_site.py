"""A hospital's site named for the patients it cares for: « Hôpital des Enfants (CHU Toulouse) »,
« Hôpital Femme Mère Enfant », « Hôpital de la Mère et de l'Enfant ».

Their words are generic (« l'hôpital des enfants » is any children's hospital): capitalised after the
establishment's kind, each of them, they are the site's own name, the one the town knows it by.
"""

from __future__ import annotations

from egide.detect.names.lexicon import fold

_PATIENTS = frozenset(
    {"enfant", "enfants", "femme", "femmes", "mere", "meres", "adolescent", "adolescents", "mere-enfant",
     "femme-enfant", "femme-mere-enfant"}
)  # fmt: skip
_LINKS = frozenset({"de", "des", "du", "la", "l", "et", "l'", "l’"})


def named_for_its_patients(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Whether the words ``tokens`` of a name after its kind are its patients' words, each capitalised
    (not a line in capitals), with the links between them."""
    own = []
    for start, end in tokens:
        word = text[start:end]
        if fold(word).rstrip("'’") in _LINKS or word.lower() in _LINKS:
            continue
        own.append(word)
    return bool(own) and all(
        fold(w) in _PATIENTS and all(p[:1].isupper() and p[1:].islower() for p in w.split("-")) for w in own
    )
