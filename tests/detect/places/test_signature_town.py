"""The town that ends a signature's or a sender's line, after a comma (issue 8, probe6: « Cabinet
médical de la Gare, Vitré », « Dr Paul Girardot, médecin généraliste, Pontarlier — … »). Traps: the
same lines ending on a word, a medicine, a greeting."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _cities(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "VILLE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flo — Cabinet médical de la Gare, Vitré", "Vitré"),
        ("Requérant : Dr Paul Girardot, médecin généraliste, Pontarlier — paul.g@exemple.fr", "Pontarlier"),
        ("Dr Lucas, généraliste, Vitré", "Vitré"),
        ("ADMISSION SSR — Centre de rééducation Le Normandy, Granville", "Granville"),
        ("Médecin traitant : Dr Dhont, Tourcoing.", "Tourcoing"),
        ("Dr Castaing, Toulouse.", "Toulouse"),
        ("Mme Coulon, orthoptiste, Rezé", "Rezé"),
    ],
)
def test_the_town_ending_a_signature(text: str, expected: str) -> None:
    assert _cities(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Dr Martin, cardiologue, Bonne journée.",
        "Dr Martin, Lasilix, Kardégic.",
        "Bien confraternellement, Dr Martin, Cordialement.",
        "Traitement : Levothyrox, Kardégic, Eliquis.",  # no signature on the line
        "Cabinet médical, fermé le samedi, Merci.",
    ],
)
def test_other_line_ends_stay(text: str) -> None:
    assert _cities(text) == []
