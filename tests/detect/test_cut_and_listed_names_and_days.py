"""Names and dates a hurried or scanned note writes out of their usual shape (issue 8): a word cut at a
line's end with a hyphen (« no-⏎vembre », « Charleville-Mé-⏎zières »), a day an OCR wrote with a
look-alike before its month (« l9 novembre »), the patients of a handover list before their arrows
(« da silva → avis »), a lower-case first name after a lower-case surname and its title (« mr ozturk
mehmet, »), the names after the INS identity traits' labels (« Nom utilisé : »), the day alone heading a meeting's list (« staff du 25 : »), the day after « avant le »,
the day and month of what is planned (« exérèse prévue 9/12 »). Every name, place and date is
invented. Traps: what has the same shape and identifies nobody."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline


@cache
def engine() -> Detector:
    return Detector()


def _covered(text: str) -> list[bool]:
    mask = [False] * len(text)
    for f in engine().detect(text):
        for k in range(f.start, f.end):
            mask[k] = True
    return mask


@pytest.mark.parametrize(
    "marked",
    [
        # a word cut at the end of a line with a hyphen
        "admise le <DATE>4 déc-\nembre</DATE> pour chute",
        "transférée le <DATE>21 sep-\ntembre</DATE> au CH",
        "retour à domicile à <VILLE>Châlons-en-Cham-\npagne</VILLE> prévu",
        # a day with a look-alike before its month
        "vue le <DATE>l8 octobre</DATE> au CH de Vierzon",
        "opérée le <DATE>2l mars 2025</DATE>, suites simples",
        # the patients of a handover list before their arrows
        "relève du soir :\nPerrin → scanner OK ; de souza → attente avis ortho ; "
        "<NOM>M'Bala K.</NOM> → sortie demain",
        "point lits\n- Mme Girardot → bilan\n- <NOM>velho</NOM> → attente SSR\n- <NOM>quéméner</NOM> → sortie J2",
        # a lower-case first name after a lower-case surname and its title
        "pt adressé par le SAMU (Muret), mr <NOM>karaca</NOM> <NOM>yusuf</NOM>, douleur abdominale",
        # the identity traits of the INS as a record prints them
        "Nom de naissance : ROUX\nNom utilisé : <NOM>DU PUY DE GOYON</NOM>\nPrénom : Aude",
        "Nom utilisé : <NOM>LA ROCHE-GUYON</NOM>\nPremier prénom de naissance : <NOM>Blanche</NOM>",
        # the day alone heading a meeting's or a shift's list
        "staff du <DATE>14</DATE> :\n- Mme Roussel : sortie",
        "RCP du <DATE>9</DATE>, dossiers présentés",
        # the day after « avant le », « après le »
        "tu peux la revoir avant le <DATE>23</DATE> ? merci",
        # the day and month of what is planned
        "lésion suspecte, exérèse prévue <DATE>4/12</DATE> au bloc",
    ],
)
def test_the_identifier_is_masked_whole(marked: str) -> None:
    text, spans = parse_inline(marked)
    mask = _covered(text)
    for a, b, label in spans:
        assert all(mask[k] for k in range(a, b) if text[k].isalnum()), (label, text[a:b])


@pytest.mark.parametrize(
    "text",
    [
        "un anti-\ninflammatoire non stéroïdien",
        "TDM → normal ; ETT → FEVG 60 % ; douleur → paracétamol",
        "glycémie → 1,2 g/L ; HbA1c → 7 %",
        "Il mai est à revoir",  # no digit: nothing read as a day
        "vitamine B1 et acide folique",
        "point du 3 mg",
        "la garde du 8 au soir est calme",
        "dose prévue 1/2 cp le soir",
        "après le 3e jour de traitement",
    ],
)
def test_what_identifies_nobody_stays(text: str) -> None:
    assert engine().detect(text) == []
