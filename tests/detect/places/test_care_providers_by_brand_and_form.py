"""Places of care told by their shape rather than a list (issue 8, the nineteenth batches' families), with
invented names: a provider's brand after its kind in lower case where a treatment is given (« hémodialyse
au centre AUDRA », « téléradiologie IMADIS », « centre NephroCare Braga »), a clinic abroad named before
its type (« Schulthess Klinik »), a brand made on « -pôle » (« IUCT-Oncopole »), a home in a form's field
(« EHPAD : Les Tilleuls   Ville : … »), a name's last word cut at the line's end, a hospital's named
building after it (« CHU de X, Maison de la Femme, … »), a nursing home in a note typed in lower case.
Traps: a centre with no treatment said, a word, a disease, a form's answer, a sentence after a colon, a
time after « ehpad », a function word after a cut."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector

DETECTOR = Detector()


def _places(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("débute l'hémodialyse au centre DIALYR trois fois par semaine.", "centre DIALYR"),
        ("séances de dialyse organisées au centre RenaCare Porto, Rua X", "centre RenaCare Porto"),
        ("Radiologue : Dr X ; téléradiologie TELERAD", "TELERAD"),
        ("le patient préfère être opéré à la Bergmann Klinik. Rapatriement", "Bergmann Klinik"),
        ("bilan fait à la Rochester Clinic en 2019", "Rochester Clinic"),
        ("TEP du 14/05 (IUCB-Cancéropôle).", "IUCB-Cancéropôle"),
        ("FICHE DE LIAISON\nEHPAD : Les Glycines   Ville : Mouthe", "EHPAD : Les Glycines"),
        ("opérée.\nClinique de la Provi-\ndence - Lyon 9e", "Clinique de la Provi-\ndence"),
        (
            "Consultation — CHU de Rennes, Maison de la Mère et de l'Enfant\nMme X",
            "Maison de la Mère et de l'Enfant",
        ),
        ("elle rentre à l'ehpad : ehpad le clos des vignes, 4 rue du 8 mai", "ehpad le clos des vignes"),
    ],
)
def test_a_place_of_care(text: str, name: str) -> None:
    assert name in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a centre with no treatment said on its line, a disease's or a region's acronym
        "rendez-vous au centre ville MARDI",
        "vaccination au centre COVID du quartier.",
        # a French word before « Klinik », a word on « -pole »
        "une nouvelle Klinik",
        "la Métropole de Lyon",
        # a form's answer, a sentence after a colon
        "EHPAD : Non   HAD : Oui",
        "EHPAD : Le patient refuse",
        # a time after « ehpad » in lower case
        "retour en ehpad la semaine de noël.",
    ],
)
def test_no_place_of_care(text: str) -> None:
    assert _places(text) == []


def test_a_function_word_after_a_cut_is_no_part_of_the_name() -> None:
    assert _places("Clinique du Parc-\nmais pas ailleurs") == ["Clinique du Parc"]
