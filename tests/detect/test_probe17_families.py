"""Families of the seventeenth held-out batch's first half (issue 8), each with invented text: dates
(an exam « de » its year, a day before its month OCR'd, a night written with an arrow, a note's heading
« Cs rhumato 4/12 »), places (a letter's dateline without « le », the commune of a death, a postcode
closing a street line without its town, an OCR'd postcode alone on its line before its town, an
arrondissement after its city in lower case), a reference number with letter groups after « n° », a
Vietnamese surname of two accented letters after a first name, and words that are no names (a word after « 12 mm. »
opens a sentence, a score's acronym before « classe », a list of tests after its label, a form's
next label). Traps: a fraction after a heading, a score with an arrow, a count after a town, a dose
after a street, a country's code closing an HL7 address."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.label.value, text[f.start : f.end]) for f in ENGINE.detect(text)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Comparaison avec l'échographie de 2021 : stable.", "2021"),
        ("COMPTE RENDU du 2O octobre 2O25\nPatient : X", "2O octobre 2O25"),
        ("courrier du l4 mars 2025", "l4 mars 2025"),
        ("Transmissions nuit 7→8/01 — UHCD", "7"),
        ("Transmissions nuit 7→8/01 — UHCD", "8/01"),
        ("Cs pneumo 6/02 Dr Ferrand", "6/02"),
        ("Ordonnance\nAngers, 14 février 2026\nM. X", "Angers"),
        ("Commune de décès : Lons-le-Saunier\nDate : 01/02/2026", "Lons-le-Saunier"),
        ("Adresse : 9 rue Gambetta 72000. Carte vitale de la mère.", "72000"),
        ("Retour au domicile : l2 rue des Forges ,\nO7100\nANNONAY\navec IDE", "O7100"),
        ("Retour au domicile : l2 rue des Forges ,\nO7100\nANNONAY\navec IDE", "ANNONAY"),
        ("Examen : IRM lombaire — acc. n° CHVX-IRM-2512-0087\nPatient", "CHVX-IRM-2512-0087"),
        ("Compte rendu validé.\nDr Minh Vũ — minh.vu@chu-exemple.fr", "Vũ"),
        ("hébergé chez son frère rue des cordonniers lyon 7.", "lyon 7"),
    ],
)
def test_the_identifier_is_masked(text: str, part: str) -> None:
    assert ENGINE.masks(text, part), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canal lombaire de 11 mm. Arthrose interapophysaire L4-L5 modérée.",
        "Score de Wells à 4, PESI classe III. Anticoagulation débutée.",
        "Épreuves : ELO, BALE, Alouette (âge lexique 7 ans), NEPSY-II.",
        "Revue en consult 3/4 des cas à 6 mois.",
        "score 3->4/5 amélioré",
        "Signature du patient :          Signature du médecin :",
    ],
)
def test_nothing_is_found(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Lens, 12 patients inclus", "VILLE"),
        ("12 rue des Lilas, dose 10000.", "CODE_POSTAL"),
        ("PID|1||12345^^^HOP^PI||X^Y||19900101|F|||3 RUE HAUTE^^NANTES^^44000^FRA", "VILLE"),
    ],
)
def test_no_place_is_found(text: str, label: str) -> None:
    assert [v for lab, v in _found(text) if lab == label] == []
