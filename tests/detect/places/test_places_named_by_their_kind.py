"""A place where someone lives or where something happened, named by its kind and no street (issue 8,
thirteenth probe batch): a district, a campsite, a camp, a track, a Kanak tribe, with a capitalised name,
after a cue of residence or of place, or before the pitch, the kilometre point or the lot. Traps: the
same words as ordinary nouns before a name in lower case."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _masked(text: str) -> str:
    chars = list(text)
    for f in _DETECTOR.detect(text):
        chars[f.start : f.end] = "#" * (f.end - f.start)
    return "".join(chars)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Le patient est domicilié quartier Bellevue-Plage, seul, sans aide.", "quartier Bellevue-Plage"),
        ("Vacances au camping La Pinède, emplacement 17, du 2 au 16 août.", "camping La Pinède, emplacement 17"),
        ("Blessure à l'entraînement au camp de Sissonne, rapatrié le soir.", "camp de Sissonne"),
        ("Découverte du corps sur la piste de Bélizon, PK 8, par un chasseur.", "piste de Bélizon, PK 8"),
        ("Son frère vit tribu de Gohapin, sans téléphone.", "tribu de Gohapin"),
    ],
)  # fmt: skip
def test_the_place_is_masked(text: str, place: str) -> None:
    start = text.index(place)
    masked = _masked(text)[start : start + len(place)]
    assert all(c == "#" for c, o in zip(masked, place, strict=True) if o.isalnum()), masked


@pytest.mark.parametrize(
    "text",
    [
        "Il reprend la piste de ski en février et dort au camp de base.",
        "Dans ce quartier les infirmières passent deux fois par jour.",
    ],
)
def test_ordinary_nouns_are_not_places(text: str) -> None:
    assert not [f for f in _DETECTOR.detect(text) if f.label == "ADRESSE"]
