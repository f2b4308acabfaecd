"""Families of the twenty-third held-out batch's second half (issue 8), each with invented text:
street lines abroad whose type stands apart, abbreviated (« Kölner Str. 12 ») or typed in lower case
(« via Garibaldi 22 » before its postcode and town), and a form's initials after a bracket that says
their order without a colon (« Patiente : initiales (nom, prénom) K. L. »), an establishment's
acronym after a long dash before its town in brackets (« — CHUV (Lausanne) ») or before the arrow of a
transfer to a hospital (« EPSMA → CHU »), a word in capitals a scan opened with « l » for « I »
(« Dr Anne lTURRALDE », « CENTRE D'lMAGERIE »), a dialysis centre named by its speciality and
its place (« Centre de néphrologie de Vienne »), a city abroad where the patient's care was followed
(« suivie à Kyiv »), a German care centre named by its compound type and its place (« Dialysezentrum
Bonn-Beuel », « Klinikum Großhadern »), a taxi firm named before its booking (« taxis Etxeberri réservé 10h »). Traps: « via » as a French word, an instruction to write
initials, an examination or a disease's acronym in the same places."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_touched, parse_inline

DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        "Adresse : <ADRESSE>Düsseldorfer Str. 41</ADRESSE>, <CODE_POSTAL>40545</CODE_POSTAL> "
        "<VILLE>Düsseldorf</VILLE>, Allemagne",
        "Le fils vit <ADRESSE>Hamburger Str. 7</ADRESSE>, <CODE_POSTAL>01067</CODE_POSTAL> <VILLE>Dresden</VILLE>.",
        "La fille habite <ADRESSE>via Garibaldi 22</ADRESSE>, <CODE_POSTAL>20121</CODE_POSTAL> "
        "<VILLE>Milano</VILLE> (Italie).",
        "domicilié <ADRESSE>corso Francia 310</ADRESSE>, <CODE_POSTAL>10146</CODE_POSTAL> <VILLE>Torino</VILLE>",
        "Patiente : initiales (nom, prénom) <NOM>K. L.</NOM>, 40 ans, 58 kg",
        "Patient : initiales (nom puis prénom) <NOM>T. B.</NOM>, sexe M",
        "Courrier de sortie — <ETABLISSEMENT>CHUV</ETABLISSEMENT> (<VILLE>Lausanne</VILLE>) → CH de Thonon",
        "Maternité : CHU Nord — <ETABLISSEMENT>MFRE</ETABLISSEMENT> (<VILLE>Saint-Denis</VILLE>)",
        "Fiche de transfert : <ETABLISSEMENT>EPSMA</ETABLISSEMENT> → CHU d'Amiens le 3 mars",
        "mutation <ETABLISSEMENT>CPNLF</ETABLISSEMENT> -> Hôpital de Laxou",
        "Dr Anne <NOM>lTURRALDE</NOM> — Médecin traitant",
        "Home unit: <ETABLISSEMENT>DRK Dialysezentrum Bonn-Beuel</ETABLISSEMENT>, Tel. +49 228 0000",
        "opérée au <ETABLISSEMENT>Klinikum Großhadern</ETABLISSEMENT> en 2019",
        "cure en <ETABLISSEMENT>Rehaklinik Bad Kissingen</ETABLISSEMENT> l'été dernier",
        "sortie demain, <ETABLISSEMENT>taxis Etxeberri</ETABLISSEMENT> réservé 10h",
        "<ETABLISSEMENT>Taxi Morvan</ETABLISSEMENT> commandé pour 14h.",
        "Grossesse suivie à <VILLE>Kyiv</VILLE> jusqu'à 20 SA, puis en France.",
        "Suivi antérieur à <VILLE>Kharkiv</VILLE> (documents traduits).",
        "Dialyse 3 fois par semaine au <ETABLISSEMENT>Centre de néphrologie de Vienne</ETABLISSEMENT>.",
        "séances au <ETABLISSEMENT>centre de néphrologie du Lamentin</ETABLISSEMENT> depuis mars",
        "FAX de : <ETABLISSEMENT>CENTRE D'lMAGERIE DES ALPES</ETABLISSEMENT> — 04 76 25 00 41",
    ],
)
def test_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_touched(DETECTOR.detect(text), marked)


@pytest.mark.parametrize(
    "text",
    [
        "Transfert via le SAMU 3 fois dans la semaine.",
        "Retour via Lyon 2 jours plus tard.",
        "Noter les initiales (nom, prénom) A. B. en bas de page.",
    ],
)
def test_not_found(text: str) -> None:
    assert DETECTOR.detect(text) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bilan — IRM (Lyon) le lendemain.", "IRM"),
        ("Antécédents — HTA (Paris), diabète.", "HTA"),
        ("HTA → CH pour bilan.", "HTA"),
        ("SAMU -> CHU direct.", "SAMU"),
        ("Dosage lDL 1,2 g/l, l'IRM normale, KCl 1 g, lgA basses.", "lDL"),
        ("Prescription : lMPORTANT ne pas écraser.", "lMPORTANT"),
        ("Suivi à 3 mois puis à 6 mois.", "Suivi"),
        ("Retour en taxi Réservé ?", "taxi"),
        ("Adressé au centre de néphrologie pour avis.", "centre de néphrologie"),
    ],
)
def test_acronym_left(text: str, part: str) -> None:
    start = text.index(part)
    end = start + len(part)
    assert not any(f.start < end and start < f.end for f in DETECTOR.detect(text))
