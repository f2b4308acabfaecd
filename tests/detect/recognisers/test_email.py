"""E-mail addresses, MSSanté included, and obfuscated forms."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import email
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = email.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Adresser à <EMAIL>jean.dupont@chu-exemple.fr</EMAIL>.",
        "MSSanté : <EMAIL>dr.martin@medecin.mssante.fr</EMAIL>",
        "Mail patient <EMAIL>marie-claire.o'neil+rdv@gmail.com</EMAIL>, joignable.",
        "<EMAIL>secretariat.cardio@ch-exemple.mssante.fr</EMAIL>; <EMAIL>a.b@c.io</EMAIL>",
        "écrire à <EMAIL>hélène.durand@orange.fr</EMAIL>",
        "contact <EMAIL>jdupont [at] laposte.net</EMAIL> ou <EMAIL>x.y(at)free.fr</EMAIL>",
        # the dot dodged too, or typed with a space before a usual domain
        "écrire à <EMAIL>j.dupont(at)chu-exemple(dot)fr</EMAIL> ou <EMAIL>j.dupont [at] orange [point] fr</EMAIL>",
        "courriel : <EMAIL>marie-claire.n-diaye@gmail. com</EMAIL>",
    ],
)
def test_addresses_are_found(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Poids @ 70 kg",
        "Twitter @chu_exemple",
        "user@localhost sans domaine",
        "a@b.c1",
        "écrire à dupont@gmail. Comme convenu",  # a sentence, not a domain
    ],
)
def test_non_addresses(text: str) -> None:
    assert kept(R, text) == []
