"""Families of hospital documents as a data team collects them (issue 8, twenty-second batch), each with
synthetic variants and the traps that must stay in clear:

- a month or a year alone in a fast note: « sept » after « en » before the clause's end, a month after
  « prochaine », a year after an abbreviated diagnosis or after « dernière »;
- the year of birth in a banner's column after the patient's name (« DURAND Paul  1948  lit 3 »);
- a hospital site named alone: more regional sites, after an emergency or a maternity unit and its
  kind without « de », and in a bracket after the year of a history's event;
- the town between two commas after an establishment, the letterhead's next item after it;
- a city abroad as a trip's destination;
- a laboratory network's brand after its type word, and « Bio » then the region it covers;
- the sending and receiving facilities of an HL7 message, and the assigning authority of an identifier;
- a stay number of a capital and groups of digits between slashes on a label;
- a date printed in boxes with an empty box between its parts, and a form's postcode field scanned with
  look-alikes (« CODE POSTAL : l 4 l O O »);

and the over-masking: a lab's code that mixes cases made a name once re-cased (« PaCO2 »), a side or a
grade closing a clause read as an initial by the model (« genou G. Abdomen souple »), triage scales,
a cardiac arrest's timeline and procedures' acronyms that spell a surname (« FRENCH », « low flow »,
« TAPP », « L'ETT »), the hospital's unit after its letterhead (« — USIC »), a relation word's name read
across its field's value onto the next line's label (« épouse, 02 … ⏎Bilan : »), and a label of
several words joined to the name before it (« Prénom : Hugo   Date de naissance : »).
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
    "marked",
    [
        # a month or a year alone in a fast note
        "Échographie cardiaque faite en <DATE>sept</DATE> : normale.",
        "Dernier bilan lipidique en <DATE>sept</DATE>, à refaire.",
        "Perfusion de fer le <DATE>12/09</DATE>, prochaine <DATE>janvier</DATE>.",
        "Injection trimestrielle : prochaine <DATE>mars</DATE> au cabinet.",
        "Polyarthrite rhumatoïde dgc <DATE>2011</DATE>, sous méthotrexate.",
        "Diabète de type 1 diag <DATE>1999</DATE>, pompe depuis <DATE>2015</DATE>.",
        "Frottis à prévoir (dernière <DATE>2020</DATE>).",
        # the year of birth in a banner's column after the name
        "GAUTIER Roland  <DATE>1948</DATE>  lit 3   prélèvement veineux",
        "Résultats\nLEBRUN Odile\t<DATE>1973</DATE>\tUF 4402",
        # a hospital site named alone
        "Opérée à <ETABLISSEMENT>Robert-Bisson</ETABLISSEMENT> pour une prothèse de hanche.",
        "Urgences pédiatriques <ETABLISSEMENT>Clocheville</ETABLISSEMENT> — fiche de liaison",
        "SAU adultes <ETABLISSEMENT>Trousseau</ETABLISSEMENT> : passage la nuit dernière.",
        "Maternité de <ETABLISSEMENT>Port-Royal</ETABLISSEMENT>, accouchement sans particularité.",
        "Maladie de Crohn diagnostiquée en <DATE>2016</DATE> (<ETABLISSEMENT>Bretonneau</ETABLISSEMENT>).",
        "PTH droite <DATE>03/2021</DATE> (<ETABLISSEMENT>Cochin</ETABLISSEMENT>), suites simples.",
        # the town between two commas after an establishment
        "Compte rendu — CHU Dupuytren, <VILLE>Limoges</VILLE>, Pneumologie",
        "Hôpital Nord, <VILLE>Amiens</VILLE>, service de rhumatologie",
        # a city abroad as a trip's destination
        "Destination : <VILLE>Bamako</VILLE> (Mali), départ le <DATE>3 janvier</DATE>",
        # a laboratory's brand after its type word, « Bio » and its region
        "Biopsie adressée au <ETABLISSEMENT>laboratoire Cerba</ETABLISSEMENT> pour relecture.",
        "<ETABLISSEMENT>Laboratoire Bio Ouest</ETABLISSEMENT> — site de <VILLE>Vannes</VILLE>",
        # an HL7 message's facilities and an identifier's assigning authority
        "MSH|^~\\&|GAM|<ETABLISSEMENT>CHUDIJON</ETABLISSEMENT>|RIS|<ETABLISSEMENT>CHUDIJON</ETABLISSEMENT>"
        "|<DATE>20260301</DATE>0815||ADT^A01|M0001|P|2.5\n"
        "PID|1||<IPP>700123456</IPP>^^^<ETABLISSEMENT>CHUDIJON</ETABLISSEMENT>^PI||<NOM>ROBIN</NOM>^<NOM>ANNE</NOM>",
        # a slashed stay number on a label
        "<NOM>GIRARD</NOM> <PRENOM>Paul</PRENOM>\n0041187652   <NDA>H25/07/3318</NDA>\nEntrée <DATE>02.03.25</DATE>",
        # a date in boxes with an empty box between its parts
        "Date de naissance : |<DATE>2|1| |1|1| |1|9|6|4</DATE>|",
        "Entrée : |<DATE>0|2| |1|2| |2|0|2|6</DATE>|   Sortie : |<DATE>0|5| |1|2| |2|0|2|6</DATE>|",
        # a form's postcode field scanned with look-alikes, spaced one a box or not
        "CODE POSTAL : <CODE_POSTAL>l 8 O O O</CODE_POSTAL>   COMMUNE : <VILLE>BOURGES</VILLE>",
        "Code postal : <CODE_POSTAL>5 l lOO</CODE_POSTAL>, ville : <VILLE>Angers</VILLE>",
    ],
)
def test_the_identifier_is_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, _label in spans:
        # (the probe counts a span masked when all its letters and digits are, whatever the label)
        assert any(f.start <= start and end <= f.end for f in found) or all(
            any(f.start <= k < f.end for f in found) for k in range(start, end) if text[k].isalnum()
        ), (text[start:end], _found(text))


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Amélioration en sept jours sous antibiotiques.", "sept"),
        ("Découpé en sept fragments.", "sept"),
        ("La prochaine fois, venir à jeun.", "prochaine fois"),
        ("Dernière dose de 2000 mg ce matin.", "2000"),
        ("CHU Nord  2019  rapport d'activité", "2019"),
        ("Signe de Trousseau (2019) positif.", "Trousseau"),
        ("Destination : domicile avec aide.", "domicile"),
        ("Laboratoire Bio, comprimés pelliculés", "Bio"),
        ("MSH|^~\\&|DXCARE|HOP|LABO|CHU|20250314093012||ADT^A01|MSG1|P|2.5", "LABO"),
        ("TA 120/80, G2P1, J26/11/2026 au matin", "120/80"),
        ("Requérant : fils, 06 12 34 56 78\nBilan : chute de sa hauteur", "Bilan"),
        ("Née : 03/04/1950\nEntrée : 02/12/2026", "Entrée"),
        # over-masking: a lab's code mixing cases in a line re-cased, a side closing a clause before the
        # next sentence, a triage scale, a cardiac arrest's timeline, an exam after its elided article, a
        # procedure's acronym, the hospital's unit after its letterhead, a label of several words
        ("gazométrie : PaCO2 à 52 mmHg, SpO2 91 %", "PaCO2"),
        ("Examen : GCS 15, plaie du coude G. Abdomen souple. ECG normal.", "G. Abdomen"),
        ("CCMU : 3, FRENCH : tri 3", "FRENCH"),
        ("ACR récupéré, no flow 2 min, low flow 25 min.", "low flow"),
        ("Dyspnée d'effort. L'ETT montre une FEVG à 35 %.", "L'ETT"),
        ("Cure de hernie par TAPP sous anesthésie générale.", "TAPP"),
        ("CHU de Poitiers — USIC", "USIC"),
        ("Nom : LEROUX   Prénom : Hugo   Date de naissance : 04/05/1977", "Date de"),
        ("Prénom : Hugo   Date d'entrée : 04/05/2026", "Date"),
        ("Posologie : CP : l O O mg", "l O O"),
    ],
)
def test_the_words_stay_readable(text: str, visible: str) -> None:
    at = text.index(visible)
    end = at + len(visible)
    assert not any(f.start < end and at < f.end for f in engine().detect(text)), _found(text)
