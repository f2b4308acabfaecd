"""Places of text nobody on the team wrote (issue 8, probe20b/21b families): a town abroad where the
patient's history puts a dated operation or stay (« appendicectomie en 2004 à Varsovie »), where a member
of staff is at a meeting (« congrès à Lisbonne »), written by its French name (« Padoue »,
« Copenhague »), or that closes an address abroad, a street of
Dakar's grid at its crossing included (« rue 14 x 9, Dakar »); a Belgian or French town after a
hospital's acronym in « CH » (« CHIREC Bruxelles »); « des » before a commune named with « Les »
(« 79 ans, des Mureaux »); the commune that closes a row after a bracket (« …), Vertou⏎ »); a postcode
between a form's dashes (« - 44400 - Rezé ») or spaced by a scan (« 2 9 5 6 0 », « l2 5 8 0 »). Traps
around each: a paper's title with a year and a town, a meeting named after its town, words and names
after « des » or a bracket, dashes in a lab table."""

from __future__ import annotations

import pytest

from egide.detect import Detector
from tests.detect.inline import assert_finds, parse_inline

_DETECTOR = Detector()
_PLACES = ("ADRESSE", "CODE_POSTAL", "VILLE")


@pytest.mark.parametrize(
    "marked",
    [
        # a dated operation or stay of the patient's history, in a town abroad
        "ATCD : thyroïdectomie en 2004 à <VILLE>Varsovie</VILLE>, sans suite.",
        "Opérée d'une hernie en juin 2017 à <VILLE>Casablanca</VILLE>.",
        "Hospitalisé le 12/04/2015 à <VILLE>Bamako</VILLE> pour un paludisme grave.",
        "Greffe rénale en 2010 à\n<VILLE>Cracovie</VILLE>, suivi depuis en France.",
        "Appendicite opérée à <VILLE>Oran</VILLE> en 1994, sans complication.",
        "Accouchement par césarienne à <VILLE>Kinshasa</VILLE> (2008).",
        # towns abroad by the French names notes give them
        "Sa fille vit à <VILLE>Padoue</VILLE>, son fils à <VILLE>Copenhague</VILLE>.",
        "Sa famille habite <VILLE>Ratisbonne</VILLE> depuis dix ans.",
        # a member of staff away at a meeting
        "- Dr Martin (congrès à <VILLE>Lisbonne</VILLE> du 4 au 7/03)",
        "Mme Roux absente : symposium à <VILLE>Barcelone</VILLE> la semaine prochaine.",
        # the town that closes an address abroad, after the street's comma
        "La sœur habite <ADRESSE>8 rue Ibn Khaldoun</ADRESSE>, <VILLE>Tunis</VILLE>.",
        "Famille : <ADRESSE>quartier Fass, rue 14 x 9</ADRESSE>, <VILLE>Dakar</VILLE>.",
        "Oncle joignable <ADRESSE>rue 6 x Blaise Diagne</ADRESSE>, <VILLE>Dakar</VILLE>.",
        # a hospital's acronym in « CH », then its town
        "Correspondant : Dr Peeters, CHIREC <VILLE>Bruxelles</VILLE>.",
        # « des » for « de Les »
        "M. Jean-Paul GIRAUD, 79 ans, des <VILLE>Mureaux</VILLE>, vu ce jour.",
        "Patiente originaire des <VILLE>Abymes</VILLE>, vit seule.",
        # the commune closing a row after a bracket
        "mardi 3 : Lina B. (pansement, fille présente), <VILLE>Vertou</VILLE>\nmercredi 4 : rien",
        "- Mme K. (injection, 8h), <VILLE>Montrouge</VILLE>.",
        # a postcode between a form's dashes
        "Adresse : <ADRESSE>3 rue de la Paix</ADRESSE> - <CODE_POSTAL>44400</CODE_POSTAL> - <VILLE>Rezé</VILLE>",
        # a postcode a scan spaced (the department in one box)
        "domicile : <ADRESSE>4 rue des Écoles</ADRESSE>, <CODE_POSTAL>29 5 6 0</CODE_POSTAL> <VILLE>Telgruc-sur-Mer</VILLE>",
        "demeurant <ADRESSE>lieu-dit Combes</ADRESSE>, <CODE_POSTAL>l2 5 8 0</CODE_POSTAL> <VILLE>Villecomtal</VILLE>.",
    ],
)
def test_places_of_history_rosters_and_forms(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(_DETECTOR.detect(text), marked, labels=_PLACES)


@pytest.mark.parametrize(
    "text",
    [
        # a year and a town abroad in a paper's title, no operation named: nobody's place
        "Paludisme observé en 1987 à Dakar chez l'enfant.",
        "Épidémie de choléra en 1971 à Tunis.",
        "Paludisme observé à Dakar en 1987.",
        # a town abroad in an eponym or a declaration
        "Protocole conforme à la déclaration d'Helsinki.",
        "Tableau évoquant un syndrome de Stockholm.",
        # a meeting named after its town
        "Résultats présentés au congrès de Lisbonne.",
        # « des » before no commune, or before a commune that is a word
        "Ablation des Redon à J3.",
        "Vérification des Lilas ?",
        # a bracket then a comma before no town, or before a name
        "Traitement (Kardegic), Doliprane si besoin",
        "Vu avec l'interne (ce matin), Nancy",
        # five digits and a dash in a lab table
        "Plaquettes 15000 - Vue normale",
        # a type and a number alone
        "voir rue 22, puis tourner",
        # spaced digits before a capital that is no commune
        "score 12 5 8 0 Dupont",
    ],
)
def test_no_place_in_these(text: str) -> None:
    found = [f for f in _DETECTOR.detect(text) if f.label in _PLACES]
    assert found == [], [(text[f.start : f.end], f.label) for f in found]
