"""A letter's addressee written by her title and her post, then the salutation on the next line.

« Madame le Docteur ⏎ Cheffe de service de pneumologie ⏎ Centre hospitalier de Vierzon ⏎ Madame, »:
the post after the title is no name, and the salutation that opens the next line is no part of the
establishment above it (the second reading joins the lines).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Madame le Docteur\nCheffe de service de rhumatologie\n<ETABLISSEMENT>CH de Guéret</ETABLISSEMENT>",
        "Monsieur le Professeur Chef du pôle femme-enfant",
        "Madame le Docteur\nResponsable de l'unité mobile de gériatrie",
        "Monsieur le Docteur\nDirecteur du département d'information médicale",
        "Madame le Docteur Cadre de santé du service",
        # the holder of the post, named after it, is still a name
        "Madame le Docteur\nCheffe de service\nDr <NOM>Albane Quéré</NOM>",
        "Dr <NOM>Chef Ouattara</NOM> a signé.",
    ],
)
def test_a_post_after_a_title_is_no_name(marked: str) -> None:
    text = marked.replace("<NOM>", "").replace("</NOM>", "")
    text = text.replace("<ETABLISSEMENT>", "").replace("</ETABLISSEMENT>", "")
    assert_finds(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Patiente suivie au CMP\nMadame, je vous adresse Mme <NOM>Lestrade</NOM>.",
        "Secrétariat du Centre hospitalier\nMonsieur le Directeur,",
        "Adressé par le CATTP\nChère Consœur,",
        "<ETABLISSEMENT>Clinique des Cèdres</ETABLISSEMENT>\nMesdames, Messieurs,",
    ],
)
def test_a_salutation_on_the_next_line_is_no_establishment(marked: str) -> None:
    text = marked
    for tag in ("NOM", "ETABLISSEMENT"):
        text = text.replace(f"<{tag}>", "").replace(f"</{tag}>", "")
    assert_finds(_DETECTOR.detect(text), marked)
