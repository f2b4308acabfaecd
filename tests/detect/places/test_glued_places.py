"""Places typed without the space after punctuation (issue #8): a street type abbreviated and glued
to its name (« 53,r.Legendre »), a commune after « à » glued to the previous sentence's stop
(« l'île.A Ajaccio,il »). Traps: a dose, a page reference."""

from __future__ import annotations

import pytest

from egide.detect import Detector


def _found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in Detector().detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Écrire à Mme Quéveaux,47,r.Bonnefoy.Réponse rapide.", ["47,r.Bonnefoy"]),
        ("Dépôt chez Garnier frères,9,av.de Lamballe.Ouvert le dimanche.", ["9,av.de Lamballe"]),
        # the number glued to the stop of the sentence before
        ("ÉCHANTILLON GRATUIT.17,Boul.VOLTAIRE,PARIS", ["17,Boul.VOLTAIRE"]),
    ],
)
def test_glued_abbreviated_street(text: str, expected: list[str]) -> None:
    assert _found(text, "ADRESSE") == expected


@pytest.mark.parametrize(
    "text", ["Lasilix 2,r.5 mg le matin.", "Voir la note p.12,r.A du chapitre.", "Taux 1.23 rue barrée."]
)
def test_no_street_without_one(text: str) -> None:
    assert _found(text, "ADRESSE") == []


def test_commune_after_a_glued_stop() -> None:
    text = "Le convoi est reparti vers la côte.A Ajaccio,il n'y a presque pas eu de dégâts."
    assert _found(text, "VILLE") == ["Ajaccio"]
