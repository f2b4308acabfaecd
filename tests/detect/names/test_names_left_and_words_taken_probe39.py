"""Names left visible and words wrongly masked as names (issue 8, probe37/38/39 families).

Names: every given name of an HL7 XPN (« ESCUDIÉ^Romain^Jean »), a lower-case first name after a
relative with a first person's possessive (« ma femme martine »), a given name clipped to « Fr. »,
a surname of particles only after a title (« Mme LE DU »), a surname column of a PMSI export whose
header names its columns with codes (« FINESS;…;NOM;PRENOM;…;DP »).
Words: eponyms after a tool's noun and « type » (« drainage type Blake »), after an anatomical noun
(« doigts de Dawson »), listed eponyms (« nodosités d'Heberden »), the class letter of a staging system
(« BCLC B. Varices »), weekdays opening a roster's rows (« Lun  Dr J. Kempf »), a section's heading cut
short (« Ant. | »), a holiday in a calendar's brackets (« Semaine 51 (Noël) »), a company's legal form
(« SARL »), a body of care (« Conseil de la Vie Sociale »), a ward list's column (« Contact famille »),
a medicine stopped (« Noctran arrêté »), a lab's analyser (« Automate STA-R Max »), an infant formula
(« Régime Gallia Calisma »), a coronary graft (« AMI-IVA »), a side's letter before a title (« D — Dr »),
a line after a field filled with a date. Titles still make persons.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()


def _names(marked: str) -> None:
    """Every marked name is inside a name found, and no name is found elsewhere."""
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "marked",
    [
        # every component of an XPN after the family name is a given name, up to the suffix or title
        "PID|1||310092261^^^CHUTLSE^PI||<NOM>ESCUDIÉ</NOM>^<NOM>Romain</NOM>^<NOM>Jean</NOM>||19850714|M",
        "PID|1||310092261^^^CHUTLSE^PI||<NOM>MARTIN</NOM>^<NOM>Paul</NOM>^<NOM>Marie</NOM>^JR^M^^L||19850714|M",
        "PID|1||310092261^^^CHUTLSE^PI||<NOM>MARTIN</NOM>^<NOM>Paul</NOM>^^^M||19850714|M",
        # a first person's possessive before a relative, the name in lower case after it
        "Personne de confiance : ma femme <NOM>martine</NOM> 06.33.21.84.70",
        "Vit avec mon fils <NOM>pierre</NOM>.",
        "Mon fils aîné viendra demain.",
        "Ma tante n'a pas de sécurité sociale en France.",
        "Objet : RDV de mon père\nBonjour, je voudrais avancer le rendez-vous.",
        "Réunion prévue avec sa fille <NOM>Mai</NOM>, qui vit à Montréal.",
        # on the relative's own line a word the lists refuse as a name is still the relative's name
        "20h30 Appel de son mari (<NOM>France</NOM>) au 05 52 63 11 82, souhaite passer demain.",
        # « Fr. » clipped before a surname, not the French gauge after a size
        "Validé le 27/11/2026 par <NOM>Fr. Dupré</NOM>",
        "Sonde urinaire 14 Fr. Pose sans difficulté.",
        # a surname of particles only after a title
        "Mme <NOM>LE DU</NOM> (ch. 12) : confusion en début d'après-midi.",
        "M. <NOM>Le Du</NOM>, 80 ans, revu ce jour.",
        "Cher Monsieur le Docteur, merci de votre avis.",
    ],
)
def test_names_left_visible(marked: str) -> None:
    _names(marked)


def test_surname_column_of_a_pmsi_export() -> None:
    _names(
        "FINESS;IPP;NDA;NOM;PRENOM;DDN;SEXE;CP;DATE_ENT;DATE_SOR;MODE_SOR;DP\n"
        "640780417;000298113;126007802;<NOM>DARRIGRAND</NOM>;<NOM>Beñat</NOM>;19520117;1;64480;"
        "20261125;20261202;8;I214"
    )


@pytest.mark.parametrize(
    "marked",
    [
        "Lavage au sérum, drainage type Blake. Classification de Tokyo grade II.",
        "Suture tendineuse type Adelaïde + surjet épitendineux.",
        "IRM : lésions périventriculaires, doigts de Dawson. Pas de signe de Babinski.",
        "Nodosités d'Heberden. Leucopathie Fazekas 2. Maladie de Waldenström.",
        "Drain de Blake en place. Vu avec M. <NOM>Blake</NOM> et le Dr <NOM>Dawson</NOM>.",
        "Carcinome hépatocellulaire ; stade BCLC B. Varices : prophylaxie selon Baveno VII.",
        "Cirrhose Child B. Ascite modérée.",
        "Prise en charge par <NOM>J. Martin</NOM>.",
        "Liste de garde\nLun  Dr <NOM>J. Kempf</NOM>       bip\nMar  Dr <NOM>A. Bilger</NOM>\n"
        "Ven–Dim  Dr <NOM>Ben Salah</NOM>",
        "Créatinine | 138 µmol/L\nAnt. | 12.06.2026 : HbA1c 8,1 %",
        "Semaine 50 : <NOM>B. Thiébaut</NOM>\nSemaine 51 (Noël) : astreinte unique",
        "Mme <NOM>Noël</NOM> (ch. 3) est sortie.",
        "Employeur : SARL BTP Rhône, chantier de Woippy.",
        "PROCÈS-VERBAL - Conseil de la Vie Sociale - réunion du trimestre",
        "Sous Seroplex 20 mg et Noctran arrêté.",
        "Test de Coombs direct négatif. Automate STA-R Max, lot 2611-B.",
        "Maladie de Kawasaki écartée. Régime Gallia Calisma.",
        "Réception : 17/11/2026 ; signature : 04/12/2026\nRecherche du variant familial BRCA2.",
        "Triple pontage (AMI-IVA, saphène sur RVP et marginale) sous CEC.",
        "Planning bloc\n08:00  <NOM>PERRON Alice</NOM> — canal carpien D — Dr <NOM>Tessier</NOM>",
        "Music-Hall de <NOM>Ch. Méré</NOM>, 9 h.",
        "Il s'est vu imposer le régime <NOM>Horthy</NOM>.",
    ],
)
def test_words_not_names(marked: str) -> None:
    _names(marked)


def test_contact_column_heads_no_name() -> None:
    _names(
        "Ch | Patient | Âge | Médecin | Contact famille\n"
        "1 | <NOM>AUCLAIR Georges</NOM> | 79 | Dr <NOM>Chassaing</NOM> | fille 06 30 71 55 82"
    )


def test_bracketed_relation_then_next_field() -> None:
    _names("Personne de confiance |<NOM>Sixtine de Villeneuve</NOM> (épouse)| Tél |+33 6 12 48 90 33|")
