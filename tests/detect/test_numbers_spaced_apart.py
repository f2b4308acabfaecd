"""Phones and stay numbers printed in groups nobody planned (issue #8, probe12's families), end to end
through the engine; every number and name invented.

- A mobile number typed in a hurry: its first pair, then digits spaced one or two at a time
  (« 07 3 1 8 8 2 4 6 5 », « 07 3 18 8 24 65 »).
- After a verb of calling, eight digits in four pairs (a number abroad, a site's short number) and five
  digits in two groups (a switchboard's extension): « joignable au 62 14 93 57 », « rappeler au 38 417 ».
- After an e-mail address, « ou au » and the number to call instead: « … @… ou au 31 508 ».
- A stay's number printed in groups: a short code of a letter and the year before it (« Séj. K25 004
  8812 »), a key or counter apart after it (« séjour 2500917 63 »).
Traps: measures and counts after the same words.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector

DETECTOR = Detector()


def found(text: str, label: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vu M. Girard Paul ; son frère M. Jean Girard au 07 3 1 8 8 2 4 6 5.", ["07 3 1 8 8 2 4 6 5"]),
        ("Vu M. Girard Paul ; son frère M. Jean Girard au 07 3 18 8 24 65.", ["07 3 18 8 24 65"]),
        ("Dr Marchal, joignable au 62 14 93 57 en journée.", ["62 14 93 57"]),
        ("Merci de rappeler au 38 417 avant midi.", ["38 417"]),
        ("Répondre à secretariat.uro@ch-exemple.fr ou au 31 508.", ["31 508"]),
    ],
)
def test_phones_in_unplanned_groups(text: str, expected: list[str]) -> None:
    assert found(text, "TELEPHONE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IPP 2018 0077 35   Séj. K25 004 8812", "K25 004 8812"),
        ("pour le séjour 2500917 63 de Mme Perrin, merci.", "2500917 63"),
    ],
)
def test_stay_numbers_printed_in_groups(text: str, expected: str) -> None:
    assert expected in found(text, "NDA")


@pytest.mark.parametrize(
    "text",
    [
        "Poids 62 14 93 57 kg sur quatre pesées.",  # no verb of calling
        "Répondre à secretariat.uro@ch-exemple.fr ou au 2026 questionnaire.",
        "IPP 2500917 63 ans, entré ce jour",  # a number, then an age
        "Créatinine 118 µmol/L, albumine 32 g/L.",
    ],
)
def test_measures_and_counts_are_not_numbers_to_call(text: str) -> None:
    assert found(text, "TELEPHONE") == [] and found(text, "NDA") == []
