"""Days and months without a year and without a strong cue, as notes and reports write them (issue 8, the
seventeenth to nineteenth batches): a day and month with a dot after a word that sets a day or before a
time (« Bilan du 02.12 », « Relève SSPI 05.12 14h »), a day and month signing a note after a dash
(« …, appel réa (Jérôme) — 5/12 »), a transmission's day before its shift (« « 1O/3 nuit — … »), an
OCR'd day and month after « le » (« opéré le 26.ll »). Traps: decimals, versions, scores and fractions
written the same way, a footer's page number. Every text is invented."""

from __future__ import annotations

import pytest

from egide.detect.engine import Detector
from tests.detect.inline import assert_detects
from tests.detect.recognisers.dates.support import values

ENGINE = Detector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bilan du 14.11\nCréatinine 88 µmol/L", ["14.11"]),
        ("Prélèvement réalisé le 03.12, résultats joints.", ["03.12"]),
        ("Date : 28.10\nObjet : relève", ["28.10"]),
        ("Relève SSPI 05.12 14h\n- lit 3 : RAS", ["05.12"]),
        ("Transmissions 21.11 à 7h30 : patient calme", ["21.11"]),
        ("Staff 09.12 13:30 — salle B", ["09.12"]),
        ("Hémocultures prélevées le 4.12 : négatives", ["4.12"]),
    ],
)
def test_a_dotted_day_and_month_after_a_day_cue_or_before_a_time(text: str, expected: list[str]) -> None:
    assert values(text, "DATE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hb 12.05 g/dL, plaquettes 245 G/L",  # a unit after it
        "logiciel version 10.12 installé",  # a version, no cue
        "augmentation en 10.12 des valeurs",  # « en » is too weak a cue
        "Kaliémie 04.05 ce matin",  # a value, no cue before, no time after
        "TA 12.08 à 14h",  # a measure before it
        "valeurs 12.05 11.98 12.10",  # a list of decimal values
        "score 07.10 le 3",
        "le 31.02",  # no such day
        "Kaliémie 4.12 14h, 4.50 18h",  # a value and the time it was measured at
    ],
)
def test_a_dotted_pair_that_is_no_date(text: str) -> None:
    assert values(text, "DATE") == []


@pytest.mark.parametrize(
    "marked",
    [
        "Réponse : remplissage 500 mL, appel de l'interne (<NOM>Mathis</NOM>) — <DATE>7/11</DATE>",
        "Pansement refait, cicatrice propre, pas de fièvre — <DATE>23/11</DATE>.",
        "Famille prévenue par téléphone, accord pour la sortie – <DATE>06.12</DATE>\n\nNote suivante",
    ],
)
def test_a_day_and_month_signing_a_note_after_a_dash(marked: str) -> None:
    assert_detects(ENGINE, marked)


@pytest.mark.parametrize(
    "text",
    [
        "DURAND Paul — IPP 30012 — 1/1",  # a footer's page number
        "Service de cardiologie — compte rendu — 2/3",
        "Compte rendu de consultation, page — 3/12",
        "douleur à la mobilisation, reprise antalgique — 3/10",  # a score on ten
        "testing musculaire du psoas gauche — 4/5",
        "prise du comprimé matin et soir — 1/2",
        "douleur à la mobilisation — 6/12\nsuite du texte",  # the line goes on: no note ends there
    ],
)
def test_a_value_after_a_dash_is_no_signing_date(text: str) -> None:
    assert values(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transmissions ciblées : « 1O/3 nuit — patient agité, rappel de l'interne »", ["1O/3"]),
        ("- 4/12 matin : RAS\n- 5/12 soir : agitation", ["4/12", "5/12"]),
        ("opéré le 26.ll d'un anévrisme", ["26.ll"]),
        ("hospitalisée du 2l.ll au 24 novembre", ["2l.ll", "24 novembre"]),
    ],
)
def test_a_shift_heading_and_an_ocr_day_and_month(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in ENGINE.detect(text) if f.label == "DATE"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "il dort « 1/2 nuit » seulement",  # half a night
        "- 1/2 journée d'hospitalisation de jour",
        "facteur 26.ll du lot",  # no « le » before the OCR'd pair
        "Hb l2.lO g/dL",
    ],
)
def test_no_shift_heading_nor_ocr_date_there(text: str) -> None:
    assert [f for f in ENGINE.detect(text) if f.label == "DATE"] == []
