"""Families of a clinical data warehouse's extracts (issue 8, the eighteenth held-out batch's first half),
each with invented variants and the look-alikes that must stay in clear:

- a commune written with the article its listed name lacks, after a postcode (« 29730 Le Guilvinec »);
- the address line of an overseas or rural dwelling led by its kind in lower case (« quartier Morne
  Rouge, 97232 … »), and a place's name as a residence label's value before the commune alone
  (« Domicile : Habitation Périnelle, Saint-Pierre »);
- a postcode after its commune and a form's dash (« Saint-Pierre — 97250 »);
- a letter's dateline without its comma (« Limoges le 2/12/2026 ») or in the right column of a page
  whose columns the extraction merged; a letterhead's town alone in its column;
- establishments: a laboratory by its older acronym (« LABM des Alpes du Sud »), a pharmacy and a
  practice named by their speciality (« Pharmacie Centrale de Guebwiller », « Cabinet d'échographie
  Mistral »), an adjective before the type (« Nouvel Hôpital Civil »); an establishment's name stops
  at the gap between two merged columns, at the next line's title, and at a dash before a unit or a
  name in capitals.
- names and dates: a word a PDF cut with a hyphen at a line's end, an OCR'd day before a month, a
  printed form's « Nom X Prénom Y », a participle that is a form's label, a surname with a foreign
  diacritic, a surname's initial without its dot, a footer's surname with its initial;
- traps: an acronym told by its place (after « l' », before a comparison, in a list after another),
  a two-word eponym (« Ann Arbor »), a guideline's year in brackets, a requesting unit after its label;
  the digits of a file's name before its type.
"""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_detects

_DETECTOR = Detector()


def _check(marked: str) -> None:
    assert_detects(_DETECTOR, marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a commune with the article its listed name lacks
        "Retour à domicile, <ADRESSE>14 rue Men Du</ADRESSE>, <CODE_POSTAL>29730</CODE_POSTAL> <VILLE>Le Guilvinec</VILLE>.",
        "Adresse : <ADRESSE>4 rue des Mouettes</ADRESSE>, <CODE_POSTAL>29730</CODE_POSTAL> <VILLE>LE GUILVINEC</VILLE>",
        # a dwelling's kind in lower case, then its name, before the postcode
        "À l'attention de Mme <NOM>Paule ZOZIME</NOM>, <ADRESSE>quartier Bois Carré</ADRESSE>, "
        "<CODE_POSTAL>97232</CODE_POSTAL> <VILLE>Le Lamentin</VILLE>",
        "M. <NOM>Tanguy</NOM>, <ADRESSE>hameau de Kerlosquet</ADRESSE>, <CODE_POSTAL>29000</CODE_POSTAL> <VILLE>Quimper</VILLE>",
        # a residence's label, a place's name, the commune without its postcode
        "Domicile : <ADRESSE>Habitation Bellefontaine</ADRESSE>, <VILLE>Saint-Pierre</VILLE>\nObstacle : non",
        "Adresse : <ADRESSE>Les Hauts de Kerbiriou</ADRESSE>, <VILLE>Vannes</VILLE>.",
        # a postcode after its commune and a dash
        "Commune de décès : <VILLE>Saint-Pierre</VILLE> — <CODE_POSTAL>97250</CODE_POSTAL>\nDate : inconnue",
        "Commune : <VILLE>Vannes</VILLE> - <CODE_POSTAL>56000</CODE_POSTAL>",
        # a dateline without its comma, in the right column, a town alone in its column
        "<VILLE>Limoges</VILLE> le <DATE>4/12/2026</DATE>",
        "<VILLE>Vannes</VILLE> le <DATE>12 mars 2026</DATE>",
        "<ETABLISSEMENT>CENTRE HOSPITALIER DE CORNOUAILLE</ETABLISSEMENT>                    <VILLE>Quimper</VILLE>, le <DATE>18 mars 2025</DATE>",
        "<VILLE>Compiègne</VILLE>           Destinataire : Dr <NOM>Vasseur</NOM>",
        # laboratories, pharmacies, practices
        "<ETABLISSEMENT>LABM DES COTEAUX DU NORD</ETABLISSEMENT>   <TELEPHONE>04 92 51 08 33</TELEPHONE>",
        "<ETABLISSEMENT>Pharmacie Centrale de Thann</ETABLISSEMENT> — <ADRESSE>6 rue du Moulin</ADRESSE> — "
        "<CODE_POSTAL>68800</CODE_POSTAL> <VILLE>Thann</VILLE>",
        "Échographie du 2e trimestre — <ETABLISSEMENT>Cabinet d'échographie Sirocco</ETABLISSEMENT>, <VILLE>Toulon</VILLE>",
        "<ETABLISSEMENT>PHARMACIE DU BEFFROI</ETABLISSEMENT> — délivrance",
        "<ETABLISSEMENT>Hôpitaux Universitaires de Strasbourg</ETABLISSEMENT>       "
        "<ETABLISSEMENT>Nouvel Hôpital Civil</ETABLISSEMENT>\n<ADRESSE>1 place de l'Hôpital</ADRESSE>",
        # where an establishment's name stops
        "<ETABLISSEMENT>CHU de Nantes</ETABLISSEMENT> – Service de Pneumologie\nCompte rendu de consultation",
        "<ETABLISSEMENT>HÔPITAL FOCH</ETABLISSEMENT> — SERVICE D'IMAGERIE\nANGIO-SCANNER DES ARTÈRES PULMONAIRES",
        "<ETABLISSEMENT>AP-HM</ETABLISSEMENT> – <ETABLISSEMENT>Hôpital Nord</ETABLISSEMENT> – "
        "<NOM>KARACA Emre</NOM> – NDA <NDA>1326094417</NDA> – Page 1/1",
        "<ETABLISSEMENT>CENTRE HOSPITALIER DE COMPIÈGNE-NOYON</ETABLISSEMENT>                    Courrier de sortie",
    ],
)
def test_warehouse_places(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # generic mentions stay in clear
        "appel à la pharmacie de garde",
        "Validé par la Pharmacie Centrale",
        "Pharmacie Clinique et Stérilisation : avis",
        "Vue le <DATE>3 mars</DATE> par le médecin",
        "Service     Nom",
    ],
)
def test_warehouse_look_alikes(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a home-care service's brand on its own line, after its kind written out and a dash
        "HOSPITALISATION À DOMICILE — <ETABLISSEMENT>HAD Santé Relais Domicile</ETABLISSEMENT>\n"
        "Synthèse de fin de prise en charge",
        # a printed form's labels without their colons
        "désigne : Nom <NOM>PASQUET</NOM> Prénom <NOM>Claire</NOM>\nAdresse : inconnue",
        "Nom;Prénom;Tel;RDV\n<NOM>Boucher</NOM>;<NOM>Alain</NOM>;<TELEPHONE>0612345670</TELEPHONE>;<DATE>02/12/2026</DATE>",
        # a form's participle is no speaker
        "Personne examinée : <NOM>BELKACEM Sofiane</NOM>, né le <DATE_NAISSANCE>02 janvier 2001</DATE_NAISSANCE>\n"
        "Domicile déclaré : <ADRESSE>3 rue Lakanal</ADRESSE>",
        # a surname as written with its foreign diacritic, an initial without its dot after a surname
        "Dr <NOM>Minh Lê</NOM> - Médecin généraliste",
        "Prescr. : Dr <NOM>Eyrolles P</NOM>, <VILLE>Embrun</VILLE>",
        # a footer's surname found elsewhere, with its initial
        "Madame <NOM>Louise VAN DER MEER</NOM>, 44 ans.\nInstitut · p. 1/1       <NOM>VAN DER MEER L</NOM>. · p. 1/1",
        # an OCR'd day before a month's name
        "né le <DATE_NAISSANCE>O2 janvier 2OO1</DATE_NAISSANCE> à <VILLE>Oujda</VILLE>",
        # a word cut with a hyphen at a line's end
        "termine sa chimiothérapie le <DATE>10 décem-\nbre</DATE>. Chirurgie prévue",
        "adressé par le Dr <NOM>Ca-\nrassou</NOM> pour un nodule",
        "résidant <ADRESSE>Avenue Louise 12</ADRESSE>, <CODE_POSTAL>1050</CODE_POSTAL> <VILLE>Ixel-\nles</VILLE> (Belgique)",
    ],
)
def test_warehouse_names_and_dates(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # compounds cut at their own hyphen, words that are no month
        "un porte-\nmonnaie",
        "traitement anti-\ninflammatoire",
        # a form's labels are no names
        "Nom Prénom Date de naissance Sexe",
        "<NOM>Lemarquis</NOM> déclare que tout va bien",
    ],
)
def test_warehouse_names_look_alikes(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # acronyms told by their place: after the elided article, before a comparison, in a list after one
        "Les recommandations ont été discutées au congrès de l'ESCMID.",
        "Critères : maladie active (SCAI entre 220 et 450) ; rémission (SCAI < 150) à la semaine 12.",
        "6 à 8 cycles selon le score IPI (Ann Arbor, LDH, EKOG).",
        # a guideline's year in brackets
        "Les dernières recommandations de la SFPIX (2024) sur les infections urinaires.",
        # the unit that requests an exam is no name
        "EXAMEN DU <DATE>03/12/2026</DATE> — DEMANDEUR : URGENCES, DR <NOM>ABITBOUL</NOM>",
    ],
)
def test_warehouse_traps(marked: str) -> None:
    _check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # what stays found
        "ATCD : appendicectomie (<DATE>2015</DATE>)",
        "Film de <NOM>J. Epstein</NOM>.",
        # a number in a file's name, its type apart
        "<NOM>BRIAND Yves</NOM> – CR_<IPP>44009172</IPP>_<IDENTIFIANT>20261202</IDENTIFIANT>.pdf     Page 1 / 2",
    ],
)
def test_warehouse_traps_keep(marked: str) -> None:
    _check(marked)
