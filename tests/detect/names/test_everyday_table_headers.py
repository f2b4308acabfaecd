"""Column headers of everyday tables (issue 8, probe13's family): a guardian's or a home's weekly table
of appointments (« | Majeur | Date | Lieu | Accompagnant | »), a transport statement (« Provenance »,
« Destination », « Trajet »), an OR list (« Salle », « Intervention »). « Lieu » was masked as a surname
in the header row; the « Accompagnant » column holds the names of who goes with the person."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "| Résident | Date | Lieu | Accompagnant |\n| <NOM>Perrot Alain</NOM> | 9/3 | CMP | <NOM>Sarah</NOM> |",
        "| Majeur | Jour | Lieu | Accompagnatrice |\n| <NOM>Kessler Anne</NOM> | mardi | dentiste | <NOM>Maud</NOM> |",
        "Assuré;Provenance;Destination;Trajet\n<NOM>GIBERT Lucienne</NOM>;domicile;clinique;aller",
        "Salle | Heure | Patient | Intervention\n1 | 08:00 | <NOM>DUPONT Paul</NOM> | PTH",
    ],
)
def test_headers_are_no_names(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
