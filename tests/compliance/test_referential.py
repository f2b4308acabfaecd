"""The referential as versioned data: the shipped versions are valid, a bad file is refused clearly."""

from __future__ import annotations

import pytest

from egide.compliance import known_keys, latest_shipped, parse, shipped, shipped_versions
from egide.errors import InputError

#: The texts issue 10 asks the referential to cover, as (source, article) pairs.
COVERED = {
    ("AI Act", "art. 4"),
    ("AI Act", "art. 12"),
    ("AI Act", "art. 26"),
    ("AI Act", "art. 50"),
    ("RGPD", "art. 5"),
    ("RGPD", "art. 9"),
    ("RGPD", "art. 28"),
    ("RGPD", "art. 30"),
    ("RGPD", "art. 32"),
    ("RGPD", "art. 35"),
    ("CSP", "L1110-4"),
    ("CSP", "L1111-8"),
    ("HAS", "Apprendre"),
    ("HAS", "Vérifier"),
    ("HAS", "Estimer"),
    ("HAS", "Communiquer"),
}


@pytest.mark.parametrize("version", shipped_versions())
def test_every_shipped_version_reads_and_names_only_known_evidence(version: str) -> None:
    referential = shipped(version).referential
    assert referential.version == version
    unknown = {key for r in referential.requirements for key in r.evidence} - known_keys()
    assert unknown == set()


def test_the_current_version_covers_the_texts_of_the_issue() -> None:
    referential = latest_shipped().referential
    pairs = {(r.source, r.article) for r in referential.requirements}
    assert pairs >= COVERED
    assert any(r.source == "CNIL" for r in referential.requirements)
    # Short statements in plain French, not pasted legal text.
    assert max(len(r.statement) for r in referential.requirements) <= 240
    # Every evidence function is used by at least one requirement.
    assert {key for r in referential.requirements for key in r.evidence} == known_keys()


GOOD = """
version = "2027-01"
published = 2027-01-10
title = "Essai"
[[sources]]
id = "RGPD"
name = "RGPD"
[[requirements]]
id = "R-1"
source = "RGPD"
article = "art. 5"
title = "Minimisation"
statement = "Seules les données nécessaires."
evidence = ["policy_matrix"]
"""


def test_a_valid_file_is_read() -> None:
    loaded = parse(GOOD)
    assert loaded.referential.requirements[0].evidence == ("policy_matrix",)
    assert len(loaded.digest) == 64


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace('version = "2027-01"', 'version = "janvier"'), "version"),
        (lambda t: t.replace('source = "RGPD"', 'source = "CNIL"'), "sources non déclarées : CNIL"),
        (lambda t: t + t[t.index("[[requirements]]") :], "exigences en double : R-1"),
        (lambda t: t.replace('statement = "Seules les données nécessaires."\n', ""), "statement"),
        (lambda t: t.replace('["policy_matrix"]', '["Policy Matrix"]'), "clé de preuve invalide"),
        (lambda t: t.replace("published = 2027-01-10", "published = "), "TOML illisible"),
        (lambda t: t.replace('title = "Minimisation"', 'title = "Minimisation"\nauteur = "x"'), "auteur"),
    ],
)
def test_a_bad_file_is_refused_with_its_problem_named(edit: object, message: str) -> None:
    assert callable(edit)
    with pytest.raises(InputError) as raised:
        parse(edit(GOOD), origin="essai.toml")
    assert "essai.toml" in str(raised.value)
    assert message in str(raised.value)


def test_an_unknown_shipped_version_is_an_input_error() -> None:
    with pytest.raises(InputError, match="inconnue"):
        shipped("1999-01")
