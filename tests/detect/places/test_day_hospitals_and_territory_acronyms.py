"""Establishments as prompts typed into a chatbot name them (issue 8, probe16's family): a day hospital
with its name (« Hôpital de jour gériatrique de Lanmary », « hôpital de jour Les Tamaris »), a
territory's hospital acronym with its proper name (« CHPF Taaone », « CHOG Franck-Joly »), and a
« CH » after « suivi » with no article, typed in lower case too (« suivi ch delafontaine »). Traps: the
generic day hospital, a specialty after it, a regimen or a disease in capitals before a word."""

from __future__ import annotations

import pytest

from tests.detect.places.support import values


@pytest.mark.parametrize(
    ("text", "establishment"),
    [
        (
            "EGS — Hôpital de jour gériatrique de Lanmary, 19/11/2026",
            "Hôpital de jour gériatrique de Lanmary",
        ),
        ("admis à l'hôpital de jour de Lanmary", "hôpital de jour de Lanmary"),
        ("suivie à l'hôpital de jour Les Tamaris", "hôpital de jour Les Tamaris"),
        ("Dr Teriitahi — CHPF Taaone, Tahiti", "CHPF Taaone"),
        ("transférée au CHOG Franck-Joly", "CHOG Franck-Joly"),
        ("sage-femme prévenue\nsuivi CH Delafontaine", "CH Delafontaine"),
    ],
)
def test_the_establishment_is_found(text: str, establishment: str) -> None:
    assert establishment in values(text, "ETABLISSEMENT")


@pytest.mark.parametrize(
    "text",
    [
        "admis en hôpital de jour de gériatrie",
        "Hôpital de jour",
        "l'hôpital de jour de Cardiologie",
        "protocole R-CHOP Rituximab, un CHC Multifocal, GHM Sévère",
        "suivi clinique Normal",
    ],
)
def test_no_establishment_is_made_up(text: str) -> None:
    assert values(text, "ETABLISSEMENT") == []


def test_a_ch_typed_in_lower_case_is_found_by_the_engine() -> None:
    from egide.detect.engine import Detector

    text = "sage femme pmi prévenue\nsuivi ch delafontaine"
    found = [text[f.start : f.end] for f in Detector().detect(text)]
    assert "ch delafontaine" in found


def test_the_day_hospital_of_a_chu_leaves_the_chu_the_place() -> None:
    assert values("admise à l'hôpital de jour du CHU de Rouen", "ETABLISSEMENT") == ["CHU de Rouen"]


def test_an_acronym_inside_a_run_of_capitals_is_a_word() -> None:
    # OCR'd press: « MASTIC DE CHIO », then a word the scan misread
    assert values("PASTILLES AU MASTIC DE CHIO Rygiène, Fraîcheur", "ETABLISSEMENT") == []
