"""Tricks that must not let an identifier through: the recognisers see normalised text.

``egide.detect.normalise`` deletes invisible characters, folds lookalikes, reads entities and
escapes, spaced letters, boxed digits, digit lookalikes and numbers in words; digits spaced in their
usual groups are left to the recognisers' patterns. Findings are mapped back to exactly the
characters the user wrote. The engine-level tables below check both: what is found, and what is
not (the traps of each family).
"""

from __future__ import annotations

import random

import pytest

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.engine import Detector
from egide.detect.finding import Finding
from egide.detect.normalise import normalise
from egide.detect.overlap import resolve
from egide.detect.recognisers.fr import build_structured_recognisers
from tests.detect.recognisers.support import THRESHOLD, french_iban, grouped, nir, spaced_nir

RECOGNISERS = build_structured_recognisers(DetectConfig())
NIR = nir(sex=2, year=54, month=3, dept="69", commune=123, order=456)


def detect(text: str) -> list[tuple[str, str]]:
    norm = normalise(text)
    found = resolve(f for r in RECOGNISERS for f in r.find(Document(norm.text)) if f.score >= THRESHOLD)
    spans: list[Finding] = [f.shifted(*norm.to_original(f.start, f.end)) for f in found]
    return [(f.label, text[f.start : f.end]) for f in spans]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        (spaced_nir(NIR), "NIR"),
        (spaced_nir(NIR, "\u00a0"), "NIR"),  # non-breaking spaces
        (spaced_nir(NIR, "\u202f"), "NIR"),  # narrow non-breaking spaces
        (spaced_nir(NIR, "\u200b"), "NIR"),  # zero-width spaces
        (NIR[:7] + "\u00ad" + NIR[7:], "NIR"),  # a soft hyphen
        (" ".join(NIR), "NIR"),  # every digit spaced
        (NIR.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}), "NIR"),  # full-width digits
        ("０６ １２ ３４ ５６ ７８", "TELEPHONE"),
        ("06\u00a012\u00a034\u00a056\u00a078", "TELEPHONE"),
        ("06\u200b12\u200b34\u200b56\u200b78", "TELEPHONE"),
        ("06\u201212\u201334\u201456\u221278", "TELEPHONE"),  # Unicode dashes
        ("j.dup\u043ent@chu-ex\u0435mple.fr", "EMAIL"),  # Cyrillic о and е
        (grouped(french_iban(random.Random(2)), 4, "\u00a0"), "IBAN"),
    ],
)
def test_folded_characters_do_not_hide_identifiers(written: str, label: str) -> None:
    text = f"Coordonnées : {written}, merci."
    assert detect(text) == [(label, written)]


DETECTOR = Detector()
HIDDEN = "".join(chr(0xE0000 + ord(c)) for c in "DUPONT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invisible characters of every kind, and marks
        ("Tel 06\u200e12\u206634\u200f56\u206978.", [("TELEPHONE", "06\u200e12\u206634\u200f56\u206978")]),
        ("Tel 06\u206212\u206434\ufe0f56\u034f78.", [("TELEPHONE", "06\u206212\u206434\ufe0f56\u034f78")]),
        ("Vu M. Du\u3164po\U000e0100nt ce jour.", [("NOM", "Du\u3164po\U000e0100nt")]),
        (
            "Vu M. D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332 ce jour.",
            [("NOM", "D\u0332U\u0332P\u0332O\u0332N\u0332T\u0332")],
        ),
        (f"Vue Mme {HIDDEN} ce jour.", [("NOM", HIDDEN)]),
        ("Vue Mme Ame\u0301lie Durand.", [("NOM", "Ame\u0301lie Durand")]),
        # entities and escapes
        ("Patient Fran&ccedil;ois DUPON&#84; vu ce jour.", [("NOM", "Fran&ccedil;ois DUPON&#84;")]),
        ("Vu M. J\\u00e9r\\u00f4me Dupont.", [("NOM", "J\\u00e9r\\u00f4me Dupont")]),
        ("Tél. 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78.", [("TELEPHONE", "06&nbsp;12&nbsp;34&nbsp;56&nbsp;78")]),
        # letters spaced out
        ("Patient : J e a n  D U P O N T, vu ce jour.", [("NOM", "J e a n  D U P O N T")]),
        ("Vu M. D U P O N T en consultation.", [("NOM", "D U P O N T")]),
        # digits one per box
        ("NIR : 2 7 1 0 5 7 5 1 1 2 3 4 5 6 7", [("NIR", "2 7 1 0 5 7 5 1 1 2 3 4 5 6 7")]),
        ("Né le 1 4 . 0 3 . 1 9 5 0.", [("DATE_NAISSANCE", "1 4 . 0 3 . 1 9 5 0")]),
        ("Né le 1 4 / 0 3 / 1 9 5 0.", [("DATE_NAISSANCE", "1 4 / 0 3 / 1 9 5 0")]),
        ("Né le 1|4|0|3|1|9|5|0.", [("DATE_NAISSANCE", "1|4|0|3|1|9|5|0")]),
        ("Tél. 0 6 1 2 3 4 5 6 7 8.", [("TELEPHONE", "0 6 1 2 3 4 5 6 7 8")]),
        # lookalikes
        ("NIR 1 85 O5 78 OO6 O84 91.", [("NIR", "1 85 O5 78 OO6 O84 91")]),
        ("Joindre au tel: O6 12 34 56 78.", [("TELEPHONE", "O6 12 34 56 78")]),
        ("Appeler le 06 l2 34 56 78.", [("TELEPHONE", "06 l2 34 56 78")]),
        ("Patient J3an DUP0NT hospitalisé.", [("NOM", "J3an DUP0NT")]),
        # numbers in words
        (
            "Joignable au zéro six douze trente-quatre cinquante-six soixante-dix-huit.",
            [("TELEPHONE", "zéro six douze trente-quatre cinquante-six soixante-dix-huit")],
        ),
        (
            "Numéro de sécu un quatre-vingt-cinq zéro cinq soixante-dix-huit zéro zéro six zéro"
            " quatre-vingt-quatre quatre-vingt-onze.",
            [
                (
                    "NIR",
                    "un quatre-vingt-cinq zéro cinq soixante-dix-huit zéro zéro six zéro"
                    " quatre-vingt-quatre quatre-vingt-onze",
                )
            ],
        ),
    ],
)
def test_tricks_are_read_and_findings_cover_what_was_written(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.label, text[f.start : f.end]) for f in DETECTOR.detect(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Groupe sanguin A B O, rhésus positif ; T A 12/8 ; P A S négatif.",
        "Items a b c d cochés ; il y a à faire ; initiales J. P. M. en bas de page.",
        "Scores 3 4 5 puis 1 2 3 4 ; J1 J2 J3 ; posologie 1 0 1 ; EVA 0 1 2 3 4 5 6 7 8 9 10.",
        "Vitamine B12, CO2 35, SpO2 98 %, HbA1c 7,2 %, G6PD normale, 5FU, T4N0M0, H1N1.",
        "Deux comprimés trois fois par jour pendant dix jours, vingt-quatre heures sur vingt-quatre.",
        "Laboratoires R&amp;D, &copy; 2024 ; le dossier C:\\users\\u12 reste tel quel.",
        "Le patient a vu l’hôpital : cœur, µg, α-bloquant, maïs, À JEUN.",
    ],
)
def test_traps_of_every_family_find_nothing(text: str) -> None:
    assert [(f.label, text[f.start : f.end]) for f in DETECTOR.detect(text)] == []
