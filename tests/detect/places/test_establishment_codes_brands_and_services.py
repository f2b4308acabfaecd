"""Establishments on text nobody here wrote (issue 8, the twentieth and twenty-first batches' second
halves), each family with invented text: the facility and assigning-authority fields of an HL7 v2
message read by their number, a hospital group's site after a letterhead's dash, a short name after a
transport list's arrow, a hospital's acronym and the person it is named after in brackets, a hospital's
acronym in mixed case, a unit « du » a hospital's acronym, a dialysis association's brand, a home-care
brand heading its line, a nurses' practice brand, a laboratory network after « laboratoire », the
occupational health services, a town's care structure. Traps: the same words where they name no place."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline

DETECTOR = Detector()


def _masked(text: str, label: str | None = None) -> list[bool]:
    covered = [False] * len(text)
    for f in DETECTOR.detect(text):
        if label is not None and f.label.value != label:
            continue
        for k in range(f.start, f.end):
            covered[k] = True
    return covered


@pytest.mark.parametrize(
    "marked",
    [
        # HL7 v2: the sending and receiving facilities (MSH-4, MSH-6), the assigning authority (PID-3.4),
        # the location's facility (PV1-3.4), whatever the code looks like
        "MSH|^~\\&|ADTSYS|<ETABLISSEMENT>HOPNORD</ETABLISSEMENT>|RIS|<ETABLISSEMENT>CHBX</ETABLISSEMENT>"
        "|20251103091500||ADT^A01|M0042|P|2.5",
        "PID|1||00774411^^^<ETABLISSEMENT>GHSUD</ETABLISSEMENT>^PI||TESTUD^ANNE||19600101|F",
        "PV1|1|I|NEPHRO^12^2^<ETABLISSEMENT>CHVOG</ETABLISSEMENT>|R",
        # a hospital group's site after the letterhead's dash
        "CHU de Nantes — <ETABLISSEMENT>Groupe hospitalier Laënnec</ETABLISSEMENT>\nCompte rendu",
        # a short name after a transport list's arrow
        "9h30 — domicile → <ETABLISSEMENT>Pitié</ETABLISSEMENT> pour IRM (VSL)",
        # a hospital's acronym and its town where a transport goes, whatever else the acronym means
        "Bon de transport assis, destination <ETABLISSEMENT>HTA Morlaix</ETABLISSEMENT> (dialyse).",
        "14h — retour domicile → <ETABLISSEMENT>HSA Avignon</ETABLISSEMENT>, ambulance",
        # an acronym and the person the hospital is named after, in brackets after its written-out name
        "Transfert au CH de Kourou (<ETABLISSEMENT>CHA Louise Michel</ETABLISSEMENT>) le soir",
        # a hospital's acronym in mixed case, and its town
        "Suivi par le Dr Lambotte, <ETABLISSEMENT>CHpeg Namur</ETABLISSEMENT>.",
        # a unit of a hospital named by its acronym after « du »
        "Orientée vers la PASS du <ETABLISSEMENT>GHNEMA</ETABLISSEMENT> pour ses droits.",
        "Avis demandé au service de pneumologie de l'<ETABLISSEMENT>HNVE</ETABLISSEMENT> hier.",
        # a dialysis association's brand after « dialyse »
        "Transport : domicile → dialyse <ETABLISSEMENT>ARTIC</ETABLISSEMENT> — taxi conventionné",
        "trois séances par semaine d'hémodialyse <ETABLISSEMENT>AIDER Montpellier</ETABLISSEMENT> le soir",
        # a home-care brand heading its line, the kind as its first word
        "<ETABLISSEMENT>HAD Santé Domicile</ETABLISSEMENT> — fiche de liaison\nPatient : X",
        # a nurses' practice named by its brand
        "prévenu le <ETABLISSEMENT>cabinet Taravo Soins</ETABLISSEMENT> pour le pansement",
        # a laboratory network after « laboratoire » in lower case
        "résultats envoyés par le <ETABLISSEMENT>laboratoire Cerballiance</ETABLISSEMENT> ce matin",
        # the occupational health services
        "MÉDECINE DU TRAVAIL — <ETABLISSEMENT>SIST 49</ETABLISSEMENT>\nAptitude au poste : oui",
        "Adressé par le service de santé au travail <ETABLISSEMENT>ASTM Haute-Savoie</ETABLISSEMENT>, "
        "pour avis.",
        # a town's care structure
        "Elle est suivie à la <ETABLISSEMENT>maison des adolescents de Grenoble</ETABLISSEMENT> depuis mai.",
    ],
)
def test_the_establishment_is_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    covered = _masked(text, "ETABLISSEMENT")
    for start, end, _ in spans:
        assert all(covered[k] for k in range(start, end) if text[k].isalnum()), text[start:end]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # HL7: the INS's authority, the applications, a generic code
        ("PID|1||1234567^^^LABO^PI~2900175123456^^^ASIP-SANTE-INS-NIR^INS||X^Y", "ASIP-SANTE-INS-NIR"),
        ("MSH|^~\\&|GLIMS|HOPNORD|DXCARE|HOPNORD|20251103||ORU^R01|X1|P|2.5", "GLIMS"),
        ("PID|1||1234567^^^LABO^PI||X^Y", "LABO"),
        # an arrow in a result, not a transport
        ("Glycémie 2,1 → HGT de contrôle à 1,4 g/L", "HGT"),
        # a disease's acronym after an arrow, no town after it
        ("Céphalées → HTA à surveiller", "HTA"),
        # a medical acronym after « dialyse »
        ("Patient en dialyse DPCA depuis 2019, 4 échanges par jour.", "DPCA"),
        ("La dialyse AURA prévue ce matin", "prévue"),
        # words after a unit that name no hospital
        ("Service de cardiologie du CHU, consultation à 10 h.", "CHU"),
        ("Consultation de l'HTA résistante", "HTA"),
        # occupational health without a brand
        ("Visite de santé au travail : RAS, apte.", "RAS"),
        ("Médecine du travail : Dr Martin, apte.", "Dr"),
        # a carer's practice named after a person, a speciality
        ("Le cabinet infirmier de Propriano passe à 8 h.", "cabinet"),
    ],
)
def test_the_word_stays_readable(text: str, part: str) -> None:
    start = text.index(part)
    covered = _masked(text)
    assert not any(covered[start : start + len(part)]), part
