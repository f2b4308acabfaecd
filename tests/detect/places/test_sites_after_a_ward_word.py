"""A hospital's listed site named right after a speciality written out, a speciality's acronym, a ward's
desk or a practitioner on call, no « de » between (probe43–45's family: « Secrétariat Néphrologie
Brabois », « consult ORL brabois », « Serv : Gériatrie Pasteur 2 », « Bureau des entrées Bel Air »,
« cardiologue de garde Salengro »). Other sites of the list here; negatives: the study of a thing before
an eponym, a speciality before a word."""

from __future__ import annotations

import pytest

from tests.detect.inline import ENGINE


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("De : Secrétariat Rhumatologie Fleyriat <sec@ch.fr>", "Fleyriat"),
        ("consult ORL duffaut 1/12 dr x", "duffaut"),
        ("Serv : Pneumologie Girac - Ch 9", "Girac"),
        ("Déclarant : Mme Y, bureau des entrées Layné", "Layné"),
        ("appel au pneumologue de garde Fleyriat : transfert direct", "Fleyriat"),
    ],
)
def test_a_listed_site_after_a_ward_word_is_the_hospital(text: str, part: str) -> None:
    assert ENGINE.masks(text, part, label="ETABLISSEMENT")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("pathologie Pasteur et vaccins", "Pasteur"),
        ("Cardiologie Standard", "Standard"),
    ],
)
def test_no_site_there(text: str, part: str) -> None:
    assert not ENGINE.touches(text, part, label="ETABLISSEMENT")
