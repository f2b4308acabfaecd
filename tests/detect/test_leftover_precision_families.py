"""Over-masking families left by the thirtieth to thirty-second batches, with invented text: a unit said by
its speciality taken for an establishment; a form's label or the next field's label taken for a name;
words in their common sense (a scale with its value, a holiday after « de », a figure of speech, a
surgeon's technique after « selon », a bed's state in a table, an intensive-care participle); a boxed
product's month of expiry in a named patient's dispensation. And what must stay masked beside them."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a unit by its speciality after the hospital, or before it with the document's kind
        ("Clinique Sainte-Odile – ORL\nIntervention du 2.11.2026", "ORL"),
        ("Hôpital Saint-Gabin – HGE\nEndoscopie du 2.11.2026", "HGE"),
        ("CRO ORL – CHU Valmont Alpes (patient transféré)", "CRO ORL"),
        ("LABORATOIRE DE BIOCHIMIE — Hôpital Saint-Gabin\nPatient : VERNAY Paul", "BIOCHIMIE"),
        ("SERVICE D'HÉMATOLOGIE — Hôpital Saint-Gabin\nPatient : VERNAY Paul", "HÉMATOLOGIE"),
        # a form's label after the heading's colon, the next field's label after a filled field
        ("Résident : Nom [LOZACH]  Prénom [Annick]", "Nom"),
        ("IPP destinataire : 44019922\nPièces : CRH du 21/10/2026, imagerie.", "Pièces"),
        ("N° dossier : 55-20191\nAnnexes : ordonnance, bilan.", "Annexes"),
        # a scale with its value, a holiday's thing, a figure of speech, a technique after « selon »
        ("Score de Norton 12, Braden 14 : matelas à air.", "Braden"),
        ("Sédation : Ramsay 3, EVA 2.", "Ramsay"),
        ("Réunion d'équipe : planning de Noël et des gardes.", "Noël"),
        ("Il dit que ce fut « une vraie Bérézina » au travail.", "Bérézina"),
        ("Hystérectomie totale selon Te Linde, annexectomie bilatérale.", "Linde"),
        # a bed's state in the name's column of a ward's table
        ("Lit | Nom | Âge\n1 | Perrichon | 80\n2 | libre\n3 | FERMÉ", "libre"),
        ("Lit | Nom | Âge\n1 | Perrichon | 80\n2 | libre\n3 | FERMÉ", "FERMÉ"),
        # an intensive-care participle in a lower-case note
        ("lit 4 mr gaudin paul 70a : intubé, PAM 70 sous NAD.", "intubé"),
        ("lit 2 mme roux 81a : extubée ce matin, VNI.", "extubée"),
        # a box's month of expiry dispensed to a named patient
        ("Patient : Lamarque Jean\nDélivré le 01/12/26 : Descovy 1 bte — Lot 7KT10 — exp 09/2028", "09/2028"),
    ],
)
def test_kept_readable(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the establishment beside the unit, its own name, a laboratory named by its brand
        ("Clinique Sainte-Odile – ORL\nIntervention du 2.11.2026", "Clinique Sainte-Odile"),
        ("Laboratoire Cerballiance – Hôpital Nord", "Laboratoire Cerballiance"),
        # the name in the form's box, the name after « Nom » without brackets
        ("Résident : Nom [LOZACH]  Prénom [Annick]", "LOZACH"),
        ("Patient : Nom DUPONTEL", "DUPONTEL"),
        # a title makes a person of the word, a holiday dates the story after « depuis », a colleague
        ("Mme Noël Dupont vue ce jour.", "Noël"),
        ("Dr Braden, 12 rue des Lilas.", "Braden"),
        ("désorientée depuis la Toussaint.", "Toussaint"),
        ("transmis à Noël pour la nuit.", "Noël"),
        # a preparation made for the named patient dates its expiry
        ("Mme Durand Paule — AMOXICILLINE 1 g — Lot 24K1 — Exp. 11/2026 — Préparé le 14/03/2025", "11/2026"),
    ],
)
def test_still_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)
