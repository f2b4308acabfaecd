"""When a predicted span counts as finding a gold span.

Three views, from the most lenient to the strictest, all reported:

* **Any label** (privacy view): a gold span is *caught* when any prediction overlaps it by at least
  one character, and *fully masked* when every letter and digit in it is covered by predictions.
* **Relaxed** (the per-label P/R/F1): a gold span is found when a prediction whose label is in the
  same equivalence class overlaps it; a prediction is correct when it overlaps a gold span of an
  equivalent label. Overlap, not equality, because boundaries differ legitimately (« Dr Martin » vs
  « Martin », « CHU de Rouen » vs « Rouen »), and classes because some confusions change nothing for
  the reader (a date of birth tagged DATE is still masked as a date).
* **Strict**: same start, same end, same label.

The equivalence classes are below; a label not listed is its own class.
"""

from __future__ import annotations

#: Labels that count as the same thing for the relaxed view.
EQUIVALENT_LABELS: dict[str, frozenset[str]] = {
    "date": frozenset({"DATE", "DATE_NAISSANCE"}),
    "lieu": frozenset({"ADRESSE", "CODE_POSTAL", "VILLE", "ETABLISSEMENT"}),
    "identifiant hospitalier": frozenset({"IPP", "NDA"}),
    "identifiant professionnel": frozenset({"RPPS", "ADELI"}),
    "identifiant d'établissement": frozenset({"FINESS", "SIRET"}),
    "coordonnées numériques": frozenset({"EMAIL", "URL"}),
}

_CLASS_OF: dict[str, str] = {label: name for name, labels in EQUIVALENT_LABELS.items() for label in labels}


def label_class(label: str) -> str:
    """The equivalence class of ``label`` (the label itself when it has none)."""
    return _CLASS_OF.get(label, label)


def equivalent(a: str, b: str) -> bool:
    return label_class(a) == label_class(b)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end
