"""Words of care notes that are nobody and nowhere (issue #8, over-masking seen on probe8 and others):

- clipped names of specialties, units and roles (« avis Diabéto », « transmis à Coordo », « Passage
  Diét ce jour »), and a care round after « passage » (« Passage IDE Matin »), no street;
- what a form writes where no name is to be given (« Père : Inconnu », « Conjoint : Néant », « sa
  femme, RAS »);
- a medical acronym after a role's label (« IDE : VVP posée », « AS : ECBU fait »);
- an eponymous device after « du », « des », « au » (« mise en place du Redon »): a commune follows
  these only when its name has the article (« du Havre »);
- « mr » typed in lower case before a word that describes the patient (« est mr stable »).

Each trap is checked beside the same construction with a real identifier, which stays masked.
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline


@cache
def engine() -> Detector:
    return Detector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label, text[f.start : f.end]) for f in engine().detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        # clipped specialties and roles
        "Avis Diabéto demandé. Vu avec la Coordo ce matin.",
        "Coordo HAD : appeler demain. Rhumato : à revoir.",
        "HDJ Diabéto, puis Gastro. Transmis à Coordo.",
        "Appel de Diabéto ce matin. Avis Pneumo et Endoc. Staff Onco.",
        # a care round, no street
        "Passage IDE Matin : pansement fait. Passage AS Soir. Passage Diét ce jour.",
        # no one to name
        "Père : Inconnu. Mère : Décédée. Conjoint : Néant. Personne à prévenir : Aucune.",
        "Vit avec sa femme, RAS. Médecin traitant : Non renseigné.",
        # an act after a role's label
        "IDE : VVP posée au bras gauche. AS : ECBU fait ce matin. Interne : NFS à recontrôler.",
        # an eponymous device after a contraction
        "Mise en place du Redon ce jour, ablation des Redon à J2, écoulement au Redon.",
        # lower-case « mr » before what describes the patient
        "le patient est mr stable ce matin.",
        "pt vu ce matin, mr stable, pas de douleur. mme confuse cette nuit.",
    ],
)
def test_care_words_are_no_identifiers(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Père : Inconnu ; mère : Mme <NOM>Dupont</NOM>.",
        "IDE : <NOM>LY</NOM> ; AS : <NOM>KOUASSI</NOM> ; Nom : <NOM>OKBA</NOM>",
        "Il vient du <VILLE>Havre</VILLE> ; il habite à <VILLE>Redon</VILLE>.",
        "Il habite <ADRESSE>Passage Dauphine</ADRESSE>.",
        "mr <NOM>petit</NOM> est revenu ; transfert de mr <NOM>irigoyen</NOM> demain.",
        "transmis à <NOM>Odette</NOM> ; Dr <NOM>Martin</NOM> (Diabéto).",
    ],
)
def test_the_same_constructions_with_an_identifier(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in found), (
            text[start:end],
            _found(text),
        )
