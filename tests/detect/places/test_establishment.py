"""Named health establishments, and the generic mentions that must stay."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    "name",
    [
        "CHU de Rouen",
        "CHU Grenoble-Alpes",
        "Hôpital Saint-Louis",
        "hôpital Saint-Louis",
        "Clinique du Parc",
        "Centre hospitalier de Lens",
        "Centre Hospitalier Universitaire de Rouen",
        "CH de Dax",
        "Hôpital européen Georges-Pompidou",
        "EHPAD Les Tilleuls",
        "GHU Paris",
        "Institut Curie",
        "Centre Léon Bérard",
        "Polyclinique de l'Atlantique",
        "Hôpital d'instruction des armées Bégin",
        "AP-HP",
        "Hospices Civils de Lyon",
        "GHU de Pointe-à-Pitre",
        "Necker",
        "la Pitié-Salpêtrière",
        "HEGP",
        "Édouard-Herriot",
    ],
)
def test_establishments_are_found(name: str) -> None:
    expected = name.removeprefix("la ")
    assert values(f"Transféré vers {name}, puis retour.", "ETABLISSEMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "retour à l'hôpital",
        "hospitalisée à la clinique",
        "le service de cardiologie",
        "admis en hôpital de jour",
        "Hôpital de Jour",
        "Centre de Référence Maladies Rares",
        "au centre de la plaie",
        "EXAMEN CLINIQUE D'ENTRÉE",
        "Examen clinique Normal",
        "au CHU",
        "le Centre 15",
        "tableau clinique Typique",
        "Institut de Formation en Soins Infirmiers",
        "signe de Trousseau",
        "boule de Bichat",
        "Neckerman",
    ],
)
def test_generic_mentions_are_not_establishments(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []


def test_a_service_after_the_name_is_not_part_of_it() -> None:
    assert values("CHU de Rouen Service de Cardiologie", "ETABLISSEMENT") == ["CHU de Rouen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company form among the capitalised words before the type word: a company's building
        ("Nordexa Manufacturing Limited European Knowledge Centre Mosquito Way Hatfield Herts", []),
        ("Nordexa Pharma Research Centre Alderley Park", []),
        # a place of care after a company's name still is one
        ("Nordexa Pharma, Centre Léon Bérard", ["Centre Léon Bérard"]),
        ("Patiente suivie au Centre Léon Bérard depuis 2019.", ["Centre Léon Bérard"]),
    ],
)
def test_a_company_s_centre_is_no_establishment(text: str, expected: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == expected
