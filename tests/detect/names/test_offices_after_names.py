"""An office after a person's name and a comma is masked with the name (issue #8, OCR'd press:
:mod:`egide.detect.names.offices_after`); trades, care roles, occupations without a body, ages and
dates stay readable. All names are invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import bracketed

DETECTOR = Detector()


def _shown(text: str) -> str:
    return bracketed(DETECTOR.detect(text), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of state or elected, bare
        (
            "Ajoutons que M. Vaurignac, sénateur, a pris la parole.",
            "Ajoutons que M. [Vaurignac, sénateur], a pris la parole.",
        ),
        (
            "M. Julien Ferrandel, président du conseil. — Il a répondu.",
            "M. [Julien Ferrandel, président du conseil]. — Il a répondu.",
        ),
        # an office of justice with its complement
        (
            "M. Monteriol, juge d'instruction, a été chargé de l'enquête.",
            "M. [Monteriol, juge d'instruction], a été chargé de l'enquête.",
        ),
        # an office of a body, with the body named
        (
            "On sait que M. Hardelot, rédacteur du Phare, a interjeté appel.",
            "On sait que M. [Hardelot, rédacteur du Phare], a interjeté appel.",
        ),
        (
            "Sous la présidence de Justin Dapoireau, secrétaire général de la Ligue des Droits, la séance s'ouvre.",
            "Sous la présidence de [Justin Dapoireau, secrétaire général de la Ligue des Droits], la séance s'ouvre.",
        ),
        # two offices in a row, with « ancien »
        (
            "MM. Eugène Frottard, député, ancien ministre, étaient présents.",
            "MM. [Eugène Frottard, député, ancien ministre], étaient présents.",
        ),
        # a body named with initials, a body's name in quotes
        (
            "L'escalier imposé par M. Hervelot, président du F.C. Ravenne. Il y a un autre.",
            "L'escalier imposé par M. [Hervelot, président du F.C. Ravenne]. Il y a un autre.",
        ),
        (
            "Mme Janine Hyrel, présidente du Cercle « Arts et Lettres » fera une causerie.",
            "Mme [Janine Hyrel, présidente du Cercle « Arts et Lettres] » fera une causerie.",
        ),
        # a rank, nobility, the head of a government
        (
            "Le discours d'Albertin, roi des Belges, fut bref.",
            "Le discours d'[Albertin, roi des Belges], fut bref.",
        ),
        (
            "M. Charles Vauquelard, chef du gouvernement, a démissionné.",
            "M. [Charles Vauquelard, chef du gouvernement], a démissionné.",
        ),
        (
            "M. Vauquelard, premier ministre, est arrivé.",
            "M. [Vauquelard, premier ministre], est arrivé.",
        ),
        # an elected councillor, a mayor of Belgium or Luxembourg
        (
            "Hier, M. Mottard, conseiller fédéral, a parlé.",
            "Hier, M. [Mottard, conseiller fédéral], a parlé.",
        ),
        (
            "M. Wellenstein, bourgmestre, ouvre la séance.",
            "M. [Wellenstein, bourgmestre], ouvre la séance.",
        ),
        # the article before the office
        (
            "M. Joseph Bechard, le ministre des Affaires étrangères, s'emploie à convaincre.",
            "M. [Joseph Bechard, le ministre des Affaires étrangères], s'emploie à convaincre.",
        ),
    ],
)
def test_an_office_after_a_name_is_masked_with_it(text: str, expected: str) -> None:
    assert _shown(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # care roles and trades stay beside the mask
        (
            "Vu par le Dr Martinelle, cardiologue, ce jour.",
            "Vu par le Dr [Martinelle], cardiologue, ce jour.",
        ),
        # an occupation without a body named: the patient's own, clinically relevant
        (
            "M. Ravignol, secrétaire de mairie, consulte pour des lombalgies.",
            "M. [Ravignol], secrétaire de mairie, consulte pour des lombalgies.",
        ),
        (
            "Mme Tessandier, directrice commerciale, se plaint de céphalées.",
            "Mme [Tessandier], directrice commerciale, se plaint de céphalées.",
        ),
        (
            "M. Blanchetot, professeur de mathématiques, est suivi pour une HTA.",
            "M. [Blanchetot], professeur de mathématiques, est suivi pour une HTA.",
        ),
        # a care role's rank after the name
        (
            "Mme Lebrassier, major du service, a appelé.",
            "Mme [Lebrassier], major du service, a appelé.",
        ),
        # a counsellor of a trade
        (
            "M. Ravignol, conseiller financier, consulte pour une lombalgie.",
            "M. [Ravignol], conseiller financier, consulte pour une lombalgie.",
        ),
        # an age or a figure after the comma
        (
            "M. Vaurignac, député en 1936, fut arrêté.",
            "M. [Vaurignac], député en [1936], fut arrêté.",
        ),
        # another person named inside the phrase: not one person's office
        (
            "M. Vaurignac, secrétaire de M. Ferrandel, a signé.",
            "M. [Vaurignac], secrétaire de M. [Ferrandel], a signé.",
        ),
        # a quote the OCR left open: nothing read after the name
        (
            "par Mme Charlotte Haldarel, envoyée du « Daily Courier Cette exposition est organisée par les"
            " « Amis du Peuple ».",
            "par Mme [Charlotte Haldarel], envoyée du « Daily Courier Cette exposition est organisée par les"
            " « Amis du Peuple ».",
        ),
        # a participle that reads like an office once folded (« gardé » is no « garde »)
        (
            "Interrogé : M. Delcrozet Steve, gardé à vue depuis la veille.",
            "Interrogé : M. [Delcrozet Steve], gardé à vue depuis la veille.",
        ),
        # an office phrase that runs on without punctuation is no apposition
        (
            "M. Vaurignac, président de la commission qui a examiné pendant des mois chacun des dossiers"
            " soumis par les associations et les communes du canton et du département voisin sans jamais",
            "M. [Vaurignac], président de la commission qui a examiné pendant des mois chacun des dossiers"
            " soumis par les associations et les communes du canton et du département voisin sans jamais",
        ),
    ],
)
def test_trades_occupations_and_figures_stay_readable(text: str, expected: str) -> None:
    assert _shown(text) == expected


def test_no_office_without_a_name() -> None:
    text = "Le président de la commission, le ministre des Affaires étrangères, a parlé."
    assert DETECTOR.detect(text) == []
