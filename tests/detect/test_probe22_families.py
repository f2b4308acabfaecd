"""Families of the twenty-second held-out batch (issue 8: text nobody here wrote), each with invented
text: the commune that closes a residence's or an employer's field after a comma, whatever place
comes before it (a tribe, a kilometre point, a firm's name: « domicilié PK 8 côté mer, Faaa »,
« Employeur : Scierie Martin, Corcieux »), and the traps that go with it."""

from __future__ import annotations

import pytest

from egide.detect.config import DetectConfig
from egide.detect.engine import Detector
from tests.detect.inline import parse_inline

DETECTOR = Detector()


def _found(text: str) -> set[tuple[int, int, str]]:
    return {(f.start, f.end, str(f.label.value)) for f in DETECTOR.detect(text)}


@pytest.mark.parametrize(
    "marked",
    [
        "Domicile : lotissement Tiaré, hébergée au foyer des étudiants, <VILLE>Dumbéa</VILLE>",
        "domiciliée servitude Teva, <VILLE>Punaauia</VILLE>",
        "Patient domicilié quartier de la mission, <VILLE>Pirae</VILLE>.",
        "Employeur : Scierie des Trois Vallées, <VILLE>Corcieux</VILLE>",
        # the field on a later line of a form (not the text's first)
        "Salarié : M. Dupuis\nEmployeur : Tissages de la Moselotte, <VILLE>Corcieux</VILLE>\nReprise : non",
    ],
)
def test_commune_closing_a_residence_field(marked: str) -> None:
    text, spans = parse_inline(marked)
    found = _found(text)
    for span in spans:
        assert span in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a commune that is also a word closes no field without a stronger cue
        ("Domicile : vit seul, Vue", "Vue"),
    ],
)
def test_no_commune_without_the_field(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end for f in DETECTOR.detect(text))


RULES = Detector(DetectConfig(use_place_tagger=False))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no residence's cue on the line: the rules read no commune there. The place tagger, on by
        # default since the eleventh session, reads a commune's name that closes a line after a comma
        # as a place (« Transmission — CHPF, Faaa »), and « Pirae » has no other reading: the default
        # engine masks it; this family is the rules'.
        ("Examen : souffle systolique, Pirae", "Pirae"),
    ],
)
def test_the_rules_read_no_commune_without_the_field(text: str, word: str) -> None:
    start = text.index(word)
    assert not any(f.start < start + len(word) and start < f.end for f in RULES.detect(text))


@pytest.mark.parametrize(
    "marked",
    [
        # the key of a NIR apart, its 0 or 1 typed as a letter
        "N° SS : <NIR>2 84 11 75 112 045 clé O3</NIR>",
        "Assuré : <NIR>1 69 O5 33 O63 12O / l4</NIR>",
    ],
)
def test_nir_key_apart_with_a_lookalike(marked: str) -> None:
    text, spans = parse_inline(marked)
    labels = {(s, e) for s, e, label in _found(text) if label == "NIR"}
    for start, end, _label in spans:
        assert (start, end) in labels


@pytest.mark.parametrize(
    "marked",
    [
        # the overseas hospitals' own acronyms before their name, or alone after « au »
        "<ETABLISSEMENT>CHT Raoul-Follereau</ETABLISSEMENT> — Service de pneumologie",
        "Évasan vers le <ETABLISSEMENT>CHPF Taaone</ETABLISSEMENT> le 3 mars.",
        "Transférée au <ETABLISSEMENT>CHOG</ETABLISSEMENT> pour la suite des soins.",
    ],
)
def test_overseas_hospital_acronyms(marked: str) -> None:
    text, spans = parse_inline(marked)
    labels = {(s, e) for s, e, label in _found(text) if label == "ETABLISSEMENT"}
    for start, end, _label in spans:
        assert (start, end) in labels


@pytest.mark.parametrize(
    "marked",
    [
        # the year or the month of the films an imaging report compares with
        "Comparaison avec les clichés de <DATE>2023</DATE> : pas de modification.",
        "Par rapport aux clichés de <DATE>janvier</DATE>, aggravation.",
    ],
)
def test_films_compared_with_are_dated(marked: str) -> None:
    text, spans = parse_inline(marked)
    labels = {(s, e) for s, e, label in _found(text) if label == "DATE"}
    for start, end, _label in spans:
        assert (start, end) in labels


def test_films_counted_are_no_date() -> None:
    text = "Deux clichés de face réalisés, 3 clichés de profil."
    assert not any(label == "DATE" for _s, _e, label in _found(text))


@pytest.mark.parametrize(
    "marked",
    [
        # the town then its postcode, a banner's dash before the next field
        "Patient : X — Adresse : 4 allée des Pins, Quimper <CODE_POSTAL>29000</CODE_POSTAL> — Tél : non",
        "Domicile : 7 rue du Port, Nouméa <CODE_POSTAL>98800</CODE_POSTAL> - Médecin : Dr Y",
    ],
)
def test_postcode_after_its_town_before_a_dash(marked: str) -> None:
    text, spans = parse_inline(marked)
    labels = {(s, e) for s, e, label in _found(text) if label == "CODE_POSTAL"}
    for start, end, _label in spans:
        assert (start, end) in labels


@pytest.mark.parametrize(
    "marked",
    [
        # a hospital named after the part of its region it serves: the region's adjective goes with it
        "Transférée de l'<ETABLISSEMENT>hôpital de l'Est parisien</ETABLISSEMENT> hier soir.",
        "Adressé par le <ETABLISSEMENT>CH Sud lyonnais</ETABLISSEMENT> pour avis.",
    ],
)
def test_hospital_of_a_part_of_a_region(marked: str) -> None:
    text, spans = parse_inline(marked)
    labels = {(s, e) for s, e, label in _found(text) if label == "ETABLISSEMENT"}
    for start, end, _label in spans:
        assert (start, end) in labels


def test_compass_hospital_before_a_time_word() -> None:
    text = "Revu à l'hôpital Nord matin et soir."
    assert any(text[s:e] == "hôpital Nord" for s, e, label in _found(text) if label == "ETABLISSEMENT")
