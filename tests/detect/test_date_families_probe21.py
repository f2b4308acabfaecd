"""Date families of the twentieth and twenty-first held-out batches (issue 8), each with invented text:
a roster's week-end « sam 5 – dim 6 » (the range's second weekday), a schedule's « lun 14 8h » (an
abbreviated weekday and its day before a time), a day alone whose month was given before in the note
(« le 4 avec … »), the day that ends an absence (« en congés jusqu'au 14 »), a range's first day
OCR'd (« du l4 au 2l/O6/2OO9 »), a day and month parted by a space after « le » (« le 12 11 »), an
e-mail header in RFC 2822 form, a birth date's field filled in part (« __/__/1958 ») and boxed digits
with blank boxes between the parts, or six boxes (a two-digit year). Traps: the same shapes where they are no dates."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_covers, parse_inline

DETECTOR = Detector()


@pytest.mark.parametrize(
    "marked",
    [
        # a roster's week-ends: the second weekday after the dash
        "Gardes de pédiatrie :\n\n<DATE>sam 19</DATE> – <DATE>dim 20</DATE> : Dr <NOM>Vasseur</NOM>\n"
        "<DATE>sam 26</DATE> – <DATE>dim 27</DATE> : Dr <NOM>Kerbrat</NOM>",
        "Permanences :\n- <DATE>sam 7</DATE> - <DATE>dim 8</DATE> : équipe B\n- <DATE>sam 14</DATE> - <DATE>dim 15</DATE> : équipe A",
        # a schedule's slots: the weekday abbreviated, its day, then a time
        "Salle 2 <DATE>mer 16</DATE> 9h30 <NOM>GARNIER</NOM> <PRENOM>Odile</PRENOM> (écho cardiaque)",
        "ECHO <DATE>jeu 17</DATE> 14:15 contrôle",
        # a day alone after a date with a day earlier in the note
        "Entrée le <DATE>3 février</DATE> pour pneumopathie, retour au domicile le <DATE>9</DATE> avec antibiothérapie orale.",
        "Bilan le <DATE>12/05/2025</DATE>, nouvelle prise de sang le <DATE>19</DATE> pour contrôle du potassium.",
        # not a numbered item without an event of care before it, nor after a month and year alone
        "Ordonnance du <DATE>3 mars 2025</DATE>. Prendre le 2 avec le repas, le 1 en cas de douleur.",
        "Pontage en <DATE>juin 2015</DATE>. Retour le 21 à domicile.",
        # an absence and « jusqu'au » make the day alone a date
        "La kiné est en vacances jusqu'au <DATE>22</DATE>, reprise des séances ensuite.",
        "cabinet ferme jusqu au <DATE>5</DATE> inclus, voir le remplacant",
        # a range's first day with an OCR'd digit
        "Séjour du <DATE>l8 au</DATE> <DATE>2O/O4/2Ol5</DATE> en cardiologie.",
        # a day and a month with a space alone after « le »
        "patient tombe dans sa cuisine le <DATE>23 10</DATE> sans perte de connaissance",
        # an e-mail header, RFC 2822
        "Date : <DATE>Tue, 17 Nov 2026</DATE> 09:41:07 +0100\nObjet : sortie",
        # a birth date's field filled in part
        "Date de naissance : __/__/<DATE_NAISSANCE>1947</DATE_NAISSANCE>",
        "née le ../<DATE_NAISSANCE>06/1963</DATE_NAISSANCE> à Alger",
    ],
)
def test_date_families_found(marked: str) -> None:
    text, _ = parse_inline(marked)
    findings = [f for f in DETECTOR.detect(text) if f.label.value in ("DATE", "DATE_NAISSANCE")]
    assert_covers(findings, marked, labels=("DATE", "DATE_NAISSANCE"))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Date de naissance : |1|4| |0|7| |1|9|4|1|\nSexe : F", "1|4", "|\nSexe"),
        ("Date de naissance : |0|9| |1|2| |3|8|\nSexe : M", "0|9", "|\nSexe"),
        ("née le | 2 | 8 | 0 | 2 | 5 | 1 | à Oran", "2 | 8", " | à"),
    ],
)
def test_boxed_birth_date_with_blank_boxes(text: str, first: str, last: str) -> None:
    start, end = text.index(first), text.index(last)
    covered = [False] * len(text)
    for f in DETECTOR.detect(text):
        if f.label.value == "DATE_NAISSANCE":
            for k in range(f.start, f.end):
                covered[k] = True
    assert all(covered[k] for k in range(start, end) if text[k].isdigit())


@pytest.mark.parametrize(
    "text",
    [
        "la mer 3 fois par an",
        "mar 3 8 mg",
        "Dose le 3 10 mg",
        "TA le 12 8 ce matin",
        "appeler le 06 12 11 45 78",
        "augmenter jusqu'au 14e jour",
        "titration jusqu'au 12 puis palier",
        "absente jusqu'au 20 mg",
        "le 1 2 3 soleil",
        "du l0 au 20 mg",
        "Chambre : le 12",
        "Date de naissance : __/__/____",
        "| 1 | 2 |  | 3 | 4 | 5 | 6 |",
    ],
)
def test_date_lookalikes_not_found(text: str) -> None:
    assert not [f for f in DETECTOR.detect(text) if f.label.value in ("DATE", "DATE_NAISSANCE")]
