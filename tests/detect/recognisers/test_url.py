"""URLs with a scheme, « www. » or a bare domain; sentence punctuation and e-mail domains excluded."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import url
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

R = url.build()


@pytest.mark.parametrize(
    "marked",
    [
        "Voir <URL>https://dossier.chu-exemple.fr/patient?id=80012345</URL>.",
        "Compte rendu sur <URL>http://10.0.0.5:8080/cr/123</URL>, lu.",
        "Site <URL>www.clinique-du-parc.fr</URL> consulté",
        "RDV pris sur <URL>doctolib.fr/medecin/dr-x</URL> ce matin",
        "(cf. <URL>https://fr.wikipedia.org/wiki/Test_(m%C3%A9decine)</URL>)",
        "Lien <URL>ftp://serveur.local/export.csv</URL>",
    ],
)
def test_urls_are_found_without_trailing_punctuation(marked: str) -> None:
    assert_finds(kept(R, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Écrire à jean.dupont@chu-exemple.fr pour le dossier.",  # an e-mail, not a URL
        "HTA (I10), diabète (E11.9), Dr. Martin, M. X, etc. fin.",
        "Glycémie 1.05 g/L, fichier rapport.pdf, version 2.3.1",
        "Arrêt du traitement.de la même façon, voir p.ex. le protocole.it, cf.re",
    ],
)
def test_non_urls(text: str) -> None:
    assert kept(R, text) == []
