"""Establishments that probe14 missed, fixed as families (issue #8), each told by where it stands, not by a
list of names: an acronym then « de » and its town after where a patient goes or stays (« au CMCO de
Schiltigheim », « vers l'IRR de Lay-Saint-Christophe »); a hospital-shaped acronym after a speciality
in a correspondent's bracket (« (cardiologue, CHBA) ») or where a patient is moved to (« vers Rangueil
puis HNFC »); an acronym after an establishment's name and a comma at the letterhead's line end
(« Hôpital Saint-Philibert, GHICL »); an acronym that is a word in capitals, after an article and before
its site in brackets (« depuis le CHANGE (site d'Annecy) »); a university hospital's site after « au »
(« au Carémeau »); a laboratory network and the region it covers (« LABORATOIRE CERBALLIANCE
Normandie »). Traps: emergency services, insurers, courts, units, diseases and makers of medicines in
the same places."""

from __future__ import annotations

import pytest

from tests.detect.places.support import find_places


def _spans(text: str) -> list[tuple[str, str]]:
    return [(str(f.label), text[f.start : f.end]) for f in find_places(text)]


def _establishments(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_places(text) if str(f.label) == "ETABLISSEMENT"]


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # an acronym, « de » and its town, after where a patient goes or stays
        ("Accouchement prévu au CMCO de Schiltigheim.", "CMCO"),
        ("Sortie vers l'IRR de Lay-Saint-Christophe le 24/11/2026.", "IRR"),
        ("Arrivée depuis le CRF de Berck hier soir.", "CRF"),
        ("Elle est suivie à l'IPC de Marseille.", "IPC"),
        # a hospital-shaped acronym after a speciality in a bracket, or where a patient is moved
        ("Correspondants : Dr Anne Jégo (cardiologue, CHBA), Mme Guéguen (IDEL)", "CHBA"),
        ("Mutation vers Rangueil puis HNFC. Adresse de la patiente", "HNFC"),
        ("Transfert vers le CHAL pour la suite des soins.", "CHAL"),
        # an acronym after an establishment's name and a comma at the letterhead's end
        ("Service de Gastro-entérologie — Hôpital Saint-Philibert, GHICL\n115 rue du Grand But", "GHICL"),
        ("Clinique Sainte-Marie, GHPSO\nService d'orthopédie", "GHPSO"),
        # an acronym that is a word in capitals, before its site in brackets
        ("Patient transféré au CHUV le 25/11/2026 depuis le CHANGE (site d'Annecy).", "CHANGE"),
        # a site of a university hospital after « au »
        ("La biopsie est prévue le 4 décembre à 8 h au Carémeau, niveau 2.", "Carémeau"),
        ("Elle a été admise au Pellegrin pour une fracture.", "Pellegrin"),
        # a laboratory network and its region
        ("LABORATOIRE CERBALLIANCE Normandie — site de Lisieux\nDossier 0087", "CERBALLIANCE Normandie"),
        ("Laboratoire Biogroup Lorraine, prélèvement du 3 mars", "Biogroup Lorraine"),
    ],
)
def test_found(text: str, covered: str) -> None:
    found = _establishments(text)
    assert any(covered in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Appel au SAMU de Paris pour douleur thoracique.",  # an emergency service
        "Il a été convoqué au TJ de Nanterre.",  # a court
        "Dossier transmis à la CPAM de Lyon.",  # an insurer
        "Suivi de l'HTA depuis 2019, puis HBPM.",  # a disease, a drug
        "Laboratoire Servier Normandie",  # a maker of medicines
        "Il y a eu un CHANGE de traitement (site d'injection).",  # a word in capitals, no named site
    ],
)
def test_no_establishment(text: str) -> None:
    assert _establishments(text) == []


def test_a_kind_of_unit_after_an_establishments_name_is_no_group() -> None:
    # « SSR » after the clinic's name and a comma is the unit, not the group's acronym
    assert all("SSR" not in span for span in _establishments("Clinique du Parc, SSR\nSuite des soins"))
