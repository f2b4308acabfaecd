"""A compound surname of which one part only is in the lists: « Bergeron-Haure », « Le Goff-Quéméner ».

Two families' names joined by a hyphen make a surname no list holds whole, and the rarer part is often
in none. After a bed's number (« lit 5 Bergeron-Haure : sédation levée »), where a listed surname is
read as the occupant, such a compound is read so too: one part a listed surname, no part a word of the
language (« Haut-Débit », « Post-Op » stay readable).
"""

from __future__ import annotations

from egide.detect.names.lexicon import is_common_word, is_surname


def compound_with_a_surname(word: str) -> bool:
    """Whether ``word`` is hyphenated, one part a listed surname, no part a common word."""
    if "-" not in word:
        return False
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2 or any(len(p) < 2 or not p[0].isupper() for p in parts):
        return False
    if any(is_common_word(p.lower()) for p in parts):
        return False
    return any(is_surname(p) for p in parts)
