"""Passports and identity cards: French passport shape alone stays under the threshold."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import identity_document
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = identity_document.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Passeport n° <PIECE_IDENTITE>12AB34567</PIECE_IDENTITE> délivré en 2019.",
        "CNI <PIECE_IDENTITE>880692310285</PIECE_IDENTITE> (ancienne carte)",
        "Carte nationale d'identité : <PIECE_IDENTITE>X4RTBPFW4</PIECE_IDENTITE>",
        "pièce d'identité présentée : <PIECE_IDENTITE>8806 9231 0285</PIECE_IDENTITE>",
        "Titre de séjour n° <PIECE_IDENTITE>75A123456</PIECE_IDENTITE>",
        "Permis de conduire <PIECE_IDENTITE>123456789012</PIECE_IDENTITE>",
    ],
)
def test_labelled_document_numbers_are_found(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Lot 12AB34567 du vaccin.",  # passport shape without a context word
        "Carte d'identité oubliée à domicile.",
        "CNI : ABCDEFGHI",  # nine letters, no digit
        "Pièce d'identité vérifiée par l'IDE à 14 h.",
    ],
)
def test_shapes_without_context_or_without_digits_are_not_documents(text: str) -> None:
    assert kept(R, text) == []
