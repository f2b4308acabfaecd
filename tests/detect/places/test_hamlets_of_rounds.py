"""Hamlets and communes of home-care rounds and rural address blocks (issue 8): a commune whose name
holds two link words between hyphens (« …-sur-le-… », « …-de-la-… »), a hamlet of one word after its
article between a patient's name and a commune that is no word, the commune before the colon of the care
given there, a place's name opening the line of a postcode and a commune without a comma. Traps: a
region before its commune, a word or an organisation before a postcode, a commune then a sentence."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in _DETECTOR.detect(text) if f.label in _PLACES]


_PLACES = {"ADRESSE", "VILLE", "CODE_POSTAL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two link words inside a commune's name
        ("vit à Bazouges-sur-le-Loir depuis", [("VILLE", "Bazouges-sur-le-Loir")]),
        (
            "9 h — Mme Quérel, 3 impasse des Fours, Beaulieu-sous-la-Roche : insuline",
            [("ADRESSE", "3 impasse des Fours"), ("VILLE", "Beaulieu-sous-la-Roche")],
        ),
        # a one-word hamlet after its article, then the commune and the colon of the care
        (
            "10 h — M. Brénuchot, La Garenne, Prahecq : pansement",
            [("ADRESSE", "La Garenne"), ("VILLE", "Prahecq")],
        ),
        (
            "11 h 30 — Mme Vouhé, Les Ouches, Échiré : toilette",
            [("ADRESSE", "Les Ouches"), ("VILLE", "Échiré")],
        ),
        # the hamlet opening the line of the postcode and commune, no comma
        (
            "Patient : QUÉMENEUR Goulc'hen\nKerhuel 29260 Ploudaniel",
            [("ADRESSE", "Kerhuel"), ("CODE_POSTAL", "29260"), ("VILLE", "Ploudaniel")],
        ),
        (
            "Mme Lagarde\nLe Bourg Haut 24420 Sorges\nTél. à venir",
            [("ADRESSE", "Le Bourg Haut"), ("CODE_POSTAL", "24420"), ("VILLE", "Sorges")],
        ),
    ],
)
def test_hamlets_and_communes_of_rounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert [p for p in _found(text) if p in expected] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("signé Dr Morel, La Réunion, Saint-Denis", "La Réunion"),
        ("Dossier 29260 Ploudaniel", "Dossier"),
        ("Cabinet 29260 Ploudaniel", "Cabinet"),
        ("Mme Roy, La Rochelle, Vue générale du dossier", "Vue"),
    ],
)
def test_what_is_no_hamlet(text: str, kept: str) -> None:
    assert all(kept not in span for _, span in _found(text))


def test_a_place_in_a_column_of_street_lines() -> None:
    """A round pasted from a spreadsheet: the rural patient's cell holds the hamlet alone."""
    text = (
        "Tournée du jeudi\n"
        "7h00\tMr Kervella\t3 imp. des Ajoncs\tinsuline\n"
        "7h20\tMme Le Gall\t12 rue du Lavoir\ttoilette\n"
        "7h50\tMme Danielou\tLe Haut Kerbiriou\tpansement\n"
        "8h10\tM. Hamonic\tLe Moulin Neuf\tprise de sang\n"
        "8h30\tMr Cadoret\t21 route de Morlaix\tinjection\n"
        "8h50\tMme Piriou\tAbsente\tidem"
    )
    found = _found(text)
    assert ("ADRESSE", "Le Haut Kerbiriou") in found
    assert ("ADRESSE", "Le Moulin Neuf") in found
    assert not [span for _, span in found if span in {"Absente", "idem", "toilette"}]


def test_no_column_of_addresses_without_street_lines() -> None:
    text = "Lundi\tLe Matin\tLe Soir\nMardi\tLa Belle Suite\tLa Suite\nMercredi\tLe Grand Repos\tRepos"
    assert [span for label, span in _found(text) if label == "ADRESSE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the postcode in brackets after the street line
        ("Consultation, 17 avenue de la Plage (66000). Lombalgie", [("CODE_POSTAL", "66000")]),
        ("domicile : 4 rue des Glycines (35000)", [("CODE_POSTAL", "35000")]),
        # the article of a residence's or an estate's name opening its line
        (
            "Madame Ferrand\nLe Clos des Mésanges, 6 allée C\n42100 Saint-Étienne",
            [("ADRESSE", "Le Clos des Mésanges")],
        ),
        (
            "Mme Perrot\nLa Résidence du Lac, bât. C\n38000 Grenoble",
            [("ADRESSE", "La Résidence du Lac, bât. C")],
        ),
    ],
)
def test_postcode_in_brackets_and_article_of_a_residence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [p for p in _found(text) if p in expected] == expected


def test_no_postcode_in_brackets_without_a_street() -> None:
    assert _found("score calculé le 3 (12345) puis revu") == []
