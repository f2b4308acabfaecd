"""A scan read badly, as it is pasted into a chatbot to be typed again (issue 8, probe16's family): a
compound commune one part of which the OCR wrote with digits (« REMIRE-M0NTJ0LY »), a name cut into
its syllables (« Dr Ha mi di ») or at a little word written with a capital (« Mme El Ou ardi »), a day
and a month with one real digit left (« le 2l/ll »). Traps: codes with a hyphen, prose, fractions."""

from __future__ import annotations

import pytest

from egide.detect.normalise import normalise


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("97354 REMIRE-M0NTJ0LY", "97354 REMIRE-MONTJOLY"),
        ("né à V1LLENEUVE-D'ASCQ", "né à VILLENEUVE-D'ASCQ"),
        ("Je soussigné Dr Ha mi di, certifie", "Je soussigné Dr Hamidi, certifie"),
        ("examiné Mme El Ou ardi, née", "examiné Mme El Ouardi, née"),
        ("victime de coups le 2l/ll. ITT", "victime de coups le 21/11. ITT"),
        ("revu le 3/l1 en consultation", "revu le 3/11 en consultation"),
    ],
)
def test_the_scan_is_read_as_printed(written: str, read: str) -> None:
    assert normalise(written).text == read


@pytest.mark.parametrize(
    "text",
    [
        "HLA-DR4 positif, anti-HER2 négatif, RH-KEL1",
        "Il a un fils. Le patient Ou bien sa fille",
        "M. Jean Ou Paul, Je me suis dit",
        "prendre l/2 comprimé le soir",
        "Mme Dupont De la Salle",
        "ACCIDENTS DE LA VOIE PUBLIQUE, CHEZ LE CHAT, DE LA PRISE",  # capitals: no case says a name was cut
    ],
)
def test_codes_and_prose_stay(text: str) -> None:
    assert normalise(text).text == text
