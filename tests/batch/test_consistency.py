"""Pseudonyms follow the person: same surrogate and one date offset in all their documents."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from egide.batch import Columns, Job, run
from tests.batch.collection import fr, make_collection
from tests.batch.conftest import KEY, job

_PATIENT = re.compile(r"Patient : (?:Mme|M\.) ([^,]+),")
_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def _patients_by_ipp(out: Path) -> dict[str, set[str]]:
    """IPP → the patient's name as written in each CSV row and JSONL line of the output."""
    import csv

    names: dict[str, set[str]] = {}
    rows = list(
        csv.DictReader((out / "tables/sejours.csv").open(encoding="utf-8", newline=""), delimiter=";")
    )
    pairs = [(r["ipp"], r["compte_rendu"]) for r in rows]
    lines = (out / "tables/notes.jsonl").read_text(encoding="utf-8").splitlines()
    pairs += [(str(json.loads(x)["ipp"]), json.loads(x)["note"]) for x in lines if x]
    import pyarrow.parquet as pq

    table = pq.read_table(out / "tables/export/comptes_rendus.parquet").to_pylist()
    pairs += [(r["ipp"], r["compte_rendu"]) for r in table if r["compte_rendu"] is not None]
    for ipp, text in pairs:
        found = _PATIENT.search(text)
        assert found is not None
        names.setdefault(ipp, set()).add(found.group(1).casefold())
    return names


def test_the_same_person_gets_the_same_surrogate_in_every_file(tmp_path: Path) -> None:
    people = make_collection(tmp_path / "entree")
    run(job(tmp_path / "entree", tmp_path / "sortie"))
    names = _patients_by_ipp(tmp_path / "sortie")
    for p in people:
        assert len(names[p.ipp]) == 1, "one surrogate per person across the CSV and the JSONL"
        (written,) = names[p.ipp]
        assert p.last.casefold() not in written and p.first.casefold() not in written
    # Different persons get different surrogates.
    assert len({next(iter(v)) for v in names.values()}) == len(people)


def test_without_a_person_column_each_document_is_its_own_scope(tmp_path: Path) -> None:
    people = make_collection(tmp_path / "entree")
    run(
        Job(
            tmp_path / "entree",
            tmp_path / "sortie",
            "surrogate",
            Columns(("compte_rendu", "note")),
            secret=KEY,
        )
    )
    names = _patients_by_ipp(tmp_path / "sortie")
    assert any(len(names[p.ipp]) > 1 for p in people)


def _dates(text: str) -> list[dt.date]:
    return [dt.date(int(y), int(m), int(d)) for d, m, y in _DATE.findall(text)]


def test_date_shift_keeps_the_intervals_of_one_person_across_files(tmp_path: Path) -> None:
    people = make_collection(tmp_path / "entree")
    run(job(tmp_path / "entree", tmp_path / "sortie", "date-shift"))
    import csv

    rows = {
        r["ipp"]: r["compte_rendu"]
        for r in csv.DictReader(
            (tmp_path / "sortie/tables/sejours.csv").open(encoding="utf-8", newline=""), delimiter=";"
        )
    }
    lines = (tmp_path / "sortie/tables/notes.jsonl").read_text(encoding="utf-8").splitlines()
    notes = {str(json.loads(x)["ipp"]): json.loads(x)["note"] for x in lines if x}
    offsets = set()
    for p in people:
        admitted, left = _dates(rows[p.ipp])  # the CSV: entry and exit
        (seen,) = _dates(notes[p.ipp])  # the JSONL: the consultation a month later
        assert fr(p.admitted) not in rows[p.ipp]
        assert (left - admitted).days == 9 and (seen - admitted).days == 30
        offsets.add((admitted - p.admitted).days)
    assert 0 not in offsets and len(offsets) > 1  # every date moved; persons have their own offsets
