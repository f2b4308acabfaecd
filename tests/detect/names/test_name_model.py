"""The statistical name model on running text nobody wrote for it (issue #8): names without a title
or a care-note phrase, names that are also French words, people no list holds.

Every sentence here is invented; the names are made up or are historical figures.
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.config import DetectConfig
from egide.detect.document import Document
from egide.detect.engine import Detector
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import NameDetector
from egide.detect.names.lexicon import first_names
from egide.detect.names.model import Context, NameModel, candidate
from egide.detect.names.rules import Lexicon
from egide.detect.names.tokens import tokenise
from tests.detect.inline import assert_finds, parse_inline


@cache
def engine() -> Detector:
    return Detector(DetectConfig())


@cache
def detector() -> NameDetector:
    return NameDetector(DetectConfig())


def names(text: str) -> list[Finding]:
    d = detector()
    doc = Document(text)
    return d.propagate([doc], [d.find(doc, [])])[0]


@pytest.mark.parametrize(
    "marked",
    [
        # a capitalised French word inside a sentence, with no title before it: a proper noun
        "Le lendemain matin, <NOM>Bergé</NOM> retrouva son frère devant la gare.",
        "Hier, <NOM>Pâture</NOM> a signé le registre puis <NOM>Pâture</NOM> est reparti.",
        # a listed first name that is also a word, then a surname that is a word
        "Vu <NOM>Rose Demeurer</NOM> ce jour, accompagnée de sa fille.",
        "Reçu <NOM>Anne Pâture</NOM> en fin de matinée.",
        "<NOM>Claire LAVOIR</NOM> est passée au secrétariat.",
        # people no list holds, whom a large vocabulary places among people
        "On compare souvent <NOM>Staline</NOM> à <NOM>Mussolini</NOM>.",
        # the items of a list of names
        # (moved to test_known_misses.py: only the word model trained on NewsEye's test file caught it)
        # a first name and a surname after a noun that usually announces an eponym
        "Elle a occupé la cellule de <NOM>Simone Verlaque</NOM> pendant un mois.",
    ],
)
def test_names_in_running_text_without_cue(marked: str) -> None:
    text, _ = parse_inline(marked)
    assert_finds(names(text), marked, labels=["NOM"])


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words inside a sentence that are institutions, not people
        "Courrier adressé à la Direction des Affaires Médicales du site.",
        "Dossier transmis à la Caisse Primaire et à la Mutuelle.",
        # the capitalised words of a medicine's name
        "Ginkor Fort à poursuivre à la sortie.",
        "Strepsils Miel Citron en cas de douleur.",
        # an eponym after the same noun stays
        "Présence de cellules de Langerhans à la biopsie.",
        # an eponym whose surname begins with a particle that the lists also hold as a first name
        "Douleur au point de Mac Burney, défense en fosse iliaque droite.",
        "Évoque un syndrome de Mac Leod, à confirmer.",
        "Signe de Van Nuys négatif.",
    ],
)
def test_capitalised_words_that_are_no_person_stay(text: str) -> None:
    assert [text[f.start : f.end] for f in names(text)] == []


def test_a_list_item_that_goes_on_in_lower_case_is_no_name() -> None:
    # « Ravenel, Date de naissance »: a comma after a name, then a label, not a second name
    text = "Objet : M. Paul Ravenel, Date de naissance : 12/03/1961."
    found = [text[f.start : f.end] for f in names(text)]
    assert any("Ravenel" in w for w in found)
    assert not any("Date" in w for w in found)


def test_common_word_is_asked_about_inside_a_sentence_only() -> None:
    lex = Lexicon()
    inside = tokenise("Après la visite, Pâture est reparti.")
    opening = tokenise("Pâture du troupeau.")
    k = next(i for i, t in enumerate(inside) if t.text == "Pâture")
    assert candidate(inside[k], lex, inside[k - 1], inside[k + 1])
    assert not candidate(opening[0], lex, None, opening[1])


def test_the_document_says_a_word_is_a_word() -> None:
    # the same capitalised word scores lower where the text also writes it in lower case
    model = detector().model
    assert isinstance(model, NameModel)
    alone = "Après la visite, Pâture est reparti."
    both = alone + " La pâture est grasse."
    toks_alone, toks_both = tokenise(alone), tokenise(both)
    k = next(i for i, t in enumerate(toks_alone) if t.text == "Pâture")
    p_alone = model.probability(toks_alone, k, Context(toks_alone))
    p_both = model.probability(toks_both, k, Context(toks_both))
    assert p_both < p_alone


def test_first_names_used_in_the_tests_are_listed() -> None:
    # the family « listed first name that is also a word » needs them in the lists
    assert {"rose", "anne", "claire", "simone"} <= set(first_names())


@pytest.mark.parametrize(
    "text",
    [
        "Cordialement,\nDr É. Vautrin\nCopie à : Docteur Paul Lemaire\n",
        "Bien confraternellement,\nDr. T. Marsaud\nChef de clinique assistant\nN° ADELI 123456789\n",
    ],
)
def test_a_line_after_a_signature_does_not_continue_its_sentence(text: str) -> None:
    # Read with its line breaks as spaces, « Vautrin Copie » looks like a name then a capitalised
    # word inside a sentence; the line before ends on a name, not on a lower-case word: no sentence
    # goes on across the break, and the second reading's « Copie » is not taken.
    found = [text[f.start : f.end] for f in engine().detect(text) if f.label == Label.NOM]
    assert not any(w in {"Copie", "Chef"} for w in found)


def test_a_surname_with_its_particle_after_a_title_stays_a_name() -> None:
    # « point de Mac Burney » is an eponym; « Mme Mac Burney » a person
    text = "Vu ce jour Mme Mac Burney pour douleurs abdominales."
    assert [text[f.start : f.end] for f in names(text)] == ["Mac Burney"]
