"""Establishments of the médico-social sector and of the hospital's edges (issue 8, probe13's family):
the kinds that letterheads, notifications and notes name by a town or a proper name and that the type
list lacked — rehabilitation (SMR, SSR's name since 2023), the Alzheimer units of nursing homes (PASA,
UHR), the secure units for prisoners and dangerous patients (UHSI, UHSA, SMPR, UMD), forensic medicine
(UMJ), homes of disabled children (IEM, EEAP, DITEP), the kinds written out (« foyer d'accueil
médicalisé », « maison d'accueil spécialisée », « centre médico-psychologique »…), a psychiatric unit
qualified by the public it receives (« CMP enfants de … »), and a territory's hospital named by its
acronym and its town without « de » (« CHBA Vannes »). Traps: the same kinds named without a name, a
medicine's « SMR » in the HAS's words."""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle fréquente le PASA de Quimperlé deux après-midi par semaine.", "PASA de Quimperlé"),
        ("Transféré à l'UHR de Sainte-Foy-lès-Lyon le mois dernier.", "UHR de Sainte-Foy-lès-Lyon"),
        ("Admis au SMR Le Bois Joli pour rééducation à la marche.", "SMR Le Bois Joli"),
        ("Sortie prévue vers le SMR de Saint-Jean-d'Angély.", "SMR de Saint-Jean-d'Angély"),
        ("Extraction dentaire à l'UHSI de Marseille sous escorte.", "UHSI de Marseille"),
        ("Hospitalisé à l'UHSA de Cadillac en soins sans consentement.", "UHSA de Cadillac"),
        ("Séjour de six mois en UMD de Montfavet.", "UMD de Montfavet"),
        ("Suivi au SMPR de Fresnes pendant sa détention.", "SMPR de Fresnes"),
        ("Examinée à l'UMJ de Créteil sur réquisition.", "UMJ de Créteil"),
        ("Il est accueilli à l'IEM de Saint-Georges depuis la rentrée.", "IEM de Saint-Georges"),
        ("Accueil de jour à l'EEAP Les Lucioles.", "EEAP Les Lucioles"),
        ("Orientation vers le DITEP Le Chêne Vert.", "DITEP Le Chêne Vert"),
        (
            "Elle vit au Foyer d'accueil médicalisé Les Ajoncs depuis deux ans.",
            "Foyer d'accueil médicalisé Les Ajoncs",
        ),
        (
            "Elle vit à la maison d'accueil spécialisée de Bonneval.",
            "maison d'accueil spécialisée de Bonneval",
        ),
        ("Il rentre le soir au foyer de vie Les Genêts.", "foyer de vie Les Genêts"),
        ("Suivi au centre médico-psychologique de Dinan.", "centre médico-psychologique de Dinan"),
        ("Visite de pré-admission à la résidence autonomie Les Lilas.", "résidence autonomie Les Lilas"),
        (
            "Service de soins infirmiers à domicile du Pays de Fougères : passage le soir.",
            "Service de soins infirmiers à domicile du Pays de Fougères",
        ),
        ("Rendez-vous au CMP enfants de Lannion.", "CMP enfants de Lannion"),
        ("Suivi au CMP adolescents Les Tilleuls.", "CMP adolescents Les Tilleuls"),
        ("Groupe du jeudi au CATTP adultes de Morlaix.", "CATTP adultes de Morlaix"),
        ("Orientée vers le CMP infanto-juvénile de Brest.", "CMP infanto-juvénile de Brest"),
        ("Décédé à l'USP de Brest, entouré des siens.", "USP de Brest"),
        ("Dossier transmis au CLIC de Redon pour le plan d'aide.", "CLIC de Redon"),
        ("Bilan prévu au CMRR de Lille.", "CMRR de Lille"),
        ("Hébergé aux LHSS de Saint-Denis depuis sa sortie.", "LHSS de Saint-Denis"),
        ("Suivi par l'EMPP de Rennes, rencontré au foyer.", "EMPP de Rennes"),
        ("Consultation à la CJC de Quimper avec sa mère.", "CJC de Quimper"),
        ("Hospitalisé en UCC de Pontivy pour troubles du comportement.", "UCC de Pontivy"),
        ("Bilan en HDJ Les Tamaris la semaine prochaine.", "HDJ Les Tamaris"),
        ("Transfert vers le CHBA Vannes pour coronarographie.", "CHBA Vannes"),
        ("| 2 | entrée | CHCB Pontivy | à confirmer |", "CHCB Pontivy"),
        ("Adressée par le CHSF Corbeil-Essonnes.", "CHSF Corbeil-Essonnes"),
    ],
)
def test_a_medico_social_or_edge_establishment(text: str, expected: str) -> None:
    assert _establishments(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le SMR est important dans cette indication, ASMR V.",
        "SMR Important, ASMR mineure (avis de la commission de la transparence).",
        "SMR Modéré dans le traitement de la crise.",
        "Le CMP adultes reçoit sans rendez-vous le mardi.",
        "Elle est en foyer de vie depuis trois ans.",
        "Le service de soins infirmiers à domicile passe deux fois par jour.",
        "Une place en maison d'accueil spécialisée est demandée.",
        "CHOC Septique à l'arrivée, remplissage.",
        "Le CLIC propose un plan d'aide.",
        "Admission en HDJ de pédiatrie le mardi.",
        "Bilan en HDJ Pneumo le mardi, puis Cardio.",  # a clipped speciality: a unit, no name
        "Passage en USP envisagé si la douleur persiste.",
        "Objet : entrée HDJ M. DURAND Paul, 54 ans",  # a civility opens a person's name, no unit's
        "Retour à l'EHPAD Mme Leclerc ce soir.",
    ],
)
def test_the_kind_without_a_name_stays(text: str) -> None:
    assert _establishments(text) == []
