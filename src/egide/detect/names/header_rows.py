"""A table's header row names no one (probe29's family): « Date | Senior bloc | Senior réa | Bip » over a
roster's rows. Read with the rows under it, a header cell of role words (« Senior », « Interne ») sat in a
column of names and was taken for one, then every other « Senior » of the text with it. A row is a
header when one of its cells at least is a column's usual heading alone (« Date », « Bip », « Nom »,
« Tél. », « Lit »), and no cell of it holds a digit: its cells are the columns' names.
"""

from __future__ import annotations

from egide.detect.names.lexicon import fold
from egide.detect.names.wordlist import words

# The headings of a column that a row of values never holds alone.
_HEADINGS = words(
    "date jour heure bip poste dect tel telephone nom prenom lit chambre box age sexe ddn ipp nda service"
    " unite motif statut observations remarques commentaire commentaires"
)


def is_header_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """The cells ``[(start, end)…]`` of a row of ``text`` are a table's headings."""
    values = [text[a:b].strip() for a, b in cells]
    if any(any(c.isdigit() for c in v) for v in values):
        return False
    keys = [fold(v.rstrip(".: ")) for v in values if v]
    return any(k in _HEADINGS for k in keys)
