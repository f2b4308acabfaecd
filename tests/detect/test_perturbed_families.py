"""Issue 8, « recall may not fall under any transformation »: the families a hurried note in lower
case, a banner or an export in capitals and a form printing its digits one per box still lost on the
probe, each with the cue a reader uses and its traps (what must stay in clear).

Synthetic sentences only (invented names, numbers and places of the lists).
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

FOUND = [
    # a form's date fields in boxes, no separator: a day and a month, a month and a year, a short date
    "né le <DATE_NAISSANCE>1 1 1 9 4 5</DATE_NAISSANCE> (date incertaine), NIR <NIR>1 5 2 0 6 9 9 3 5 2 1 1</NIR>",
    "Sorties du jour (<DATE>1 4 0 3</DATE>) : ch 208, NIR <NIR>1 5 2 0 6 9 9 3 5 2 1 1</NIR>",
    "Sérologies (<DATE>0 1 2 0 2 5</DATE>) : VHB vacciné, tél <TELEPHONE>0 6 1 2 3 4 5 6 7 8</TELEPHONE>",
    "ordonnance du <DATE>1 2 0 2 2 5</DATE>, tél <TELEPHONE>0 6 1 2 3 4 5 6 7 8</TELEPHONE>",
    # an HL7 message lowered whole: its segments still say what each field is
    "msh|^~\\&|orbis|chu|eai|chu|<DATE>20250314</DATE>101522||adt^a01|msg0004471|p|2.5\n"
    "pid|1||<IPP>0051234987</IPP>||",
    # a title typed against the name, in lower case or in capitals
    "chef de garde : dr<NOM>lemoine</NOM> ; réanimateur de garde : dr <NOM>jourdan</NOM>.",
    "vu mme<NOM>dubois</NOM> mireille pour douleurs ; appelé dr<NOM>hamel</NOM> qui passera.",
    "mmee. <NOM>willmott</NOM>, conseillère, et m. <NOM>rawlings</NOM>",
    # a listed first name after a possessive and a kinship noun, where its clause ends
    "elle est hébergée au domicile de son fils <NOM>denis</NOM> à <VILLE>mirecourt</VILLE>.",
    "décès à 6 h 15, en présence de sa fille <NOM>claire</NOM>. pompes funèbres prévenues.",
    # a first name that is also a word before a listed surname; a word no list knows after a first name
    "<NOM>jules masse</NOM> a été revu par <NOM>anne blanchard</NOM> (kiné).",
    "bonjour, ici <NOM>priya ramasamy</NOM>, patiente du dr <NOM>lemoine</NOM>.",
    # a first name and the initial of the surname, staff of a ward
    "interne : <NOM>baptiste r</NOM>. / externe : <NOM>zoé l</NOM>.",
    # hospitals and centres typed in lower case
    "correspondant : dr <NOM>rey</NOM>, <ETABLISSEMENT>polyclinique du beaujolais</ETABLISSEMENT>, "
    "<ADRESSE>120 rue pierre morel</ADRESSE>",
    "examen réalisé au <ETABLISSEMENT>centre d'imagerie les cèdres</ETABLISSEMENT>.",
    "accueil : <ETABLISSEMENT>centre hospitalier métropole savoie</ETABLISSEMENT>, <VILLE>chambéry</VILLE>",
    "c'est le docteur <NOM>fontaine</NOM> du <ETABLISSEMENT>centre hospitalier de dax</ETABLISSEMENT> "
    "je vous adresse",
    "angiographie de contrôle à faire à <ETABLISSEMENT>bicêtre</ETABLISSEMENT>, selon les délais",
    "transfert smur vers <ETABLISSEMENT>hop tenon</ETABLISSEMENT>, régulateur dr <NOM>kacem</NOM>",
    # a place with no house number, its own clause before a postcode and its commune
    "m. <NOM>girard maurice</NOM>, retraité, <ADRESSE>la bonnetière</ADRESSE>, "
    "<CODE_POSTAL>79200</CODE_POSTAL> <VILLE>parthenay</VILLE>.",
    # four boxes before a time or after « le », outside a form
    "visite IDE\n<DATE>1 2 0 3</DATE> 8h15 glycémie 1,42",
    # a CSV field glued to its comma
    "<NOM>MARCHETTI</NOM>,<NOM>Antoine</NOM>,<DATE>0 3 1 1 1 9 4 4</DATE>,4 <ADRESSE>chemin de Montesoro</ADRESSE>,"
    "<CODE_POSTAL>2 0 6 0 0</CODE_POSTAL>,<VILLE>Bastia</VILLE>,<TELEPHONE>0 4 9 5 3 1 2 2 7 8</TELEPHONE>",
    # a street with no house number, then its commune
    "agressé à la sortie de son travail, <ADRESSE>place du marché</ADRESSE> à <VILLE>montluçon</VILLE>, "
    "le <DATE>samedi 8 mars</DATE>.",
    # a name in capitals that swallowed a hospital or a commune that swallowed a name
    "C'EST LE DOCTEUR <NOM>FONTAINE</NOM> DU <ETABLISSEMENT>CENTRE HOSPITALIER DE DAX</ETABLISSEMENT> JE VOUS "
    "ADRESSE MONSIEUR <NOM>LALANNE</NOM>",
    "ELLE VIT À <VILLE>AUBAGNE</VILLE> ET DE SA FILLE <NOM>NOUR</NOM>, INFIRMIÈRE À "
    "L'<ETABLISSEMENT>HÔPITAL NORD</ETABLISSEMENT>.",
    # a scanned « l » printed « L » in a text in capitals
    "MME <NOM>BAUDRY</NOM>, NÉE LE <DATE_NAISSANCE>L4/O9/L938</DATE_NAISSANCE> VUE CE JOUR À DOMICILE POUR PLAIE",
    "TÉL CABINET <TELEPHONE>O3 85 5L 22 L8</TELEPHONE> POUR TOUTE QUESTION SUR LE TRAITEMENT",
]

TRAPS = [
    # boxes that are no date: a bed's number, a Swiss postcode, an IPP, a year
    "IPP 1 5 0 4 4 8, tél 0 6 1 2 3 4 5 6 7 8",
    "né en 1 9 5 0, tél 0 6 1 2 3 4 5 6 7 8",
    # words that open on a title's letters
    "pose d'un drain thoracique, drainage efficace, prise en charge, mrsa positif, prednisone",
    # kinship nouns and what describes them
    "son fils aîné est venu, sa fille rose de honte.",
    # a clause before a postcode that is no place
    "elle vit seule, 85110 chantonnay depuis",
    # a street with no commune after it, an indefinite one
    "la route est longue. une place de parking à lyon, une rue de la ville",
    # « le », then four boxes that are no day and month
    "score 1 2 3 4 le matin, le 1 2 3 4 5",
    # vertebrae in capitals
    "HERNIE DISCALE L4-L5 ET L5-S1, ARTHRODÈSE L1/L2 SANS COMPLICATION",
    # « et hop »
    "et hop, on recommence le tour est joué",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_perturbed_family_is_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked)


@pytest.mark.parametrize("text", TRAPS)
def test_the_trap_stays_in_clear(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label in ("NOM", "DATE", "ETABLISSEMENT", "ADRESSE")]
    assert not found, [(text[f.start : f.end], str(f.label)) for f in found]
