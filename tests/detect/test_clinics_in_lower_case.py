"""A clinic named in a note typed all in lower case (issue 8, the perturbation suite's lower case):
after a doctor's name and a link (« dr ferreira clinique du parc »), and « clinique les … » with a
plural name that ends its clause (« à la clinique les lauriers. »), as most clinics are named; a
pharmacy's name after its link (« pharmacie des arènes »), in lower case and in capitals. Not
« clinique » as an adjective, nor an article that opens a sentence going on, nor a pharmacy's duty or
a hospital's own pharmacy (« pharmacie de garde », « pharmacie de l'hôpital »). All names are invented."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect import Detector
from tests.detect.inline import parse_inline


@cache
def _detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "rdv confirmé mar 9/3 14h dr <NOM>quintard</NOM> <ETABLISSEMENT>clinique du bocage</ETABLISSEMENT> "
        "pour la consultation d'anesthésie.",
        "vu hier par dr <NOM>esnault</NOM> <ETABLISSEMENT>clinique des acacias</ETABLISSEMENT> pour son genou.",
        "un séjour de rééducation est prévu à la <ETABLISSEMENT>clinique les peupliers</ETABLISSEMENT>.",
        "chambre 12, <ETABLISSEMENT>clinique les tamaris</ETABLISSEMENT> (vienne). médecin : dr <NOM>ogier</NOM>.",
        "<ETABLISSEMENT>clinique les genêts</ETABLISSEMENT> – 63000 clermont-ferrand\nordonnance – kinésithérapie",
        "renouvellement demandé par la <ETABLISSEMENT>pharmacie des tanneurs</ETABLISSEMENT> à saumur.",
        "délivrance hebdomadaire — <ETABLISSEMENT>pharmacie de la poterne</ETABLISSEMENT>.",
        "APPEL DE LA <ETABLISSEMENT>PHARMACIE DES REMPARTS</ETABLISSEMENT> (AURAY) CE MATIN : TRAITEMENT NON DÉLIVRÉ, "
        "ORDONNANCE EXPIRÉE.",
    ],
)
def test_a_clinic_in_a_note_in_lower_case(marked: str) -> None:
    text, spans = parse_inline(marked)
    findings = _detector().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start < end and start < f.end for f in findings), (
            label,
            text[start:end],
            [(f.label, text[f.start : f.end]) for f in findings],
        )


@pytest.mark.parametrize(
    "text",
    [
        "examen clinique les jours suivants sans particularité.",
        "à la clinique les enfants sont reçus le mardi matin.",
        "dr martin : examen clinique de la douleur rassurant.",
        "vu par dr martin clinique de la douleur ce matin.",
        "voir avec la pharmacie de garde ce soir.",
        "commande passée à la pharmacie de l'hôpital ce matin.",
        "passer à la pharmacie du service pour les pansements.",
    ],
)
def test_no_clinic_where_the_words_say_otherwise(text: str) -> None:
    assert not any(f.label == "ETABLISSEMENT" for f in _detector().detect(text)), text
