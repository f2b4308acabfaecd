"""One of an establishment's sites named after it (issue #8, probe6, probe9, probe10): « CHU de Nantes,
site Laënnec », « INSTITUT DU CANCER DE MONTPELLIER — site Val d'Aurelle », « CHU de Grenoble, site sud »; an
acronym no list holds told by the site after it (« à l'IRCM site Lapeyronie »); the site or the district
in brackets after the name (« CHU Félix Guyon (Bellepierre) »). Traps: the word « site » of a wound or a
catheter (« site opératoire », « PICC site propre »), a unit, a person or an acronym in brackets."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hospitalisée au CHU de Nantes, site Laënnec, du 2 au 9 mai.", ["CHU de Nantes, site Laënnec"]),
        ("INSTITUT DU CANCER DE MONTPELLIER — site Val d'Aurelle", ["INSTITUT DU CANCER DE MONTPELLIER — site Val d'Aurelle"]),
        ("Compte rendu — Centre hospitalier de Morlaix, site nord — page 2", ["Centre hospitalier de Morlaix, site nord"]),
        ("Suivi au CH de Bigorre - site de Lourdes depuis mars.", ["CH de Bigorre - site de Lourdes"]),
        ("Radiothérapie à l'IRCM site Lapeyronie, 5 séances.", ["IRCM site Lapeyronie"]),
        ("Transfert vers l'AP-HM site Nord pour avis.", ["AP-HM site Nord"]),
    ],
)  # fmt: skip
def test_a_site_goes_with_its_establishment(text: str, names: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == names


@pytest.mark.parametrize(
    "text",
    [
        "Contrôle au CHU de Nantes : site opératoire propre, pas d'écoulement.",
        "Pansement du PICC site propre, rougeur au point de ponction.",
        "VVP site Droit changée ce matin.",
        "Consultez le site Ameli pour vos remboursements.",
    ],
)
def test_a_wound_or_a_catheter_site_is_no_establishment(text: str) -> None:
    assert values(text, "ETABLISSEMENT") in ([], ["CHU de Nantes"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Transfert vers le CHU Sud Réunion (Terre-Sainte) pour avis.", ["CHU Sud Réunion", "Terre-Sainte"]),
        ("Suivi au Centre hospitalier de Morlaix (Kerangouez) depuis 2020.", ["Centre hospitalier de Morlaix", "Kerangouez"]),
    ],
)  # fmt: skip
def test_a_site_in_brackets_after_its_establishment(text: str, names: list[str]) -> None:
    assert values(text, "ETABLISSEMENT") == names


@pytest.mark.parametrize(
    "text",
    [
        "Hospitalisé à la Clinique du Parc (Cardiologie) puis revu.",
        "Avis du CHU de Rouen (HDJ) demandé.",
        "Clinique du Parc (Pr Lambert) : avis favorable.",
    ],
)
def test_a_unit_an_acronym_or_a_person_in_brackets_is_no_site(text: str) -> None:
    assert len(values(text, "ETABLISSEMENT")) == 1
