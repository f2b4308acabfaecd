"""A form's field, a note's abbreviation or an exam's name is no establishment: « IPP 8 801 442 71 »,
« MT Dr Heintz », « EFR / Explorations fonctionnelles », « Anapath – Centre Léon Bérard ».

The place tagger and the letterhead's chain read a short word in capitals or a department's head at a
line's start as an establishment's acronym. These words are the labels French hospital documents give
their fields (the patient's identifier, the GP), their exams and their departments: everyone's, no
establishment's name. The establishment written beside them stays (« Centre Léon Bérard »).
"""

from __future__ import annotations

from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

_FIELD_WORDS = frozenset(
    {"IPP", "NDA", "INS", "NIR", "MT", "MG", "MTT", "IDE", "IDEL", "IDEC", "AS", "ASH", "EFR", "ECG", "EEG",
     "EMG", "ETT", "ETO", "IRM", "TDM", "TEP", "RX", "ASP", "NFS", "BHC", "Anapath", "ANAPATH", "Labo", "LABO",
     "Biologie", "BIOLOGIE", "Imagerie", "IMAGERIE", "Radiologie", "RADIOLOGIE"}
)  # fmt: skip
_LABELS = frozenset({Label.ETABLISSEMENT, Label.VILLE, Label.NOM})


def drop_field_words(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the fields, notes' abbreviations and exams taken for an establishment."""
    return [
        f
        for f in found
        if not (f.label in _LABELS and f.end - f.start <= 10 and _field_word(text[f.start : f.end], f.label))
    ]


def _field_word(word: str, label: str) -> bool:
    # two capitals may be a carer's initials signing a note (« RAS cette nuit. MT »): a name there
    return word in _FIELD_WORDS and (label == Label.ETABLISSEMENT or len(word) >= 3)
