"""A medical biology laboratory named after its type is an establishment (:mod:`egide.detect.places.
laboratory`); a medicine's maker and a hospital's own laboratory are not. Names are invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.places.support import values

DETECTOR = Detector()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laboratoire de biologie médicale Biolab Vézère, prélevé le 12/03.", "Biolab Vézère"),
        ("Laboratoire Biomédical des Garrigues — Édité le 19/05/2025", "Biomédical des Garrigues"),
        ("LBM Cerbalab Sud : résultats validés.", "Cerbalab Sud"),
        ("Bilan fait au laboratoire d'analyses médicales des Capucines.", "Capucines"),
        ("LABORATOIRE BIOXYNE — compte rendu", "BIOXYNE"),
        ("Labo de biologie Saint-Aubert, secteur 3", "Saint-Aubert"),
        # a name made on « Bio- » and hyphenated to a word of its own: no maker « Bio » (probe13's family)
        ("Résultats du Laboratoire Bio-Santé Ouest, prélevés à domicile.", "Bio-Santé Ouest"),
        ("LABORATOIRE BIO-PYRÉNÉES — compte rendu", "BIO-PYRÉNÉES"),
        # a network and its site's town (probe13's family)
        ("Validé par le biologiste — laboratoire Cerbalab Saverne", "Cerbalab Saverne"),
        ("Prélèvement au labo Synlabo Pau demain matin.", "Synlabo Pau"),
        ("LABORATOIRE CERBALAB STRASBOURG", "CERBALAB STRASBOURG"),
    ],
)
def test_a_laboratory_named_after_its_type(text: str, name: str) -> None:
    found = values(text, "ETABLISSEMENT")
    assert len(found) == 1 and found[0].endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        # the maker of a medicine, in a leaflet or a treatment line
        "Titulaire : Laboratoire Pfizer, puis Laboratoires Thissen.",
        "Relais par amlodipine du Laboratoire Biogaran.",
        # a maker and its town, a common word and a town (probe13's family's traps)
        "Le laboratoire Merck Lyon a fabriqué le lot.",
        "Fabricant : laboratoire Biogaran Colombes.",
        "Résultat attendu du laboratoire Central Lyon.",
        # the hospital's own laboratory, and a generic one
        "Prélèvement transmis au laboratoire de biologie médicale du CHU.",
        "Bilan au laboratoire d'analyses de sang demain matin.",
        "Le laboratoire de biologie a rappelé pour l'hémolyse.",
    ],
)
def test_makers_and_generic_laboratories_stay(text: str) -> None:
    assert [f for f in DETECTOR.detect(text) if f.label.value == "ETABLISSEMENT"] == []
