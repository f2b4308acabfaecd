"""Names as emergency notes, rosters and family trees write them (issue #8, probe8): « mr irigoyen »
typed in lower case, a relation by marriage or sponsorship (« son gendre erwan », « sa bru Nathalie »),
initials only after a title (« Dr J.-P. M. »), a relative's first name in brackets with the number to
call (« (Olive, 06 14 92 30 77) »), a two-letter surname capitalised (« — Vo Thanh Hương »), the
occupant of a bed (« lit 2 Pape (intox. OH) »). Traps beside each."""

from __future__ import annotations

import pytest

from tests.detect.inline import assert_finds, parse_inline
from tests.detect.names.test_names import names


@pytest.mark.parametrize(
    "marked",
    [
        "Appel du CH de Bayonne pour transfert de mr <NOM>irigoyen</NOM> en neurochirurgie.",
        "contacter son gendre <NOM>erwan</NOM> au 06 33 92 18 40",
        "Prévenir sa bru <NOM>Nathalie</NOM> et son parrain <NOM>Gérard</NOM>.",
        "Son ex-mari <NOM>Kevin Durand</NOM> n'est plus autorisé.",
        "Courrier transmis au Dr <NOM>J.-P. M</NOM>. (MT), copie à Mme <NOM>B</NOM>.",
        "Fille prévenue (<NOM>Olive</NOM>, 06 14 92 30 77).",
        "TEP-TDM — <NOM>Vo Thanh</NOM> <NOM>Hương</NOM> (1967) — glycémie 0,96 g/L",
        "Nuit : lit 2 <NOM>Pape</NOM> (intox. OH) ; lit 5 <NOM>Roi Ange</NOM> (sortie ce matin).",
    ],
)
def test_names_in_notes(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "Son gendre Travaille à la mairie.",
        "Huile d'olive (Olive, 2 cuillères à soupe).",
        "Voyage : Ho Chi Minh-Ville. No Go.",
        "lit 1 Côté fenêtre ; box 3 Déchocage ; lit 4 Mme sortie.",
        "3 mr de débit, mr stable selon le tableau",
    ],
)
def test_no_names_there(text: str) -> None:
    assert [text[f.start : f.end] for f in names(text)] == []


@pytest.mark.parametrize(
    "marked",
    [
        "Amené par son employeur (boulangerie <NOM>Marchand</NOM>, 4 place du Marché).",
        "Transport par les Ambulances <NOM>Durand</NOM>, ordonnance à la pharmacie <NOM>Lebon</NOM>.",
        "Réunion de famille prévue avec sa fille <NOM>Mai</NOM>, qui vit à Montréal.",
    ],
)
def test_an_owner_and_a_month_that_is_a_first_name(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacie Centrale, pharmacie du Marché, Pharmacie des Halles, pharmacie Hospitalière.",
        "Sa fille Mai 2020 : naissance.",
    ],
)
def test_no_owner_no_first_name(text: str) -> None:
    assert [text[f.start : f.end] for f in names(text) if f.label == "NOM"] == []


@pytest.mark.parametrize(
    "marked",
    [
        "Mr <NOM>DA SILVA E SOUSA Manuel</NOM>, né au Portugal.",
        "Mme <NOM>Maria Santos e Silva</NOM> ; Sr. <NOM>García y López</NOM>",
    ],
)
def test_iberian_compound_surnames(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


def test_a_vitamin_letter_is_no_conjunction() -> None:
    text = "Carence en vitamine E, Dupont prévenu."
    assert [text[f.start : f.end] for f in names(text)] == ["Dupont"]
