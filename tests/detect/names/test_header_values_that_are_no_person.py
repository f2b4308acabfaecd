"""A header label's value that is no person (issue #8, over-masking of the held-out batches): the label
of a unit (« Service demandeur : Gériatrie aiguë », « UF responsable : Pneumologie »), the prefix of an
e-mail's reply (« Objet : RE: … »), an office written with what it is of (« Copie : Juge des tutelles »,
« Copie : Tribunal judiciaire de Tours »). The same labels before a person still name them."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "text",
    [
        "Service demandeur : Néphrologie — poste 4412",
        "UF responsable : Pneumologie B",
        "Objet : RE: compte rendu d'IRM",
        "Objet : TR: demande de place en SSR",
        "Copie : Juge des tutelles du tribunal",
        "Copie : Tribunal judiciaire de Quimper",
        "Copie : Maire de la commune",
    ],
)
def test_no_person_after_the_label(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Demandeur : Dr <NOM>Kerneis</NOM>, poste 4412",
        "Objet : RE: Mme <NOM>Lagadec</NOM> - IRM du 3 mars",
        "Copie : <NOM>Juge Martin</NOM>, cadre de santé",
        "Copie : <NOM>Lemaître</NOM> (kinésithérapeute)",
    ],
)
def test_a_person_after_the_label(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])
