"""An honorific before a person's name, or before the title of address that opens it, is masked with
the name (issue #8, OCR'd press: :mod:`egide.detect.names.honorifics`); titles of address alone,
initials and the words « excellence » or « honorable » in a sentence stay readable. All names are
invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import bracketed

DETECTOR = Detector()


def _shown(text: str) -> str:
    return bracketed(DETECTOR.detect(text), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement, dont Son Excellence Pierre Dupontel est le chef, a tenu bon.",
            "Le gouvernement, dont [Son Excellence Pierre Dupontel] est le chef, a tenu bon.",
        ),
        (
            "S. EXC. M. BUFFARDIN : Non, nous ne soustrayons rien.",
            "[S. EXC. M. BUFFARDIN] : Non, nous ne soustrayons rien.",
        ),
        (
            "Comme le disait S. Exc. M. Darusset hier soir.",
            "Comme le disait [S. Exc. M. Darusset] hier soir.",
        ),
        (
            "Je reviens à une observation de l'honorable M. Michel Chevalet tout à l'heure.",
            "Je reviens à une observation de l'[honorable M. Michel Chevalet] tout à l'heure.",
        ),
        (
            "Reçu par Son Altesse Royale Albertine au palais.",
            "Reçu par [Son Altesse Royale Albertine] au palais.",
        ),
    ],
)
def test_an_honorific_before_a_name_is_masked_with_it(text: str, expected: str) -> None:
    assert _shown(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title of address alone stays beside the mask
        ("Revu M. Martinaud ce jour.", "Revu M. [Martinaud] ce jour."),
        # « S. » before a title of address is no honorific
        ("Courrier de S. M. Tessandier reçu.", "Courrier de S. M. [Tessandier] reçu."),
        # the words in a sentence
        (
            "Un résultat honorable, M. Martinaud est satisfait.",
            "Un résultat honorable, M. [Martinaud] est satisfait.",
        ),
        (
            "Le service vise l'excellence. M. Martinaud sort demain.",
            "Le service vise l'excellence. M. [Martinaud] sort demain.",
        ),
    ],
)
def test_titles_initials_and_words_stay(text: str, expected: str) -> None:
    assert _shown(text) == expected
