"""The gazetteer of French establishments' short names (``data/hospital_short_names.txt``): the sites of the
university hospitals of every region, the cancer centres, the psychiatric hospitals, the private and
not-for-profit hospitals and the establishments' acronyms, as a hospital's team writes them: after a care
cue, a transfer, a unit, in lower case, before their town or one of their buildings; and what stays
readable: eponyms, streets, people with their title, words in lower case."""

from __future__ import annotations

import pytest

from egide.detect.document import Document
from egide.detect.names.tokens import words
from egide.detect.places.establishment import _name_starts
from tests.detect.inline import ENGINE
from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sites of university hospitals, region by region, after « à », « au », « vers », « depuis »
        ("hospitalisée à Gabriel-Montpied pour une pyélonéphrite", "Gabriel-Montpied"),
        ("suivi à Jean Minjoz depuis 2018", "Jean Minjoz"),
        ("retour à domicile depuis Brabois", "Brabois"),
        ("opéré à Charles Nicolle en 2015", "Charles Nicolle"),
        ("accouchée à Paule de Viguier", "Paule de Viguier"),
        ("transférée vers Clairval pour avis", "Clairval"),
        ("adressé à Salvator en orthopédie", "Salvator"),
        ("suivie à Bellepierre pour son diabète", "Bellepierre"),
        ("hospitalisé à Mangot-Vulcin", "Mangot-Vulcin"),
        ("évacué vers Taaone", "Taaone"),
        # cancer centres and psychiatric hospitals by their founder's name
        ("radiothérapie à François Baclesse", "François Baclesse"),
        ("suivie à Eugène Marquis pour un cancer du sein", "Eugène Marquis"),
        ("chimiothérapie à Jean Perrin", "Jean Perrin"),
        ("hospitalisation sous contrainte à Guillaume Régnier", "Guillaume Régnier"),
        ("admis à Montperrin", "Montperrin"),
        ("suivi au CMP puis hospitalisé à Théophile Roussel", "Théophile Roussel"),
        # Paris private and not-for-profit hospitals, nicknames included
        ("transférée à Lannelongue pour la chirurgie", "Lannelongue"),
        ("naissance aux Diaconesses", "Diaconesses"),
        # a transfer, a unit or the tumour board written as a noun, no « à » (« transfert Carémeau »)
        ("transfert Pontchaillou demain matin", "Pontchaillou"),
        ("mutation Laennec en pneumologie", "Laennec"),
        ("dossier présenté en RCP Bergonié", "Bergonié"),
        ("transfert Esquirol si refus de soins", "Esquirol"),
        # the acronyms of establishments after a cue, the plural ones after « aux »
        ("suivi aux HCL depuis 2012", "HCL"),
        ("bilan fait à l'IUCT en 2022", "IUCT"),
        ("transféré vers le CHSF", "CHSF"),
        ("dialyse à l'APAIR", "APAIR"),
        # a listed acronym and its site's name: one hospital
        ("traitée à l'ICL Alexis Vautrin", "ICL Alexis Vautrin"),
        # in lower case after a cue, accents left out
        ("transfert prevu a pellegrin", "pellegrin"),
        ("vue a la conception en urgence", ""),  # a name made of a French word: in capitals only
        ("suivie a haut leveque", "haut leveque"),
        ("il est parti a bergonie", "bergonie"),
        # before its town or one of its buildings, without « à »
        ("Dr Martin, Hôpital de jour — Pellegrin, Bordeaux", "Pellegrin"),
        ("Mangot-Vulcin, Le Lamentin", "Mangot-Vulcin"),
        ("Huriez, Lille", "Huriez"),
        ("Brabois – Bât. Philippe Canton", "Brabois"),
        # the site, then its unit after a comma or a dash, as a list of beds or a request form writes it
        ("Foch – pneumologie, chambre 12", "Foch"),
        ("lapeyronie - rhumatologie - 4/12", "lapeyronie"),
        ("Service demandeur : Huriez, endocrinologie", "Huriez"),
        # distinctive acronyms in lower case after a unit; general hospitals' sites
        ("hdj igr 3/12 – C2 carboplatine", "igr"),
        ("adressé par les urgences de Duffaut", "Duffaut"),
        ("suivi à Jacques Cœur pour son diabète", "Jacques Cœur"),
    ],
)
def test_listed_hospitals_by_their_short_name(text: str, expected: str) -> None:
    assert values(text, "ETABLISSEMENT") == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # names that are nothing else: an establishment alone
        ("Hospitalisation à Haut-Lévêque du 3 au 8 mai", "Haut-Lévêque"),
        ("Courrier de Carémeau", "Carémeau"),
        ("Compte rendu : IUCT Oncopole, département d'oncologie médicale", "IUCT Oncopole"),
        ("Consultation Clocheville le 12 mars", "Clocheville"),
        ("Vue en consultation par Dr Roux (Arnaud de Villeneuve)", "Arnaud de Villeneuve"),
        ("Admission à l'ICM Val d'Aurelle", "Val d'Aurelle"),
        ("Transfert secondaire vers Gui de Chauliac", "Gui de Chauliac"),
        ("neonat hfme puis retour en maternité", "hfme"),
        ("Lyon Sud – Pav. 3A, chambre 12", "Lyon Sud"),
        ("RDV Croix-Rousse - bât. K le 3/4", "Croix-Rousse"),
    ],
)
def test_listed_hospitals_masked_by_the_engine(text: str, part: str) -> None:
    assert ENGINE.masks(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # eponyms, diseases and signs
        ("maladie de Dupuytren de la main droite", "Dupuytren"),
        ("signe de Trousseau et de Chvostek", "Trousseau"),
        ("ostéoarthropathie : pied de Charcot", "Charcot"),
        ("opération de Hartmann en 2019", "Hartmann"),
        ("courbe de Kaplan-Meier", "Kaplan"),
        # streets, whatever follows them
        ("habite 4 rue Pasteur, Lyon", "Pasteur"),
        ("domicile : 12 boulevard Clemenceau, Dijon", "Clemenceau"),
        # people with their title or first name
        ("le Dr Curie, Paris, a vu la patiente", "Paris"),
        ("le radium découvert par Marie Curie, Paris", "Curie"),
        # words in lower case, a French word after « à la »
        ("réfléchir à la conception du projet de soins", "conception"),
        ("dès la source de l'infection", "source"),
        ("il a pensé à la sauvegarde de justice", "sauvegarde"),
        # an eponym or a person, then a unit
        ("maladie de Dupuytren, chirurgie de la main", "Dupuytren"),
        ("signe de Trousseau, cardiologie", "Trousseau"),
        ("Louis Pasteur, microbiologie", "Pasteur"),
        # a room named after a person, then its building
        ("réunion en salle Pasteur, bâtiment B", "Pasteur"),
        ("cours en amphi Bichat, 2e étage", "Bichat"),
        # an acronym of a chemical or a syndrome, no cue
        ("HCl 0,1 N en perfusion", "HCl"),
        ("ICANS de grade 2 après CAR-T", "ICANS"),
        # a town where a patient lives, a commune, not a hospital
        ("il habite à Bayonne", ""),
    ],
)
def test_eponyms_streets_people_and_words_not_establishments(text: str, part: str) -> None:
    found = values(text, "ETABLISSEMENT")
    assert not any(part and part in f for f in found) if part else found == []


def test_the_gazetteer_is_looked_up_by_word_not_scanned() -> None:
    """A text that names no listed hospital gives no start; one that does gives the word's start, and the
    article's before a name that opens with one (« la Timone »)."""
    text = "Patiente de 54 ans, vue en consultation pour douleurs abdominales, sans antécédent."
    assert _name_starts(Document(text)) == ((), (), ())
    text = "transférée à la Timone puis à Carémeau"
    doc = Document(text)
    doc.shared(words)
    famous, short, _ = _name_starts(doc)
    assert text.index("la Timone") in short and text.index("Timone") in short
    assert text.index("Carémeau") in famous
