"""Words that name no one stay readable (issue 8): the trade before an owner's name (« Taxi Durand »:
« Taxi » was masked by the model beside the owner's name), a national association or charity (« La
Ligue contre le cancer », « la Croix-Rouge »), a country in brackets after a town (« Tripoli (Liban) »).
The owner, a local association and the town are still masked."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # the trade stays, its owner's name is masked
        "Retour à domicile assuré par Taxi <NOM>Lemoine</NOM> à 17 h.",
        # a national association or charity
        "Soutien psychologique proposé par l'association La Ligue contre le cancer.",
        "Colis alimentaires de l'association Les Restos du Cœur chaque semaine.",
        "Famille hébergée par la Croix-Rouge depuis l'hiver.",
        # a local association is still masked
        "Domiciliation à l'association <ETABLISSEMENT>Le Phare Ouest</ETABLISSEMENT> depuis un an.",
        # the country in brackets stays, the town of birth is masked
        "Mme <NOM>Khoury</NOM>, née à <VILLE>Tripoli</VILLE> (Liban), 66 ans.",
    ],
)
def test_trades_and_national_bodies_stay_readable(marked: str) -> None:
    assert_detects(_DETECTOR, marked)
