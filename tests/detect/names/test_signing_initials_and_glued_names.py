"""Person names on text nobody here wrote (issue 8, the twentieth and twenty-first batches), each a family
tried on invented text, with traps beside it:

- a title glued to a surname in capitals glued to the given name, a fax's OCR having lost both spaces
  (« MmeGARNIERSolange »);
- initials that sign a letter with the name its header gives in full (« Dr Tran Van Minh » … « VMT »,
  « Dr Marie-Hélène CARON » … « M.-H. C. »);
- a given name of two words joined by a particle, signed by its initials (« A. da S. Pereira »);
- « M. » in a roster whose rows write an initial and a surname (« mar 3 : F. Lenoir », « mer 4 : M. Aubry »);
- the given name of two syllables after a Hmong clan name (« Xiong Mai Kia »).
"""

from __future__ import annotations

from functools import cache

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import parse_inline
from tests.detect.redteam.corpus import masked


@cache
def engine() -> Detector:
    return Detector()


def _masked(text: str) -> list[bool]:
    return masked(engine().detect(text), len(text))


def _assert_names_masked(marked: str) -> None:
    """Every marked name has all its letters and digits masked."""
    text, spans = parse_inline(marked)
    covered = _masked(text)
    for s, e, label in spans:
        assert all(covered[k] for k in range(s, e) if text[k].isalnum()), (
            f"{label} {text[s:e]!r} left in {text!r}"
        )


def _assert_left(text: str, *parts: str) -> None:
    """Each of ``parts`` is left in clear (none of its letters masked)."""
    covered = _masked(text)
    for part in parts:
        start = text.index(part)
        assert not any(covered[k] for k in range(start, start + len(part))), f"{part!r} masked in {text!r}"


@pytest.mark.parametrize(
    "marked",
    [
        "Objet:admission en SSR de Mme<NOM>GARNIER</NOM><PRENOM>Solange</PRENOM>, 81 ans",
        "RE: transfert de Mr<NOM>ROUSSEL</NOM><PRENOM>Yves</PRENOM> demain 8h",
        "Patiente:Mlle<NOM>BERTIN</NOM><PRENOM>Aurélie</PRENOM>\nnée le 02.03.1991",
        "Joindre:Dr<NOM>PELLETIER</NOM><PRENOM>Hugues</PRENOM> poste 4410",
    ],
)
def test_a_title_glued_to_a_surname_in_capitals_glued_to_the_given_name(marked: str) -> None:
    _assert_names_masked(marked)


def test_a_glued_title_leaves_words_that_are_no_names() -> None:
    _assert_left("Indication de PrEP discutée, DrépanocytoseSS connue.", "PrEP", "Drépanocytose")


@pytest.mark.parametrize(
    "marked",
    [
        "Dr <NOM>Tran</NOM> <PRENOM>Van Minh</PRENOM> — cardiologue\n\nCher confrère, ECG normal. Bien à vous. <NOM>VMT</NOM>",
        "Dr <PRENOM>Marie-Hélène</PRENOM> <NOM>CARON</NOM>\nRhumatologie\n\nInfiltration réalisée ce jour.\n<PRENOM>M.-H.</PRENOM> <NOM>C.</NOM>",
        "Dr <NOM>Le Goff</NOM> <PRENOM>Anne-Sophie</PRENOM>\n\nBilan rassurant.\nBien amicalement, <NOM>ASLG</NOM>",
        "Rédigé par <PRENOM>Paul</PRENOM> <NOM>Arnaud</NOM>, interne.\nAvis cardiologique demandé.\n<NOM>PA</NOM>",
        "Consentement de Mme <NOM>Ferreira</NOM> <PRENOM>Ana da Silva</PRENOM>.\nSignature : <PRENOM>A. da S.</PRENOM> <NOM>Ferreira</NOM>",
        "Gardes :\nmar 3 – mer 4 : <PRENOM>F.</PRENOM> <NOM>Lenoir</NOM> poste 4410\njeu 5 – ven 6 : <PRENOM>M.</PRENOM> <NOM>Aubry</NOM> poste 4412",
    ],
)
def test_initials_that_sign_with_a_name_the_text_gives(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # an acronym at a line's end that spells the letter's author's name: a clinical word all the same
        ("Dr Anne Vidal Cordier\nDiagnostic retenu. AVC\nSuivi en HDJ.", ("AVC",)),
        # capitals that spell no name of the text
        ("Dr Paul Arnaud\nBilan normal. RAS\nCDT", ("RAS", "CDT")),
        # « M. » before a name in prose, and in a roster that writes titles
        ("Vu C. Roche hier.\nVu M. Belkacem ce jour.", ("M.",)),
        ("lundi : Mme Roche\nmardi : M. Aubry\nmercredi : C. Durand", ("M.",)),
        # a title, a particle and a surname
        ("Courrier de M. de Villepin reçu.", ("M.",)),
    ],
)
def test_capitals_and_titles_that_sign_nothing_stay(text: str, parts: tuple[str, ...]) -> None:
    _assert_left(text, *parts)


@pytest.mark.parametrize(
    "marked",
    [
        "Bloc 2 | 10h <NOM>Xiong</NOM> <PRENOM>Mai Kia</PRENOM> (cholécystectomie) | 11h <NOM>GIRAUD</NOM> <PRENOM>Paul</PRENOM>",
        "9h45 <NOM>Vang</NOM> <PRENOM>Pa Houa</PRENOM> (échographie) ; 10h <NOM>Lambert</NOM> <PRENOM>Sylvie</PRENOM>",
    ],
)
def test_the_given_name_after_a_hmong_clan_name(marked: str) -> None:
    _assert_names_masked(marked)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Revu par le Dr Lee Mai 2026, puis en juin.", "Mai"),  # a month before its year
        ("Scanner : Vang Mai confirmé le 3, Pa Houa", "confirmé"),  # a word of the sentence
    ],
)
def test_after_a_clan_name_a_month_or_a_word_is_no_given_name(text: str, word: str) -> None:
    start = text.index(word)
    names = [f for f in engine().detect(text) if f.label == "NOM"]
    assert not any(f.start <= start < f.end for f in names), [text[f.start : f.end] for f in names]
