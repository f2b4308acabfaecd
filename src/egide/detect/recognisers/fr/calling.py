"""The verbs of calling a number: « joignable au 4521 », « appeler le 45 21 », « composez le 3115 ».

One list for the two places that read them: after such a verb, a short number is an extension one
dials (``extension.py``), not a date that lost its separators (``dates/numeric.py``).
"""

from __future__ import annotations

#: The verbs, as patterns (infinitive, imperative, the adjective « joignable »); matched
#: case-insensitively, whole words.
CALL_VERBS = (
    # (the familiar imperative too, « rappelle-moi au 4417 », « appelle au 45 21 »)
    r"appel(?:er|ez|le)",
    r"rappel(?:er|ez|le)",
    r"compos(?:er|ez)",
    r"contact(?:er|ez)",
    r"joindre",
    r"joignez",
    r"joignable",
    r"t[ée]l[ée]phon(?:er|ez)",
    r"bipper",
)

#: One alternation of the verbs (no boundaries: each reader adds its own).
CALL_VERB = "(?:" + "|".join(CALL_VERBS) + ")"

#: Lower-case substrings one of which every verb of :data:`CALL_VERBS` holds from its first letter:
#: a text without any cannot hold a verb of calling (prefilters, match starts).
CALL_STARTS = ("appel", "rappel", "compos", "contact", "joindre", "joign", "tél", "tel", "bip")
