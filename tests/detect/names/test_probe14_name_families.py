"""Names that probe14 missed, fixed as families (issue #8): an OCR's small « l » for the capital I of a
surname in capitals (« Mme AMRANl Nadia »), a surname typed in lower case after a title where the name's
place ends (« Bonjour M. mercier, », « Mme rivière Louise »), even when it is a French word, and the
lower-case surname of a row whose column holds names in the rows around, no header naming it
(« ADMISSION⇥rivière⇥Louise »). Traps: the same shapes where nobody is named."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in names(text)]


@pytest.mark.parametrize(
    "marked",
    [
        # an OCR's small l for a capital I
        "Mme <NOM>AMRANl Nadia</NOM> vue pour cholécystite",
        "M. <NOM>BENAlSSA Karim</NOM> reçu aux urgences",
        # a surname in lower case after a title, where the name's place ends
        "SMS : « Bonjour M. <NOM>mercier</NOM>, votre RDV est confirmé. »",
        "Bonjour M. <NOM>dupont</NOM>, votre RDV",
        "Bonsoir Mme <NOM>fournier</NOM>, votre fils va bien.",
        "vu ce matin Mme <NOM>boulanger</NOM>.",
        "Mme <NOM>rivière</NOM> <NOM>Louise</NOM> attend en salle 2",
    ],
)
def test_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


def test_a_lower_case_surname_in_a_column_of_names() -> None:
    text = (
        "ADMISSION\tGARNIER\tPaul\tM\t05.08.1944\t00219884\tURG\n"
        "ADMISSION\trivière\tLouise\tF\t30.11.1999\t00219885\tMAT\n"
        "ADMISSION\tboulanger\tMarc\tM\t12.01.1960\t00219886\tURG"
    )
    found = _names(text)
    assert "rivière" in found and "boulanger" in found
    assert "ADMISSION" not in found and "URG" not in found and "MAT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "M. est sorti hier soir.",
        "M. souffre.",
        "Mme va mieux.",
        "Madame marche.",  # a verb that is also a surname: no greeting, no first name after it
        "Mme refuse, elle veut rentrer.",
        "Monsieur arrive, il est calme.",
        "M. a été vu par l'interne.",
        "Taux de ClCr normal, HbAlc à 7 %.",  # codes with a small l: no listed name once read
        "Patient : « Bonjour, je souhaite un rendez-vous. »",  # a greeting quoted after a label
        # a column of drugs and doses: no name in the column
        "Doliprane;1 g;per os\nparacétamol;500 mg;per os\nmercier;2 g;IV",
    ],
)
def test_nobody_is_named(text: str) -> None:
    assert _names(text) == []
