"""Issue 8's perturbation matrix, « tout en minuscules » and « chiffres un par case »: families a note
typed in lower case or a form printed one digit per box still lost, each with the traps that keep its
reading honest.

Lower case: a banner's sex « m » or « h » ending its line after a date, and « patient : » after a date
(no metre, no count of patients: « né le 03.03.2003  m⏎ »); a hospital's acronym alone in a letterhead's or a banner's clause, or before its town
(« chm – urgences », « ghpso creil »); a type of establishment and one place word (« chd vendée, »); a
compound name after « hôpital » (« hôpital bel-air »); a locality after a word of residence (« demeurant
la croix blanche, 86210 … »); « 9 grande rue »; foreign streets (« bahnhofstraße 12 »); communes with
hyphens after their postcode or their article (« la roche-sur-yon »); a commune alone in a bracket or
after a comma, or after « habite »; a title after an initial (« julien r., mme chevalier »); a surname that is a word before a first name
filling a table's cell (« 08h30⇥maillot chantal⇥ »); a name after a title that the re-cased reading is surer of than
the reading as written (it keeps its score against a longer finding around it).

Boxes: a day or a month without its leading zero (« né le 2 2 1 9 4 9 », « le 1 2 1 »); boxes after a
code's letters (« RX-2 6 4 4 9 0 2 », « B-1 0 0 0 »); five boxes closing an address after a comma.

Synthetic sentences only (invented names, places of the lists).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

FOUND = [
    # hospitals in lower case
    "<ETABLISSEMENT>chsf</ETABLISSEMENT> – urgences adultes – vu par l'interne",
    "résultats — <ETABLISSEMENT>hegp</ETABLISSEMENT>, biochimie",
    "copie : dr <NOM>jaouenec</NOM> (cardiologue, <ETABLISSEMENT>chba</ETABLISSEMENT>)",
    "lit 4   <ETABLISSEMENT>ghpso creil</ETABLISSEMENT>",
    "service de cardiologie, <ETABLISSEMENT>chd vendée</ETABLISSEMENT>, tél. <TELEPHONE>02 51 00 00 00</TELEPHONE>",
    "adressée par l'<ETABLISSEMENT>hôpital bel-air</ETABLISSEMENT> pour avis.",
    # places in lower case
    "mme <NOM>quérou</NOM>, demeurant <ADRESSE>la croix verte</ADRESSE>, <CODE_POSTAL>79200</CODE_POSTAL> "
    "<VILLE>parthenay</VILLE>.",
    "m. <NOM>ravelet</NOM>, domicilié <ADRESSE>12 grande rue</ADRESSE>, <CODE_POSTAL>25300</CODE_POSTAL> "
    "<VILLE>pontarlier</VILLE>.",
    "m. <NOM>lindqvist</NOM>, <ADRESSE>bergstraße 7</ADRESSE>, 79098 freiburg.",
    "fait à <VILLE>la roche-sur-yon</VILLE>, le <DATE>3 mars 2026</DATE>",
    "<CODE_POSTAL>86210</CODE_POSTAL> <VILLE>bonneuil-matours</VILLE>",
    "courrier au dr <NOM>peyrabout</NOM>, <VILLE>castres</VILLE>.",
    "il habite <VILLE>tonnerre</VILLE> depuis deux ans.",
    # a banner's sex after a birth date, the next field's label after a date (no unit, no count)
    "né le <DATE_NAISSANCE>03.03.2003</DATE_NAISSANCE>  m\nchambre 12",
    "date : <DATE>04.12.2026</DATE>   patient : <NOM>kerbiriou</NOM> <NOM>anne</NOM>",
    # a title after an initial opens the next name (it is no surname of the initial)
    "présents : <NOM>julien r</NOM>., mme <NOM>chevalier</NOM>, m. <NOM>ferhat</NOM>.",
    # a surname that is a word before a first name, filling a table's cell
    "08h30\t<NOM>maillot</NOM> <NOM>chantal</NOM>\t<TELEPHONE>0612458833</TELEPHONE>\tcontrôle\n"
    "09h00\t<NOM>ba</NOM> <NOM>ousmane</NOM>\t1re consultation",
    # boxes
    "Mme <NOM>Kerlidou</NOM>, née le <DATE_NAISSANCE>2 2 1 9 4 9</DATE_NAISSANCE>, GIR 3",
    "M. <NOM>Tabarly</NOM> (né le <DATE_NAISSANCE>2 1 1 1 9 4 4</DATE_NAISSANCE>) est sorti.",
    "Revu en consultation le <DATE>1 4 1 2 0 2 6</DATE>.",
    "vu aux urgences le <DATE>1 2 1</DATE> pour une entorse",
    "Demande <NDA>RX-2 6 4 4 9 0 2</NDA> : échographie",
    "<ADRESSE>Chaussée de Wavre 12</ADRESSE>, <CODE_POSTAL>B-1 0 5 0</CODE_POSTAL> <VILLE>Ixelles</VILLE>",
    "<ADRESSE>3 chemin des Vignes</ADRESSE>, <VILLE>Héricourt</VILLE>, <CODE_POSTAL>7 0 4 0 0</CODE_POSTAL>.",
]

TRAPS = [
    # a medical acronym of a hospital's shape, alone in its clause
    "bilan : hta — hdl bas — hiv négatif",
    # a region that is a common word, no establishment's type before it
    "la vendée est une belle région ; il revient de guadeloupe",
    # a compound adjective after « clinique »
    "examen clinique post-opératoire sans particularité",
    # a clause that opens on an article before a number that is no postcode
    "la dose totale, 10000 unités par jour",
    # a commune that is a common word, in a sentence
    "on a fait deux tours, puis repos.",
    # a column's label before a first name
    "type\tcontrôle marie\tok",
    # a unit or a count after a fraction
    "taille 1/2 m\nsur 2/3 patients traités",
    # three digits after « le » that are a scale, or dialled
    "EVA le 1 2 3 puis 4 ; appeler le 1 5 2",
    # six digits dialled after « au », and a tumour's stage before a year
    "tumeur T4 2 0 1 6 opérée ; joignable au 461920",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_perturbed_family_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_the_trap_stays_in_clear(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if str(f.label) not in ("AGE",)]
    assert not found, [(text[f.start : f.end], str(f.label)) for f in found]
