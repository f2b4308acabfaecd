"""The given name after a Vietnamese middle name (issue 8, eleventh probe batch): « Thị », « Văn »,
« Đức », « Ngọc »… always precede a given name, and the given name is often a French word or a month
(« Mai », « Hoa », « Lan », « Long »), where the word lists stopped and left it in clear. Traps: the
middle-name words elsewhere (« Van Gogh » as an eponym's painter is no patient, a word in lower case
after it)."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _masked(text: str) -> str:
    spans = sorted((f.start, f.end) for f in _DETECTOR.detect(text))
    out = list(text)
    for a, b in spans:
        for k in range(a, b):
            if out[k].isalnum():
                out[k] = "#"
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Identité : TRAN THI MAI, née en 1950, IPP 4410238", "MAI"),
        ("Patiente : DANG Thi Mai, née le 03/05/1980", "Mai"),
        ("accompagnée de sa belle-sœur, Thi Lan, qui traduit", "Lan"),
        ("Mme VU Ngoc Mai, 71 ans, chambre 8", "Mai"),
        ("M. HOANG Van Long est sorti ce matin", "Long"),
        # the surname alone found at a line's start under a letterhead: the middle name and the given name
        # after it go with it (sixteenth session)
        ("LABORATOIRE BIOLAB - ROYAN\nNGUYEN THI LAN - F - 64 a - Dossier 2612-0042", "THI"),
    ],
)
def test_the_given_name_is_masked_with_the_middle_name(text: str, given: str) -> None:
    masked = _masked(text)
    k = text.index(given)
    assert masked[k : k + len(given)] == "#" * len(given), masked


def test_a_lower_case_word_after_it_stays() -> None:
    text = "Mme DANG Thi mange seule"
    assert "mange" in _masked(text)
