"""Words of long clinical documents that the name readers took for names (issue #8, probe9): whom a
letter addresses (« Madame, Cher Confrère »), an acronym with its index (« PAPs 48 mmHg »), the unit
after a number (« 1,5 T.\\nRésultats »), kin compounds at a sentence's start (« Beau-père présent »,
« Nouveau-né de sexe féminin »), methods, scores and imaging sequences named after a person or a place
(« FEVG (Simpson biplan) », « Boston 8/9 », « FAST négative », « DP Fat Sat », « procédure de
Leonetti-Claeys »). The names beside them are still found, and a name after a post named by a unit's
word (« Chef de service Véronique DESCAMPS »)."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_finds, parse_inline

DETECTOR = Detector()


@pytest.mark.parametrize(
    "text",
    [
        "Madame, Cher Confrère,\n\nVotre patient a été hospitalisé dans notre service.\n\n"
        "Je vous prie de croire, Madame, Cher Confrère, à l'assurance de mes sentiments confraternels.",
        "Chère Consœur, Cher Confrère,\n\nVotre patient a été hospitalisé.\n\nBien à vous, chers Collègues.",
        "ETT : FEVG 35 % (Simpson biplan), TAPSE 14 mm, PAPs 48 mmHg, VGd 62 mm.",
        "Technique : séquences DP Fat Sat dans les trois plans, T1 sagittal, 1,5 T.\nRésultats : rupture du LCA.",
        "Nouveau-né de sexe féminin, 3 280 g. Beau-père présent. Demi-frère absent.",
        "Coloscopie totale, préparation\n Boston 8/9 (3-3-2). FAST négative.",
        "Arrêt des traitements après discussion collégiale (procédure de Leonetti-Claeys). Pas de drainage de Redon.",
    ],
)
def test_words_of_a_letter_are_no_names(text: str) -> None:
    found = DETECTOR.detect(text)
    assert not found, [(f.label, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    "marked",
    [
        "Madame, Cher Confrère, je vous adresse M. <NOM>Quéré Jean-Yves</NOM>.",
        "Cher <NOM>Max</NOM>, ta patiente Mme <NOM>Lambourdière</NOM> va bien.",
        "Vu avec <NOM>Jean-Pierre Morvan</NOM> ; Dr <NOM>P. Roy</NOM> en copie.",
        "Mme <NOM>Simpson</NOM> revue ce jour avec sa fille.",
        # a post in a letterhead's margin, then who holds it (the unit's word is no place there)
        "Chef de service <NOM>Véronique DESCAMPS</NOM>\nSecrétariat : poste 4193",
        # a practice named by its practitioners' surnames
        "IDE : cabinet <NOM>Giordano-Raybaud</NOM>, passage matin et soir.",
        # … a capitalised particle opening one of them (issue 8, probe5's residual misses)
        "Soins à domicile par le cabinet <NOM>Le Gall-Morvan</NOM> (02 98 11 22 33).",
        "Passage infirmier : cabinet <NOM>Le Bihan</NOM>, le matin.",
        "IDE : cabinet <NOM>Da Costa</NOM>, deux passages par jour.",
        # the initial before a name found again further down, in a signature
        "Rédigé par Mme <NOM>Hélène Castagné</NOM>.\n<NOM>H. Castagné</NOM>, assistante sociale.",
    ],
)
def test_the_names_beside_them_are_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(DETECTOR.detect(text), marked, labels=["NOM"])
