"""A name or a place an OCR broke with a stray space is read whole (issue #8: « Lefeb vre »,
« Ch antal », « GU ERIN », « Mont pellier »), and words of ordinary text are not glued together."""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from egide.detect.normalise.split_words import join_split_words
from tests.detect.normalise.support import original_of, run_pass


@cache
def engine() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Dr Lefeb vre", "Dr Lefebvre"),
        ("Mme Ch antal Dupuis", "Mme Chantal Dupuis"),
        ("PATIENT : GU ERIN PAUL", "PATIENT : GUERIN PAUL"),
        ("domicilié à Mont pellier", "domicilié à Montpellier"),
        ("né à Bor deaux", "né à Bordeaux"),
        ("Adr esse : 5 rue Nation ale", "Adresse : 5 rue Nationale"),  # a form's labels broken alike
        # cut at the end of a line without a hyphen (a scan, a PDF; eleventh probe batch)
        ("revue par le Dr Bouch\nard en mai", "revue par le Dr Bouchard en mai"),
        ("concernant Mme PIAT Jo\nsiane (née", "concernant Mme PIAT Josiane (née"),
        ("M. ROUX Je\nan-Baptiste, 80 ans", "M. ROUX Jean-Baptiste, 80 ans"),  # a compound's first part
        ("Mme Ma rie-Thérèse Noël", "Mme Marie-Thérèse Noël"),
        # a surname in capitals cut into three short fragments, the first a little word (« MA », « LE »)
        ("Patient : MA RTIN EZ Julien", "Patient : MARTINEZ Julien"),
        ("Nom : BO ULAN GER", "Nom : BOULANGER"),
        # a plural of a common word, a word's last letter cut off, a fragment after an elided article
        ("Résidence Les Cèd res", "Résidence Les Cèdres"),
        ("transféré à la Cliniqu e des Alpes", "transféré à la Clinique des Alpes"),
        ("suivi à l'Institu t Curie", "suivi à l'Institut Curie"),
        ("ADRESSÉ PAR LA CLINIQU E DU PARC", "ADRESSÉ PAR LA CLINIQUE DU PARC"),
    ],
)
def test_fragments_of_a_known_word_are_joined(written: str, read: str) -> None:
    assert run_pass(join_split_words, written) == read


@pytest.mark.parametrize(
    "text",
    [
        "Belle ville que Lyon.",  # two words of their own, though « Belleville » is a commune
        "Ville neuve, Beau mont, Grand champ.",
        "Jean ne veut pas manger.",  # a little word of French after a first name
        "Le blanc de l'œil. Du pont à la rive. La ville est loin. Sa voie est libre.",
        "Le bon usage ; Le roux.",  # particles (« Lebon », « Leroux »)
        "Dr Martin vu ce jour ; Jean Luc et Marie.",  # two capitalised words are two words
        "HOSPITALISATION AU CH ARLES",  # a care setting in capitals (« CH »), not « Charles »
        "PATIENT mange seul, Lefeb VRE",  # the case does not go on
        "vu par le Dr Martin\nqui confirme",  # a line that ends on a name, the sentence goes on
        "Patiente de Mme Dupont\nsans suite.",
        "Sa fille\nma sœur",
        "Nom : DE LA TOUR Paul",  # particles in capitals: the middle « LA » is a word
        "IRM DU RACHIS LOMBAIRE",
        "Dupont a dit oui ; Marie y va ; Martin l a vu",  # a letter alone that is a word, or a name before it
        "Berthe s est levée ; Claude m a dit",  # apostrophes lost after first names that are words
        "VITAMINE D, HÉPATITE B, GROUPE O, PAGE S, Vitamine D",  # a word, then a letter that qualifies it
    ],
)
def test_words_of_ordinary_text_stay_apart(text: str) -> None:
    assert run_pass(join_split_words, text) == text


def test_the_joined_name_maps_back_to_both_fragments() -> None:
    text = "Médecin traitant : Dr Lefeb vre, Mont pellier."
    assert original_of(text, "Lefebvre") == "Lefeb vre"


@pytest.mark.parametrize(
    ("text", "whole", "label"),
    [
        ("Méd ecin trai tant : Dr Lefeb vre   Adr esse : 5 rue Nation ale", "Lefeb vre", "NOM"),
        ("Pat1ente : LEROUX Ch antal   N° SS : 2 60 11 49 007 012 53", "LEROUX Ch antal", "NOM"),
        ("Pat1ent : GU ERIN Luc1en   né le 12/08/1946", "GU ERIN Luc1en", "NOM"),
        ("Le patient réside à Mont pellier depuis 2019.", "Mont pellier", "VILLE"),
        ("Entrée depuis l'EHPAD Les Cèd res de Vichy.", "Les Cèd res", "ETABLISSEMENT"),
        ("Opérée à l'Hôpita l Nord-Ouest en 2018.", "Hôpita l Nord-Ouest", "ETABLISSEMENT"),
        ("Elle sera revue par le Dr Gir\naud en mars.", "Gir\naud", "NOM"),
        ("courrier concernant Mme LAFON Mi\nchèle (née le 3/4/1950)", "Mi\nchèle", "NOM"),
    ],
)
def test_the_engine_masks_the_broken_name_whole(text: str, whole: str, label: str) -> None:
    start = text.index(whole)
    found = [(f.start, f.end) for f in engine().detect(text) if f.label == label]
    assert any(s <= start and start + len(whole) <= e for s, e in found), (text, found)


def test_the_broken_label_is_no_name_beside_the_name() -> None:
    text = "Médecin traitant : Dr Lefeb vre   Adr esse : 5 rue Nationale"
    names = [text[f.start : f.end] for f in engine().detect(text) if f.label == "NOM"]
    assert names == ["Lefeb vre"]
