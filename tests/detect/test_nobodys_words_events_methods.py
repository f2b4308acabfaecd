"""Words that identify nobody, seventeenth family set (issue 8, over-masking on traps): a feast kept as an
event, a method's or a score's authors, a firm's or a device's name, a word of kinship, a weekday in a
planning's slot, a dish or a spa water named after its place, a second society after a guideline.

Sentences written for these tests (not copied from a probe): each must come out with no finding; the
sentences of the same shape where the word is someone's or somewhere must stay masked.
"""

from __future__ import annotations

import pytest

# (the same readers as the first set of words that identify nobody, on the same shared detector)
from tests.detect.test_nobodys_words import _found, _masked

NOBODY = [
    # a saint's feast with its feminine article, an event's noun, a feast's word after it, a tale's figure
    "Service de pédiatrie : spectacle pour la Saint-Nicolas mercredi à 15 h dans la salle de jeux.",
    "Les pompiers fêtent la Sainte-Barbe ; les congés de la Saint-Martin sont reportés.",
    "Animation : semaine de la Saint-Patrick, repas irlandais pour les résidents.",
    "Les familles peuvent assister à la messe de la Pentecôte dans la chapelle.",
    "Le lendemain de Pâques (lundi) est férié ; la veille de Noël, équipe réduite.",
    "Saint-Valentin demain : pas de fleurs coupées en réanimation.",
    "Le Père Fouettard ne viendra pas cette année, le Père Noël oui.",
    # a method's authors: after « type », two joined by « et », alone in brackets after a technique
    "Réparation du fléchisseur par suture type Kessler modifiée, attelle de Kleinert.",
    "Âge osseux selon la méthode (Sauvegrain et Nahum), retard de 2 ans.",
    "Mémoire épisodique : Grober et Buschke rappel libre 22/48.",
    "Infiltration selon le protocole de Kerr et Kohan, pas de drain.",
    "Ostéosynthèse par plaque palmaire verrouillée (Henry), contrôle radiologique correct.",
    # a scale's author and its value, or in a list of measures
    "Score clinique : Mayo partiel 2, calprotectine 180 µg/g.",
    "À l'admission en salle de naissance : Bishop 6, poche des eaux intacte.",
    "Prévention d'escarre : EVA, Braden, Norton à chaque transmission.",
    "IRM lombaire : sténose centrale Schizas C au niveau L4-L5.",
    "Mobilité : Timed Up and Go 18 s ; Get up and go test 14 s.",
    # a firm, a device put in place
    "Prothèse de hanche Corail (Johnson & Johnson DePuy Synthes), ciment sans antibiotique.",
    "Réanimation cardio-pulmonaire : LUCAS mis en place à 10 h 12.",
    # a word of kinship
    "Maman présente toute la nuit, papa passera ce soir.",
    # a weekday in a planning's slot
    "Dialyse : Mar/Jeu/Sam matin, poste 4.",
    "Dialysis requested on Tue/Thu/Sat afternoons, dry weight 71 kg.",
    # a feast ahead of the story, after a preposition of time
    "Souhaite rentrer à domicile avant Noël ; bilan à refaire d'ici Pâques.",
    # a dish, a fruit, a spa water named after their place; a second society after a guideline
    "Goûter : quiche lorraine et mirabelles de Lorraine autorisées avec modération.",
    "Soins de peau : eau thermale d'Avène en brumisation deux fois par jour.",
    "Prise en charge selon les recommandations ECCO 2023 et GETAID, surveillance endoscopique.",
    # a lamp, a sign, a socket named after their author or maker
    "Examen à la lampe de Wood normal, pas de stigmates de Bourneville.",
    "Prise Legrand défectueuse dans la chambre, signalée aux services techniques.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_identifies_nobody(text: str) -> None:
    assert _found(text) == []


SOMEONE = [
    # a feast dating a history; a feast's name after a title or a town's cue
    ("Patiente désorientée depuis la Toussaint, MMS 18/30.", "Toussaint"),
    ("Vu avec M. Noël ce matin, il reviendra demain.", "Noël"),
    ("Transfert à Saint-Nicolas demain matin en ambulance.", "Saint-Nicolas"),
    ("Relève : patient transmis à Noël pour la nuit.", "Noël"),
    # a roster's carer before the day in brackets; a child's name after the field
    ("Garde : Tiphaine (mer), Sandrine (ven).", "Sandrine"),
    ("Enfant : Louis Pham, né le 13/10/2018.", "Louis Pham"),
    # a person's surname that is a method's author: a title, a first name beside it, a relative's bracket
    ("Vu en consultation par le Dr Henry, chirurgien de la main.", "Henry"),
    ("Patient : Norton Paul, né le 12/03/1958, adressé pour chute.", "Norton"),
    ("Son mari (Henry) a appelé le service ce matin.", "Henry"),
    ("Pansement refait, plaie propre. signé (Marine)", "Marine"),
    ("Interne de garde ce soir : Thomas (Leclerc), joignable au 4871.", "Leclerc"),
    ("Chambre 12 : Petit 45 ans, sortie prévue.", "Petit"),
    ("Mme Weber A., née le 12/11/1967, canal carpien D.", "Weber"),
    # a practice named after its members
    ("Kiné à domicile : cabinet Lemaire & Vasseur, 03 20 55 18 42.", "Lemaire"),
    ("Cabinet infirmier : Roumégous & Bonnin.", "Bonnin"),
    # a first name beside a word of kinship
    ("Papa Diop, 45 ans, vu ce jour pour douleur thoracique.", "Diop"),
    # a town after a street in brackets
    ("Rendez-vous devant chez lui au 17 rue des Fossés (Blois) avec le fauteuil.", "Blois"),
]


@pytest.mark.parametrize(("text", "word"), SOMEONE)
def test_stays_masked(text: str, word: str) -> None:
    assert _masked(text, word), _found(text)
