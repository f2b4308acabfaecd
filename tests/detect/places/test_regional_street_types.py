"""Street types of Northern Catalonia, of Occitan and of Basque villages in French addresses (issue 8,
probe13's family): « 12 carrer del Sol, 66760 Bourg-Madame », « 3 carrièra de la Font », « 5 camí de la
Tuilerie », « 14 avinguda del Canigó », « 8 karrika Nagusia ». Their signs and their inhabitants write
them so; no French word, so any name may follow them, as after « rue » or Breton « hent ». Trap: the
word alone in a sentence."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("domicile : 12 carrer del Sol, 66760 Bourg-Madame", "12 carrer del Sol"),
        ("Adresse : 3 carrièra de la Font, 11300 Limoux", "3 carrièra de la Font"),
        ("Adresse : 5 camí de la Tuilerie, Céret", "5 camí de la Tuilerie"),
        ("Elle habite 8 karrika Nagusia, 64250 Espelette.", "8 karrika Nagusia"),
        ("Adresse : 14 avinguda del Canigó, Perpignan", "14 avinguda del Canigó"),
        ("Adresse : 2 passeig de les Palmeres, 66000 Perpignan", "2 passeig de les Palmeres"),
    ],
)
def test_a_regional_street_type(text: str, street: str) -> None:
    assert values(text, "ADRESSE") == [street]


def test_the_word_alone_stays() -> None:
    assert values("Le cami est long jusqu'au refuge.", "ADRESSE") == []
