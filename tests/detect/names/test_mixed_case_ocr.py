"""Names whose capitals fall anywhere, as an OCR reads handwriting (issue 8, tenth probe batch):
« GuiLLoT ReNé », « Dr MaRTiNEau », « Mr bERNARD », « sa fille (sAndRine) ». A word of letters only that
is a listed first name, or a listed surname that is no French word, keeps its reading as a name when
its case is scrambled. Traps: the codes that mix cases (« PaCO2 », « HbA1c », « NT-proBNP », « BiPAP »,
« eGFR », « NaCl », « SpO2 ») stay readable."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "ordonnance pour : <NOM>GuiLLoT ReNé</NOM> le 21/03/2025",
        "Dr <NOM>MaRTiNEau</NOM> a vu la patiente",
        "Mr <NOM>bERNARD</NOM> agité cette nuit",
        "a appelé sa fille (<NOM>sAndRine</NOM>) à 3h",
    ],
)
def test_a_scrambled_name_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "PaCO2 45 mmHg, HbA1c 7 %, NT-proBNP 300 ng/L",
        "ventilation en BiPAP, pH 7,32, eGFR 60",
        "NaCl 0,9 % 500 mL, SpO2 96 % sous FiO2 30 %",
        "TraiTEMENT inchangé, DouLEUR calmée",
    ],
)
def test_mixed_case_codes_stay_readable(text: str) -> None:
    assert names(text) == []
