"""The initials that sign a care note alone on its last line (``names/message_signatures``; the family of
probe25's night notes, invented text): one to three initials with their dots opening the last line, maybe
the writer's role after them, then the text's end or a blank line. What stays: an outline's items, « N.B. »,
« P.S. », an initial that opens a sentence going on."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ch 8 m. roussel : agité vers 3h, haldol 1 mg.\nt. (IDE nuit)", "\nt"),
        ("ch 12 : RAS, dort.\nk. AS", "\nk"),
        ("rappeler l'interne de garde bip 5512 si besoin\nr. m.", "\nr. m"),
        ("famille prévenue à 22h.\nD. L.\n\nnote suivante : ch 14", "\nD. L"),
    ],
)
def test_initials_signing_a_note(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an outline's items
        ("plan :\na. surveiller la diurèse\nb. bilan demain", "b."),
        # a note's remark, a postscript
        ("bilan à jeun.\nN.B. prélever avant 8h", "N.B."),
        ("RAS cette nuit.\nP. S.", "P. S."),
        # an initial opening a sentence that goes on
        ("douleur cotée 3.\nJ. Dupuis-Martin passera demain matin.", "passera"),
    ],
)
def test_other_letters_stay(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)
