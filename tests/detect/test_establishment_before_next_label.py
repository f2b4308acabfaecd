"""An establishment at a line's end, and the next line's field label (issue 8, probe13's family): « …
suivi par l'assistante sociale du CAMSP de Vannes⏎Enfant : Le Corre Nolan ». The second reading, line
breaks as spaces, took « CAMSP de Vannes Enfant » for one name; a common word that opens the next line
with its colon is the next field's label, as for a person's name (ab1d161). Kept: a name that goes on
over the break (« Centre hospitalier de⏎Vannes : … », « IME Les⏎Glycines : … », « Clinique⏎Pasteur : »,
a type alone whose name opens the next line)."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dossier suivi par l'éducatrice du SESSAD de Morlaix\nEnfant : Kerjean Maël", "SESSAD de Morlaix"),
        ("Transfert à l'EHPAD Les Tilleuls\nMotif : chute avec station au sol", "EHPAD Les Tilleuls"),
        ("Adressée par la Clinique du Parc\nObjet : avis chirurgical", "Clinique du Parc"),
        ("Suivi au Centre hospitalier de\nVannes : service de pneumologie", "Centre hospitalier de\nVannes"),
        ("Orienté vers l'IME Les\nGlycines : admission prévue", "IME Les\nGlycines"),
        # a type alone at the line's end, its name opening the next (a synthetic letter's line break)
        ("Traduis en anglais pour la Clinique\nPasteur : « Mme Riou est sortie »", "Clinique\nPasteur"),
    ],
)
def test_the_next_label_is_no_part_of_the_establishment(text: str, expected: str) -> None:
    assert _establishments(text) == [expected]
