"""Establishments named by a description rather than a proper name (issue 8, probe43–45's families): a
kind, its speciality and its area in either order (« Centre de sénologie du Roussillon », « Cabinet
Montpelliérain d'Anatomopathologie »), a territory and its demonym (« EPSM de l'agglomération
lilloise »), « Pôle Santé » and a point of the compass, a collective practice (« Laboratoires Réunis »);
the plurals and the public between a hospital's kind and its town (« Hôpitaux universitaires de … »,
« Hôpital d'enfants de … »), an OCR'd « 0 » for an « O », an acronym glued by a hyphen to the written-out
name, the deaconesses' hospitals of Alsace, Breton's article inside a clinic's name, a centre named after
a person whose surname is a word too, a clinic typed in lower case after a dashed header or a clipped
speciality, a Flemish hospital by its Dutch initials (read by ``neighbour_hospital``), « SOS Mains » and a town with its article.
Invented establishments throughout. Traps: the
same words where they name no place, a form's section in capitals after a dash."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_covers, parse_inline

_DETECTOR = Detector()

ESTABLISHMENTS = [
    # a kind, a speciality, a link, an area
    "Mammographie au <ETABLISSEMENT>Centre de sénologie du Vivarais</ETABLISSEMENT> le 3 mars.",
    "Envoi en anapath (<ETABLISSEMENT>laboratoire Anatomo-Cyto-Pathologie du Nord</ETABLISSEMENT>).",
    "IRM (<ETABLISSEMENT>imagerie de Laval Beaumanoir</ETABLISSEMENT> le 18/11) : normale",
    "Scanner au <ETABLISSEMENT>Cabinet de Radiologie de Bretagne</ETABLISSEMENT> en urgence.",
    # a kind, a demonym, a speciality
    "Anapath envoyée au <ETABLISSEMENT>Cabinet Rennais d'Anatomopathologie</ETABLISSEMENT>.",
    "Échographie au <ETABLISSEMENT>Centre Nantais d'Imagerie</ETABLISSEMENT> demain.",
    # a hospital's kind, a territory and its demonym or its place
    "CMP adultes – <ETABLISSEMENT>EPSM de l'agglomération rouennaise</ETABLISSEMENT> – Consultation",
    "Transféré au <ETABLISSEMENT>CH du pays de Morlaix</ETABLISSEMENT> pour la suite.",
    # « Pôle Santé » and a point of the compass; a group of practices by a collective adjective
    "<ETABLISSEMENT>Pôle Santé Nord</ETABLISSEMENT> – Consultations de rhumatologie",
    "<ETABLISSEMENT>LABORATOIRES ASSOCIÉS</ETABLISSEMENT> – Rapport d'analyses",
    # plurals and the public between the kind and the town
    "Suivi aux <ETABLISSEMENT>Hôpitaux universitaires de Genève</ETABLISSEMENT> depuis 2020.",
    "[Note IDE — <ETABLISSEMENT>Hôpital d'enfants de Margency</ETABLISSEMENT> — 04/12]",
    "<ETABLISSEMENT>hopitaux civils de Mulhouse</ETABLISSEMENT> - ophtalmologie",
    # an O read as a zero in a scanned letterhead
    "<ETABLISSEMENT>H0PITAUX UNIVERSITAIRES DE NANCY</ETABLISSEMENT>        FICHE D'ADMISSI0N",
    # the acronym glued to the written-out name by a hyphen
    "Dosage – <ETABLISSEMENT>CHU-Hôpitaux de Limoges</ETABLISSEMENT> – Pharmacologie",
    # the deaconesses' hospitals of Alsace
    "<ETABLISSEMENT>Diaconat-Roosevelt</ETABLISSEMENT> · Cardiologie · Salle 2",
    # Breton's article inside a clinic's name
    "Relève – <ETABLISSEMENT>Clinique Ker an Avel</ETABLISSEMENT> (Plouguerneau) – nuit",
    # a centre after a person whose surname is a word too
    "Cure demandée au <ETABLISSEMENT>centre Marcel Portail</ETABLISSEMENT>. Joignable le soir.",
    # a clinic in lower case after a dashed header, after a clipped speciality
    "questionnaire (rempli par le patient)  --  <ETABLISSEMENT>clinique ste agathe</ETABLISSEMENT> lyon",
    "relève – ssr cardio <ETABLISSEMENT>clinique des tilleuls</ETABLISSEMENT> – sam matin",
    # a Flemish hospital by its Dutch initials
    "Réadaptation prévue à l'<ETABLISSEMENT>AZ Sint-Lucas</ETABLISSEMENT> de Gand, à sa demande.",
    "(<ETABLISSEMENT>UZ Brussel</ETABLISSEMENT>) le 4 mai",
    # a hand emergency centre and its town with its article
    "Contrôle de la plaie à J3 à <ETABLISSEMENT>SOS Mains La Rochelle</ETABLISSEMENT>.",
    # « Pôle Santé » and a person's name with its particle; initials before « Santé » in a letterhead, a field
    "Dr Morel – <ETABLISSEMENT>Pôle Santé Blaise Pascal</ETABLISSEMENT>",
    "<ETABLISSEMENT>ARDEN Santé</ETABLISSEMENT> – Centre de dialyse – Bilan mensuel",
    "Centre : <ETABLISSEMENT>ARDEN Santé</ETABLISSEMENT>, unité de Béziers",
    # an imaging practice dictated in lower case
    "échographie réalisée au <ETABLISSEMENT>cabinet de radiologie des ormes</ETABLISSEMENT> pour madame",
    # a home's name in capitals after a dash, its article first
    "<ETABLISSEMENT>EHPAD — LES GLYCINES</ETABLISSEMENT>",
]

NOT_ESTABLISHMENTS = [
    # a speciality and a unit, a body part: no area
    "Bilan d'imagerie du rachis lombaire normal.",
    "Le centre de cardiologie du CHU est fermé.",
    # a hospital's department, no practice
    "Le Pôle Santé Publique recommande la vaccination.",
    # plural and generic
    "Les recommandations dans les hôpitaux de la région parisienne.",
    # the initials of a brand, a range
    "Vaccin AZ reçu en 2021, puis rappel.",
    "Tout est expliqué de A à Z.",
    # an adjective after a clipped speciality, no link after it
    "examen cardio clinique normal",
    # a deacon's office, in lower case
    "Il a exercé le diaconat pendant dix ans.",
    # a public body's heading; a practice without its own name; a mayor's office
    "CPAM Santé\nVotre dossier",
    "rdv au cabinet de radiologie demain matin",
    "il est passé au cabinet du maire hier soir",
    # a form's section in capitals after a dash: no home
    "DEMANDE D'ADMISSION EN EHPAD — VOLET ADMINISTRATIF (Cerfa 14732*03)",
    "HAD — PARTIE MÉDICALE",
]


@pytest.mark.parametrize("marked", ESTABLISHMENTS)
def test_an_establishment_named_by_a_description(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_covers(_DETECTOR.detect(text), marked, labels=["ETABLISSEMENT"])


@pytest.mark.parametrize("text", NOT_ESTABLISHMENTS)
def test_descriptions_that_name_no_establishment(text: str) -> None:
    assert [text[f.start : f.end] for f in _DETECTOR.detect(text) if f.label == "ETABLISSEMENT"] == []
