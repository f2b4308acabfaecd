"""Tables of probe29's forms and rosters (families, invented text): a table drawn with box-drawing
characters read as a pipe table (``normalise/box_tables``: a row's label gives its value), and the pager
or extension numbers in a pipe table's « Bip » or « Poste » column (``recognisers/fr/extension_cells``)."""

from __future__ import annotations

import pytest

from egide.detect.labels import Label
from egide.detect.normalise import normalise
from tests.detect.inline import ENGINE

_BOXED = (
    "FICHE DE SORTIE\n"
    "┌────────────────────┬──────────────────────┐\n"
    "│ Nom                │ KERMARREC            │\n"
    "│ Prénom             │ Yvonne               │\n"
    "│ Lieu de naissance  │ Quimperlé            │\n"
    "│ Traitement         │ Kardégic 75 mg       │\n"
    "└────────────────────┴──────────────────────┘"
)
# the first row of the table (no header row above it): « Nom │ MEUNIER », a word that is a trade too
_BOXED_FIRST = (
    "┌──────────┬─────────────┐\n"
    "│ Nom      │ MEUNIER     │\n"
    "│ Commune  │ Plouha      │\n"
    "└──────────┴─────────────┘"
)


@pytest.mark.parametrize(
    ("text", "part"),
    [(_BOXED, "Quimperlé"), (_BOXED_FIRST, "MEUNIER"), (_BOXED_FIRST, "Plouha")],
)
def test_a_box_drawn_table_reads_as_a_table(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


def test_a_box_drawn_table_keeps_its_medicine() -> None:
    assert not ENGINE.touches(_BOXED, "Kardégic")


def test_box_drawing_keeps_offsets() -> None:
    norm = normalise(_BOXED)
    assert len(norm.text) == len(_BOXED)
    assert "│" not in norm.text and "|" in norm.text


_ROSTER = (
    "PLANNING DES ASTREINTES — semaine 12\n"
    "Jour        | Senior             | Interne            | Bip\n"
    "lun. 16/03  | B. LE GALL         | S. TANGUY          | 41 207\n"
    "mar. 17/03  | P. MORVAN          | L. CADIOU          | 42 08\n"
)
_DIRECTORY = "Fonction;Nom;Poste\nCadre de nuit;Mme Riou;6 42 18\nSecrétariat;M. Abgrall;33 15\n"


@pytest.mark.parametrize(
    ("text", "part"),
    [(_ROSTER, "41 207"), (_ROSTER, "42 08"), (_DIRECTORY, "6 42 18"), (_DIRECTORY, "33 15")],
)
def test_extensions_in_a_pipe_tables_column(text: str, part: str) -> None:
    found = ENGINE.detect(text)
    start = text.index(part)
    assert any(f.start <= start and start + len(part) <= f.end and f.label == Label.TELEPHONE for f in found)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a count or a dose in another column, under another heading
        ("Médicament | Dose | Bip\nAmoxicilline | 1000 | \n", "1000"),
        ("Service | Lits | Poste\nCardiologie | 24 | —\n", "24"),
        # a word in the column, no number
        ("Nom | Bip\nDURAND | absent\n", "absent"),
    ],
)
def test_other_columns_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


_BLANK_FORM = (
    "Formulaire vierge :\n"
    "Nom : |_|_|_|_|_|_|_|_|   Prénom : |_|_|_|_|_|_|\n"
    "Date de naissance : |_|_| |_|_| |_|_|_|_|\n"
    "Lieu de naissance : |_|_|_|_|_|_|_|_|_|_|\n"
)


def test_a_blank_forms_boxes_are_no_table() -> None:
    # the empty boxes of a blank form are no table: the next labels are no names under « Nom »
    assert ENGINE.detect(_BLANK_FORM) == []


def test_a_filled_forms_boxes_still_read() -> None:
    text = "Nom de naissance : |K|E|R|J|E|A|N|   Nom d'usage : |M|O|A|L|I|C|\nPrénom : Soizic"
    assert ENGINE.masks(text, "K|E|R|J|E|A|N")
