"""The synthetic corpus: gold spans line up with the text, generation is deterministic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench.corpus import clean_records, clinical_records, echr_records
from bench.corpus.builder import Doc, ent
from bench.corpus.dates import in_words, words_below_100
from bench.corpus.echr import default_path

from egide.detect.labels import Label

LABELS = {label.value for label in Label}


def test_builder_records_offsets_of_each_labelled_segment() -> None:
    doc = Doc("test").fmt(
        "Vu {who} le {d}.", who=[("M. ", None), ("Jean DUPONT", "NOM")], d=ent("DATE", "03/02/2020")
    )
    record = doc.record("x")
    assert record["text"] == "Vu M. Jean DUPONT le 03/02/2020."
    assert record["entities"] == [
        {"start": 6, "end": 17, "label": "NOM"},
        {"start": 21, "end": 31, "label": "DATE"},
    ]


def test_clinical_gold_spans_line_up_with_the_text() -> None:
    records = list(clinical_records(120, seed=3))
    assert len({r["id"] for r in records}) == 120
    labels_seen: set[str] = set()
    for record in records:
        text = record["text"]
        previous_end = 0
        for e in record["entities"]:
            span = text[e["start"] : e["end"]]
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert span == span.strip() and span, (record["id"], span)
            assert e["label"] in LABELS
            assert e["start"] >= previous_end, "gold spans must not overlap"
            previous_end = e["end"]
            labels_seen.add(e["label"])
    # every family the issue lists appears in a corpus of this size
    for label in ("NOM", "NIR", "IPP", "NDA", "RPPS", "EMAIL", "TELEPHONE", "DATE", "DATE_NAISSANCE",
                  "ADRESSE", "CODE_POSTAL", "VILLE", "ETABLISSEMENT", "AGE", "IBAN", "SIRET",
                  "IMMATRICULATION", "PIECE_IDENTITE"):  # fmt: skip
        assert label in labels_seen, label


def test_structured_identifiers_have_valid_keys() -> None:
    from stdnum import iban, luhn
    from stdnum.fr import nir, siret

    checked = 0
    nirs: list[bool] = []
    for record in clinical_records(300, seed=5):
        for e in record["entities"]:
            value = record["text"][e["start"] : e["end"]].replace(" ", "")
            if e["label"] == "IBAN":
                assert iban.is_valid(value), value
            elif e["label"] == "SIRET":
                assert siret.is_valid(value), value
            elif e["label"] == "NIR":
                nirs.append(nir.is_valid(value.replace(".", "").replace("-", "")))
                continue
            elif e["label"] in {"CARTE_BANCAIRE", "RPPS"}:
                assert luhn.is_valid(value.replace(".", "").replace("-", "")), value
            else:
                continue
            checked += 1
    assert checked > 50
    # most NIR have a valid key, about one in ten carries a typo (which must still be masked)
    assert len(nirs) > 30 and 0.75 <= sum(nirs) / len(nirs) < 1.0


def test_generation_is_deterministic_and_depends_on_the_seed() -> None:
    assert list(clinical_records(30, seed=1)) == list(clinical_records(30, seed=1))
    assert list(clean_records(10, seed=1)) == list(clean_records(10, seed=1))
    assert list(clinical_records(5, seed=1)) != list(clinical_records(5, seed=2))
    # document i does not depend on how many documents are generated
    assert list(clinical_records(10, seed=1))[:5] == list(clinical_records(5, seed=1))


def test_clean_prose_has_no_gold_span_and_no_date_like_words() -> None:
    for record in clean_records(50, seed=0):
        assert record["entities"] == []
        assert "Dr " not in record["text"] and "né le" not in record["text"]


def test_ages_from_90_are_gold_and_younger_ages_are_not() -> None:
    in_words = {words_below_100(n): n for n in range(100)}
    ages = []
    for record in clinical_records(300, seed=0):
        for e in record["entities"]:
            if e["label"] == "AGE":
                span = record["text"][e["start"] : e["end"]]
                ages.append(int(span) if span.isdigit() else in_words[span])
        # an age under 90 written with « ans » is never gold
        for match in re.finditer(r"\b(\d{1,2}) ans\b", record["text"]):
            if int(match.group(1)) < 90:
                assert not any(e["start"] <= match.start() < e["end"] for e in record["entities"])
    assert ages and min(ages) >= 90


@pytest.mark.parametrize(
    ("year", "month", "day", "words"),
    [
        (1978, 1, 2, "deux janvier mille neuf cent soixante-dix-huit"),
        (1999, 12, 31, "trente-et-un décembre mille neuf cent quatre-vingt-dix-neuf"),
        (1980, 8, 1, "premier août mille neuf cent quatre-vingts"),
        (2018, 2, 23, "vingt-trois février deux mille dix-huit"),
    ],
)
def test_dates_in_words(year: int, month: int, day: int, words: str) -> None:
    import datetime as dt

    assert in_words(dt.date(year, month, day)) == words


def test_echr_conversion_of_a_small_bio_file(tmp_path: Path) -> None:
    bio = tmp_path / "mini.tsv"
    lines = ["PROCÉDURE O", "", "Le O", "5 B-DATE", "mai I-DATE", "1990 I-DATE", ", O", "M B-PER", ". I-PER",
             "Feal I-PER", "- I-PER", "Martinez I-PER", "( O", "requête O", "12345/89 B-CODE", ") O",
             "vivait O", "à O", "Royaume B-LOC", "- I-LOC", "Uni I-LOC", "( O", "britannique B-NATIONALITY",
             ") O", ". O", ""]  # fmt: skip
    bio.write_bytes("\r\n".join(lines).encode("utf-8"))
    records = list(echr_records(bio))
    assert [r["text"] for r in records] == [
        "PROCÉDURE",
        "Le 5 mai 1990, M. Feal-Martinez (requête 12345/89) vivait à Royaume-Uni (britannique).",
    ]
    text = records[1]["text"]
    assert [(text[e["start"] : e["end"]], e["label"]) for e in records[1]["entities"]] == [
        ("5 mai 1990", "DATE"),
        ("Feal-Martinez", "NOM"),
        ("12345/89", "NDA"),
        ("Royaume-Uni", "VILLE"),
    ]


@pytest.mark.skipif(not default_path().exists(), reason="reference data not mounted")
def test_echr_reference_set_converts_with_tokens_intact() -> None:
    sentences = list(echr_records())
    documents = list(echr_records(unit="document"))
    assert len(documents) == 3
    assert sum(len(d["entities"]) for d in documents) == sum(len(s["entities"]) for s in sentences)
    for record in documents:
        for e in record["entities"]:
            span = record["text"][e["start"] : e["end"]]
            assert span and span == span.strip()
