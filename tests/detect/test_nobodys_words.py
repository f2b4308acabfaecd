"""Words named like a person, a place or an identifier that identify nobody (issue 8, over-masking on
traps): :mod:`egide.detect.nobody` and the appellations of :mod:`egide.detect.appellations`.

Each family has sentences that must come out with no finding at all (written for these tests, not
copied from a probe), and sentences of the same shape where the word is someone's or somewhere someone
lives, which must stay masked: a title before a scale's author, a town's cue before a classification's
town, a stay's label before a code.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector

_DETECTOR = Detector()


def _found(text: str) -> list[str]:
    text = text.replace("⏎", "\n")
    return [f"{f.label}:{text[f.start : f.end]}" for f in _DETECTOR.detect(text)]


def _masked(text: str, word: str) -> bool:
    text = text.replace("⏎", "\n")
    start = text.index(word)
    end = start + len(word)
    return any(f.start <= start and end <= f.end for f in _DETECTOR.detect(text))


NOBODY = [
    # a scale's author then its value, in a list of scores or after a word of scores
    "Bilan thymique : échelle MADRS 28, Hamilton dépression 19, idées noires passives.",
    "Score d'Apgar 7/9/10, Silverman 1, Ballard 38 SA, examen neurologique normal.",
    "Prophylaxie : vitamine K 2 mg per os, Guthrie J3, audition à J2.",
    "Psychiatrie : Yale-Brown 22, Montgomery et Asberg 31, Beck 17.",
    "Orthopédie : score de Constant 61, Harris hip score 79, Lysholm 72.",
    "Polype sessile de 8 mm, classification de Paris 0-Is, NICE 1, exérèse à l'anse froide.",
    # a measure with its unit after an acronym the lists hold
    "ETT : FEVG 55 %, TAPSE 21 mm, PAPS 36 mmHg, pas d'épanchement.",
    # a scale's noun opening « X de Y »
    "Risque thrombo-embolique : Score de Padoue 4, pas d'HBPM.",
    # a society's guideline and its years
    "Prise en charge conforme aux recommandations AFU 2022-2024, surveillance active.",
    "Anesthésie selon le référentiel SFAR 2019, pas de prémédication.",
    "Selon les critères EULAR/ACR 2010, polyarthrite rhumatoïde retenue.",
    # a thing named after a feast or a saint
    "Millepertuis (herbe de la Saint-Jean) arrêté avant la greffe.",
    "Ergotisme historique (feu de Saint-Antoine) évoqué en cours, hors sujet ici.",
    "Atelier de l'unité : sapin de Noël et chocolats de Pâques pour les enfants.",
    # a place said figuratively
    "Selon sa fille, le déménagement a été une vraie Bérézina.",
    "Il le dit lui-même : un vrai Waterloo, cette rééducation.",
    # a classification named after its town, with its edition or after a version's noun
    "Réponse évaluée selon Lugano 2014, Deauville 3 au TEP intermédiaire.",
    "Stade IIB d'Ann Arbor (révision de Lugano), ABVD débuté.",
    # food and products named after their place
    "Régime pauvre en potassium : pas de Comté, de Reblochon ni de Beaufort pour l'instant.",
    "Autorisés : chou de Bruxelles, haricots de Soissons ; toilette au savon de Marseille.",
    # a product's batch, a supplier's return, a code's letters
    "Implant posé : lot 77K1042, à reporter dans le registre de matériovigilance.",
    "Vis d'interférence, n° de lot : XB-2291-07, péremption 11/2028.",
    "Pansement défectueux, retour fournisseur n° RTF-2025-4471 effectué par la pharmacie.",
    "Protocole interne : PRO-0448, version 3.",
    "Stade Clavien-Dindo II. Lot de la prothèse 4410-K, registre renseigné.",
    # a note's status word
    "Transmissions : diét OK, ergo OK, IDE RAS cette nuit.",
    # an age written as a bound
    "Adapter la dose chez les patients de > 92 ans ; au-delà de 95 ans, avis gériatrique.",
    # a scale's author as the first item, before an acronym's value
    "Réévaluation : Hamilton à 26 ce jour, MADRS à 33, pas de changement.",
    # a land taken for a name
    "Dossier transmis au Conseil départemental de la Savoie pour l'APA.",
    # a test's English title, a cheese the place tagger reads, a device's reference beside its batch
    "Langage : Boston Naming Test 44/60, fluence catégorielle 18.",
    "Régime : éviter Époisses, Morbier et Munster cette semaine.",
    "Valve aortique, lot n° 7731C-04, référence 2203318-11, traçabilité faite.",
    "Chariot d'urgence vérifié : scellé n° 00731954 intact.",
    # a reference book
    "Posologie à vérifier dans le Vidal avant la sortie ; selon le Dorosz, pas d'adaptation.",
    # a signature's participle, a field's or an exam's abbreviation
    "Potassium 4,1 mmol/l⏎Validé par le biologiste de garde",
    "EFR / Explorations fonctionnelles respiratoires : syndrome obstructif modéré.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_identifies_nobody(text: str) -> None:
    assert _found(text) == []


SOMEONE = [
    # a title or a person's cue before the scale's author
    ("Consultation de M. Hamilton, 47 ans, pour anxiété.", "Hamilton"),
    ("Mme Ballard 36 ans, primipare, consulte.", "Ballard"),
    ("Patient : Hamilton Jacques, né le 04/05/1961.", "Hamilton"),
    ("Chambre 12 : Dupont 45 ans, Martin 62 ans.", "Martin"),
    ("Lit 3 : BERNARD 1954, lit 4 : PETIT 1948.", "PETIT"),
    # a town's cue before a classification's town
    ("Patiente domiciliée à Lugano, de passage en France.", "Lugano"),
    ("Né à Ottawa le 3 mai 1960, arrivé en France en 1990.", "Ottawa"),
    ("Médecin correspondant : Dr Tissot, Genève.", "Genève"),
    # a feast's or a saint's name that is someone's or somewhere
    ("Vu avec M. Noël ce matin, il reviendra demain.", "Noël"),
    ("Retour à domicile à Saint-Jean-de-Luz prévu lundi.", "Saint-Jean-de-Luz"),
    # a cheese's name that is a town or a person
    ("Il habite à Munster depuis dix ans, régime sans sel.", "Munster"),
    ("Mme Beaufort Claire, régime pauvre en sel.", "Beaufort"),
    # a stay's or a patient's number of the same shape as a batch
    ("N° de séjour : 24C0917-B, entrée par les urgences.", "24C0917-B"),
    ("Dossier n° RF-2026-118 de Mme Dupont.", "RF-2026-118"),
    ("Compte rendu : CR_MICHAUT_20261208.pdf", "MICHAUT"),
    ("M. Lot, 54 ans, vu en consultation.", "Lot"),
    # an age that is a person's
    ("Mme Dupont, 93 ans, vit seule.", "93"),
    ("Patiente âgée de 94 ans, autonome.", "94"),
    # a roster: a name's value is no measure
    ("Lit 4 : Dupont J3 PTH, Martin J5 PTG.", "Martin"),
    # a land's name that is a person's
    ("Mme France, 45 ans, vue en consultation.", "France"),
    ("Son mari (France) a appelé le service.", "France"),
    # a donor's or a patient's number stays, even in a batch's sentence
    ("Poche de sang : numéro de don 0123 4567 8910, lot PFC 88412.", "0123 4567 8910"),
    ("Référence dossier : 2026-004417, lot de consultations du mardi.", "2026-004417"),
    # a person after a title, even after « selon le »
    ("Posologie validée selon le Dr Vidal, pharmacien.", "Vidal"),
    # a telephone after a name in a sentence of scores; a relative's food gift
    ("Score de Braden 12 ; appeler Martin 06 12 34 56 78 si besoin.", "Martin"),
    ("Sa fille a apporté les chocolats de Lucie et le gâteau de Marie.", "Lucie"),
    # the name after a signature's participle
    ("Validé par Claire Fontanel, biologiste.", "Claire Fontanel"),
]


@pytest.mark.parametrize(("text", "word"), SOMEONE)
def test_stays_masked(text: str, word: str) -> None:
    assert _masked(text, word), _found(text)


def test_a_country_in_brackets_after_its_town() -> None:
    text = "Adresse : 4 route d'Arlon, L-8009 Strassen (Luxembourg), travailleur frontalier."
    assert _masked(text, "Strassen")
    assert not _masked(text, "Luxembourg")
