"""Communes that are also words, typed in lower case where a usual text would capitalise them, beyond
the contexts :func:`egide.detect.recase._communes_in_context` reads.

- **Alone in a bracket or after a comma, ending the clause**: « ehpad ker maria (vannes) », « (mt,
  vannes) », « chu dupuytren, limoges⏎ », « hôpital bichat, paris. », « cabinet médical de la gare,
  vitré⏎ »: a letterhead's or a copy list's town. A commune of 10,000 inhabitants or more (a common
  word that is also a small village, « ris », « eu », is a word there as often), written as the list
  of communes writes it, letter for letter.
- **Right after a verb of residence**: « il habite tonnerre et … », « demeurant vernon »: the verb
  without « à » before its commune (« habite à … » is read by the caller); 2,000 inhabitants or more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from egide.detect.names.wordlist import words as word_set
from egide.detect.places.lexicon import load_lexicon

if TYPE_CHECKING:
    from egide.detect.recase import _Word

_MIN_POPULATION = 10_000
# After a verb of residence, a smaller town too (« il habite tonnerre »), not a village that is a word.
_MIN_POPULATION_AFTER_VERB = 2_000
_OPENS = frozenset(",(")
_CLOSES = frozenset(").,;\n")
# Verbs of residence whose commune may follow them without « à » (folded).
_LIVES = word_set("habite habitait demeurant demeurante reside residant residante")


def _free(w: _Word) -> bool:
    from egide.detect.recase import _FIRST, _LOWER

    return w.form in (None, _LOWER, _FIRST) and w.text.replace("-", "").replace("'", "").isalpha()


def communes_apart(words: list[_Word]) -> None:
    """Write each commune alone in its clause, or right after a verb of residence, as the list writes
    it (see the module's docstring)."""
    from egide.detect.recase import _place

    lexicon = load_lexicon()
    for i, w in enumerate(words):
        if i == 0 or not _free(w):
            continue
        opened = any(c in _OPENS for c in w.gap_before) and "\n" not in w.gap_before
        lives = words[i - 1].key in _LIVES and w.gap_before == " "
        if not opened and not lives:
            continue
        after = words[i + 1].gap_before if i + 1 < len(words) else w.gap_after or "\n"
        if opened and not any(c in _CLOSES for c in after):
            continue
        commune = lexicon.commune(w.text)
        least = _MIN_POPULATION if opened else _MIN_POPULATION_AFTER_VERB
        if commune is None or len(commune.name) != len(w.text) or commune.population < least:
            continue
        _place(words, i, 1)
