"""A bed list's identifier columns (issue 8, probe12's family): « N° séjour », « N° patient », « Né(e) le »
beside « Nom | Prénom » make a row of headers, so that the names under « Nom » are read by column even
when they are words (« BRUN », « vallée »). « séjour » is listed as a surname: only a header's word list
said that it heads a column. Every name invented."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Nom | Prénom | Sexe | Né(e) le | N° patient | N° séjour | Lit\n"
        "<NOM>BRUN</NOM> | <NOM>Odette</NOM> | F | 02.03.1941 | 300122 | 410233 | 12\n"
        "<NOM>vallée</NOM> | <NOM>Marc</NOM> | M | 4.7.38 | 300456 | 410577 | 14",
        "Nom;Prénom;N° dossier;Venue\n<NOM>PETIT</NOM>;<NOM>Yves</NOM>;884120;urgences",
    ],
)
def test_names_under_a_bed_lists_headers(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
