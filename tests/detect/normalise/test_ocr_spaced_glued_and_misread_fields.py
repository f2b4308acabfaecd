"""A form or a letter scanned badly (issue 8, the twentieth and twenty-first batches), each family tried on
invented text, with traps beside it:

- names spaced letter by letter with a scan's digit among the capitals (« B 0 U V I E R », an establishment
  « H O P I T A L   D E   V 1 E N N E »), or with a group of capitals the scan left unspaced
  (« R A B A THA L Y »); a name in capitals cut around one letter (« LEMO I NE », « GRAN D JEAN »);
- names with a scan's l, 1 or 5 for a letter after a title and initials or a first word (« Dr J-P
  Vll1ard », « Mme Ca5tan Ode11e »);
- dates: spaced one character each with look-alikes (« O 4 / l l / l 9 8 5 »), in one piece on a card's
  line (« O7lO2O2l »), a month's name cut by a space (« 2 décem bre »);
- a capital I read as a lower-case l in a word in capitals (« CLlNlQUE », « GARClA »);
- an address line glued (« 5ruedesPeupliers 5llOOREIMS »).

Traps: spaced capitals of a lab or a history (« A B O », « H T A »), codes, doses, prose.
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise import normalise
from tests.detect.inline import parse_inline
from tests.detect.redteam.corpus import masked


@cache
def engine() -> Detector:
    return Detector()


def _masked(text: str) -> list[bool]:
    return masked(engine().detect(text), len(text))


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a digit among spaced capitals, the run a name, a commune or a word once read
        ("Nom : G 0 D A R D     Prénom : Luc", "Nom : GODARD     Prénom : Luc"),
        ("H O P I T A L   D E   V 1 E N N E\nTél", "HOPITAL DE VIENNE\nTél"),
        # a name no list holds, after a name's label or a title
        ("Nom : K E R Z 0 U D A N   Prénom : Yann", "Nom : KERZOUDAN   Prénom : Yann"),
        # a group of capitals left unspaced between runs of spaced capitals
        ("M . B E R THE L O T Jules", "M . BERTHELOT Jules"),
        # a name in capitals cut around one letter
        (
            "Nom de naissance : FONT A INE   Nom d'usage : DUR A ND",
            "Nom de naissance : FONTAINE   Nom d'usage : DURAND",
        ),
        # l for i in a token with a 1, after a title and initials, or after a title and a surname
        ("Transfert.\nDr J.-M. Vl11emin", "Transfert.\nDr J.-M. Villemin"),
        # a capital I read as a lower-case l in a word in capitals
        ("CENTRE HOSPlTALlER DE CHOLET", "CENTRE HOSPITALIER DE CHOLET"),
        ("Patient : GARClA Inès, 49300 CHOLET", "Patient : GARCIA Inès, 49300 CHOLET"),
        # dates spaced one character each, in one piece, a month cut
        ("née le l 2 / O 3 / l 9 7 4 , domiciliée", "née le 12/03/1974 , domiciliée"),
        ("ROCHE LEA O3lO2Ol9\nValidité", "ROCHE LEA 03102019\nValidité"),
        ("le 14 novem bre 2O25 à 9 h", "le 14 novembre 2025 à 9 h"),
        ("vu le 1er sept embre", "vu le 1er septembre"),
        ("opéré le O3 octo bre 2O24 à", "opéré le 03 octobre 2024 à"),
        ("C L I N I Q U E   D E   L A   C 0 T E\nService", "CLINIQUE DE LA COTE\nService"),
        # an address line glued
        ("Adresse:8impassedesLilas 38lOOGRENOBLE", "Adresse: 8 impasse des Lilas 38100 GRENOBLE"),
        ("Domicile: 14avenueduGénéral 69OO3LYON", "Domicile: 14 avenue du Général 69003 LYON"),
    ],
)
def test_the_scan_is_read_as_printed(written: str, read: str) -> None:
    assert normalise(written).text == read


@pytest.mark.parametrize(
    "marked",
    [
        "FICHE DE LIAISON\nNom : <NOM>G 0 D A R D</NOM>     Prénom : <PRENOM>L u c i e n</PRENOM>\nMotif : chute",
        "Nom d'usage : <NOM>P L 0 U Z A N E C</NOM>   Prénom : <PRENOM>Yann</PRENOM>\nNé le 3 mai",
        "Je soussigné certifie avoir examiné\nM . <NOM>T A B A RLY O U</NOM> <PRENOM>Jules</PRENOM>\nce jour.",
        "Nom de naissance : <NOM>FONT A INE</NOM>   Nom d'usage : <NOM>DUR A ND</NOM>\nPrénoms : <PRENOM>Rose</PRENOM>",
        "Transfert en USIC ce soir.\nDr P. <NOM>Mlll1et</NOM>",
        "Le 4/l2/26\nMme <NOM>Mar5al</NOM> <PRENOM>Pau1e11e</PRENOM>\n- Paracétamol 1 g si douleur",
        "examiné M. Perrin, né le <DATE_NAISSANCE>l 2 / O 3 / l 9 7 4</DATE_NAISSANCE> , domicilié",
        "ASSURE: <NOM>BERTRAND</NOM> <PRENOM>PAUL</PRENOM>\nBENEFICIAIRE(S) : <NOM>BERTRAND</NOM> <PRENOM>L E A</PRENOM> <DATE_NAISSANCE>O3lO2Ol9</DATE_NAISSANCE>\nFin",
        "et constaté le <DATE>14 novem bre 2O25</DATE> une ITT de 3 jours.",
        "patient opéré le <DATE>O3 octo bre 2O24</DATE> à Nantes.",
        "Transfert vers la <ETABLISSEMENT>CLlNlQUE DU PARC</ETABLISSEMENT> de <VILLE>VlLLEURBANNE</VILLE> ce jour.",
        "Adresse:<ADRESSE>8impassedesLilas</ADRESSE> <CODE_POSTAL>38lOO</CODE_POSTAL><VILLE>GRENOBLE</VILLE>\nTel",
    ],
)
def test_the_scanned_fields_are_masked(marked: str) -> None:
    text, spans = parse_inline(marked)
    covered = _masked(text)
    for s, e, label in spans:
        assert all(covered[k] for k in range(s, e) if text[k].isalnum()), (
            f"{label} {text[s:e]!r} left in {text!r}"
        )


@pytest.mark.parametrize(
    "text",
    [
        "score 5 1 0, classe B 1 C, stade T 1 N 0",
        "DE L ISLE ADAM, RUE DE LA PAIX",
        "prendre 5mg 2x/j, B12 1000UI, 10MG, lot 2026ABC, code OlOlOlOl",
        "KCl 1 g, HCl, NaCl 0,9 %, MgCl2, 10 mL, lN, Clamoxyl",
        "il y a 3 mai prochain, le 2 mars puis le 5 avril",
        "Patient vu pour 3 douleurs, 2 rue barrée",
    ],
)
def test_codes_and_prose_stay(text: str) -> None:
    assert normalise(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Groupe A B O  R H D positif, antécédents : H T A, D T 2, B P C O.",
        "NA K CL : 1 4 0  4 , 1  1 0 2 ; H B A 1 C 7 , 2",
        "ATCD : H T A 1 D T 2 ; A V C ; score 5 1 0 ; B P C 0",
        "Examen : T 1 N 0 M 0, groupe A B 0, G 6 P D normal",
        "Traitement : Amoxicilline 1 g x 3/j pendant 7 jours, 2 ma is pas plus",
    ],
)
def test_spaced_capitals_of_care_stay_unmasked(text: str) -> None:
    assert not any(_masked(text)), [f.label + ":" + text[f.start : f.end] for f in engine().detect(text)]
