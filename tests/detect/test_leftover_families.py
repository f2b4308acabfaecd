"""The families the last probe sessions left behind (issue 8), each with synthetic variants and traps:

- a town after a trip's « pour » that is also a word or a name, when capitalised and large (« billet de
  train pour Quimper »);
- a commune typed in lower case after the strong cues that make a capitalised one a place (« habite
  montluçon », « CH de montluçon », « Domicile : montluçon »);
- a street named after two people, « et » between them (« rue Pierre et Marie Curie »);
- the older names of the SMR written out in lower case (« centre de soins de suite de Pen-Bron »), and the
  commune in brackets after an establishment, which is its town (« (La Turballe) »);
- a lieu-dit or a house's name between a person's name and the commune (« Couderc Albert, La Grange
  Haute, Cardaillac »);
- a month alone in a schedule or a date's field (« Planning de février », « Date d'entrée : février »);
  a day and month after « ce jour » and before an elided word (« Vu ce jour l2/O3 l'enfant »: « l' »
  is no litre);
- a surname and a first name glued in capitals in a record (« ROBINCELINE-04021985-… »);

and the over-masking: a profession after a field's label (« Préleveur : IDE »), the clipped names of
bedside measures (« glyc 2,1 »), a Portuguese, Spanish or Italian noun that opens a sentence (« Carta da filha »).
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
        # a town after a trip's « pour »
        "Il a pris un billet de train pour <VILLE>Quimper</VILLE> demain.",
        "Taxi réservé pour <VILLE>Vichy</VILLE> à 9 h.",
        "Billet d'avion pour <VILLE>Nice</VILLE> acheté par sa fille.",
        # a commune in lower case after a strong cue
        "Il habite <VILLE>montluçon</VILLE> depuis 2010.",
        "Domicile : <VILLE>montluçon</VILLE>",
        "Transfert au CH de <VILLE>montluçon</VILLE> demain.",
        "Adressé par le Dr <NOM>Martin</NOM> de <VILLE>montluçon</VILLE> pour avis.",
        # a street named after two people
        "Domicile : <ADRESSE>12 rue Pierre et Marie Curie</ADRESSE>, <CODE_POSTAL>75005</CODE_POSTAL> <VILLE>Paris</VILLE>",
        "Vit au <ADRESSE>3 avenue Émile et Isaac Pereire</ADRESSE>, <CODE_POSTAL>75017</CODE_POSTAL> <VILLE>Paris</VILLE>",
        "Adresse : <ADRESSE>8 rue Sacco et Vanzetti</ADRESSE>, <CODE_POSTAL>69100</CODE_POSTAL> <VILLE>Villeurbanne</VILLE>",
        # the SMR's older names, and the commune in brackets after an establishment
        "Post-cure au <ETABLISSEMENT>centre de soins de suite de Pen-Bron</ETABLISSEMENT> (<VILLE>La Turballe</VILLE>).",
        "Admise au <ETABLISSEMENT>centre de soins de suite et de réadaptation Les Tilleuls</ETABLISSEMENT> pour 3 semaines.",
        "Sortie vers la <ETABLISSEMENT>maison de soins de suite de Kerampuil</ETABLISSEMENT>.",
        "Séjour au <ETABLISSEMENT>centre de rééducation de Kerpape</ETABLISSEMENT> (<VILLE>Ploemeur</VILLE>) en <DATE>mars</DATE>.",
        # a lieu-dit between a person's name and the commune
        "Patient : <NOM>Couderc Albert</NOM>, <ADRESSE>La Grange Haute</ADRESSE>, <VILLE>Cardaillac</VILLE> → consultation.",
        "Mme <NOM>Roux Paulette</NOM>, <ADRESSE>Les Hauts Champs</ADRESSE>, <VILLE>Ussel</VILLE>.",
        "M. <NOM>Petit</NOM>, <ADRESSE>Le Moulin de la Côte</ADRESSE>, <VILLE>Figeac</VILLE>.",
        # a month alone in a schedule or a date's field
        "Planning de <DATE>février</DATE> — équipe de nuit.",
        "Date d'entrée : <DATE>février</DATE>",
        "Tableau de garde de <DATE>mars</DATE> : à compléter.",
        "Mois : <DATE>avril</DATE> | Service : cardiologie",
        # a day and month after « ce jour », before an elided word
        "Vu ce jour <DATE>l2/O3</DATE> l'enfant, 8 ans, avec sa mère.",
        "Vu ce jour <DATE>12/03</DATE> l'enfant, 8 ans, avec sa mère.",
        "Revu le <DATE>14/05</DATE> s'est plaint de céphalées.",
        # a surname and a first name glued in capitals
        "<NOM>ROBINCELINE</NOM>-04021985-40088761-URG-20250305",
        "Fichier <NOM>DUPONTMARIE</NOM>_12031950.pdf reçu.",
        "Patient <NOM>DUPONTMARIE</NOM> né le <DATE_NAISSANCE>12/03/1950</DATE_NAISSANCE>",
        # a profession then the name after a field's label: the name only
        "Préleveur : IDE <NOM>Léa</NOM>",
        "Aide : AS <NOM>Martine DURAND</NOM>",
        # a home-care service's brand
        "Note IDE — HAD <ETABLISSEMENT>Santé Service</ETABLISSEMENT> — visite à domicile.",
    ],
)
def test_the_identifier_is_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = engine().detect(text)
    for start, end, label in spans:
        assert any(f.label == label and f.start <= start and end <= f.end for f in found), (
            text[start:end],
            _found(text),
        )


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Transport pour bilan demain.", "bilan"),
        ("Vit au 3 rue Pasteur et Mme Roux passe le voir.", "et Mme"),
        ("Habite 5 rue Victor Hugo et travaille à la poste.", "et travaille"),
        ("Orientation en centre de soins de suite à discuter.", "centre de soins de suite"),
        ("Dr Lenoir, La Roche-sur-Yon, le 3 mars.", "Dr"),
        # (« La date de mai est retenue »: no field, but a noun and « de » before the month: dated by the
        # event-of rule, see tests/detect/recognisers/dates/test_probe14_date_families.py)
        ("La date: mai ou juin, est retenue.", "mai"),
        ("Planning de soins du jour.", "Planning"),
        ("TA l3/8 ; poids 7l kg.", "l3/8"),
        ("PARACETAMOL-500 mg, HEMOGLOBINE-12, CARDIOLOGIE-12.", "PARACETAMOL"),
        ("Tube EDTA — Préleveur : IDE   Lot : 77B   Tri : A", "IDE"),
        ("Opérateur : IBODE", "IBODE"),
        ("pt ch 8 : glyc 2,1 à 22h, resucré, recontrôle 1,4.", "glyc"),
        ("mr petit ch 4 : dextro 0,6 resucré, créat 145, plaq 92.", "dextro"),
        ("Glyc 2,1 à 22h.", "Glyc"),
        ('Carta da filha (português do Brasil): "Oi doutora"', "Carta"),
        ("Lettera della figlia ricevuta ieri.", "Lettera"),
        ("Address: 14 Glenville Road, Ballincollig, Co. Cork. Kind regards", "Co. Cork"),
    ],
)
def test_the_words_stay_readable(text: str, visible: str) -> None:
    at = text.index(visible)
    end = at + len(visible)
    assert not any(f.start < end and at < f.end for f in engine().detect(text)), _found(text)
