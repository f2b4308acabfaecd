"""Form fields printed one character per box or spaced letter by letter (issue 8, probe43/44 misses):

- a field's boxes drawn with bars set off by spaces, after its label's colon (« Nom de naissance : | L | A |
  R | R | A | L | D | E | »), read as a word (``boxed_letters``);
- a NIR one group per box after its label, the scan's letters for digits, its key in its own box
  (« | 2 | 4 5 | O 6 | 6 4 | 4 4 5 | O 3 l |  clé | 4 5 | ») (``boxed_groups``);
- an address spaced letter by letter, its short words in lower case and its compound commune
  (« 1 8 , r u e   d e   M u l h o u s e   6 8 3 0 0   S A I N T - L O U I S ») (``spaced_letters``).

With traps: a table's row of single letters or of numbers, a choice of two boxes, prose with one-letter words.
"""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise
from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Nom de naissance : | L | A | R | R | A | L | D | E |", "Nom de naissance : | LARRALDE |"),
        ("Prénom : | J | E | A | N |   | M | A | R | I | E |", "Prénom : | JEAN MARIE |"),
        (
            "N° d'immatriculation : | 2 | 4 5 | O 6 | 6 4 | 4 4 5 | O 3 l |  clé | 4 5 |",
            "N° d'immatriculation : | 2 45 06 64 445 031 clé 45 |",
        ),
        ("Adresse : 2 4 , r u e   d e   M u l h o u s e", "Adresse : 2 4 , rue de Mulhouse"),
        ("Ville : S A I N T - L O U I S", "Ville : SAINT-LOUIS"),
    ],
)
def test_the_boxes_are_read_as_the_value(text: str, read: str) -> None:
    assert normalise(text).text == read


@pytest.mark.parametrize(
    "text",
    [
        "| A | B | C | D |\n| 1 | 2 | 3 | 4 |",
        "Sexe : | M | F |",
        "Résultats | 1 2 | 3 4 | 5 6 | 7 8 |",
        "il y a à faire, p e u importe",
        "Cousins : | 1 2 | 3 4 | 5 6 | 7 8 |",
    ],
)
def test_tables_choices_and_prose_are_left_alone(text: str) -> None:
    assert normalise(text).text == text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Nom de naissance : | L | A | R | R | A | L | D | E |\nNom d'usage : IRIGOYEN",
            "L | A | R | R | A | L | D | E",
        ),
        (
            "N° d'immatriculation : | 2 | 4 5 | O 6 | 6 4 | 4 4 5 | O 3 l |  clé | 4 5 |\nAdresse : voir",
            "2 | 4 5 | O 6 | 6 4 | 4 4 5 | O 3 l |  clé | 4 5",
        ),
        (
            "Né le : 0 7 / 0 4 / 1 9 7 9\n"
            "Adresse : 1 8 , r u e   d e   M u l h o u s e   6 8 3 0 0   S A I N T - L O U I S\nTél : —",
            "1 8 , r u e   d e   M u l h o u s e   6 8 3 0 0   S A I N T - L O U I S",
        ),
    ],
)
def test_the_field_is_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part), ENGINE.detect(text)
