"""A title of nobility abbreviated as the press writes it (« Vte », « Cte », « Vtesse », « Ctesse ») is a
rank before a name, masked with it as the written-out ranks are (« le comte de Frémeuil »), and a
particle in capitals after a rank opens a name in capitals (« Vte DE CHEVILLY », « le général DE
GAULLE »). Traps: the same letters as a word or an acronym, a rank before an institution in capitals.
All text is invented."""

from __future__ import annotations

import pytest

from egide.detect import Detector

DETECTOR = Detector()


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label == "NOM"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le conseil : Vte DE CHEVILLY.", "Vte DE CHEVILLY"),
        ("Étaient présents le Cte DE LASTEYRAC et d'autres.", "Cte DE LASTEYRAC"),
        ("Le conseil : Cte Kerlouan et d'autres.", "Cte Kerlouan"),
        ("Étaient présents le Vte Hardouinet et sa suite.", "Vte Hardouinet"),
        ("On annonce le mariage du général DE MARBEUF.", "général DE MARBEUF"),
    ],
)
def test_an_abbreviated_rank_or_a_capital_particle_opens_a_name(text: str, name: str) -> None:
    # (the rank and the name may come as two findings side by side: both masked)
    assert " ".join(_names(text)) == name


@pytest.mark.parametrize(
    "text",
    [
        "Le compte rendu du CTE est fait.",
        "Le Cte rendu : RAS.",
        "Vte : voir ci-dessous.",
        "Reçu par le président DE LA RÉPUBLIQUE hier.",
        "Le directeur DE CARDIOLOGIE est absent.",
    ],
)
def test_the_same_letters_or_an_institution_stay(text: str) -> None:
    assert _names(text) == []
