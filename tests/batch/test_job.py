"""The job on a generated collection: mirror layout, input untouched, failures, resume, backends."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from egide.batch import SUFFIXES, FileResult, plan, run
from egide.batch.atomic import TEMP_PREFIX
from egide.batch.job import FORMATS
from egide.errors import InputError
from tests.batch.collection import tree_bytes
from tests.batch.conftest import job

_AS_TEXT = (".html.txt", ".pdf.txt", ".docx.txt")


def test_output_mirrors_the_input_tree_file_types_and_columns(collection: Path, tmp_path: Path) -> None:
    out = tmp_path / "sortie"
    summary = run(job(collection, out))
    documents = {k: v for k, v in tree_bytes(collection).items() if not k.endswith(".md")}
    # pages, PDFs and Word files come out as their text beside them (« x.html.txt »), every other
    # file under its own name
    expected = [name + ".txt" if name.endswith((".html", ".pdf", ".docx")) else name for name in documents]
    assert sorted(tree_bytes(out)) == sorted([*expected, ".egide-deid.json"])
    assert summary.files_done == len(documents) and summary.files_ignored == 1 and summary.files_failed == 0
    for name in ("tables/sejours.csv", "tables/export/suivi.csv"):
        source_rows = list(
            csv.reader(
                (collection / name).open(encoding="utf-8-sig", newline=""),
                delimiter=";" if "sejours" in name else ",",
            )
        )
        out_rows = list(
            csv.reader(
                (out / name).open(encoding="utf-8-sig", newline=""),
                delimiter=";" if "sejours" in name else ",",
            )
        )
        assert out_rows[0] == source_rows[0] and len(out_rows) == len(source_rows)
        # Columns that are not text columns are untouched (the person key included).
        kept = [i for i, c in enumerate(source_rows[0]) if c not in ("compte_rendu", "note")]
        assert [[r[i] for i in kept] for r in out_rows] == [[r[i] for i in kept] for r in source_rows]
    assert (out / "tables/export/suivi.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    source_lines = (collection / "tables/notes.jsonl").read_text(encoding="utf-8").splitlines()
    out_lines = (out / "tables/notes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(out_lines) == len(source_lines) and out_lines[2] == ""
    assert [list(json.loads(x)) for x in out_lines if x] == [list(json.loads(x)) for x in source_lines if x]
    import pyarrow.parquet as pq

    source_table = pq.read_table(collection / "tables/export/comptes_rendus.parquet")
    out_table = pq.read_table(out / "tables/export/comptes_rendus.parquet")
    assert out_table.schema == source_table.schema and out_table.num_rows == source_table.num_rows
    assert out_table.column("ipp") == source_table.column("ipp") and out_table.column(
        "age"
    ) == source_table.column("age")
    assert out_table.column("compte_rendu")[2].as_py() is None  # a null text stays null
    assert out_table.column("compte_rendu")[0] != source_table.column("compte_rendu")[0]
    # Something was replaced in every document type.
    for name, data in tree_bytes(out).items():
        if name == ".egide-deid.json":
            continue
        source = collection / (name.removesuffix(".txt") if name.endswith(_AS_TEXT) else name)
        kind = SUFFIXES[source.suffix]
        if getattr(FORMATS[kind], "DOCUMENT", False):  # the output is the text: compare with the text read
            assert data.decode("utf-8") != "".join(FORMATS[kind].pieces(source)), name
        else:
            assert data != source.read_bytes(), name
    page = (out / "lettres/courrier_000.html.txt").read_text(encoding="utf-8")
    assert "<" not in page and "var x" not in page and "Compte rendu" in page  # the page's text only
    assert summary.findings["NOM"] > 0 and summary.findings["DATE"] > 0


def test_the_input_is_never_written(collection: Path, tmp_path: Path) -> None:
    before = tree_bytes(collection)
    run(job(collection, tmp_path / "sortie"))
    assert tree_bytes(collection) == before


@pytest.mark.parametrize("where", ["inside", "same", "parent"])
def test_an_output_overlapping_the_input_is_refused(collection: Path, where: str) -> None:
    target = {"inside": collection / "sortie", "same": collection, "parent": collection.parent}[where]
    before = tree_bytes(collection)
    with pytest.raises(InputError, match="la sortie ne peut pas être dans l'entrée"):
        run(job(collection, target))
    assert tree_bytes(collection) == before


def test_a_single_file_goes_to_a_single_file(collection: Path, tmp_path: Path) -> None:
    out = tmp_path / "seul.csv"
    summary = run(job(collection / "tables" / "sejours.csv", out))
    assert summary.files_done == 1 and out.read_text(encoding="utf-8").startswith(
        "ipp;service;compte_rendu\n"
    )


def test_corrupt_files_are_counted_and_skipped_and_the_rest_goes_through(
    collection: Path, tmp_path: Path
) -> None:
    (collection / "lettres" / "latin1.txt").write_bytes("Né le 12/03/1950 à Sète".encode("latin-1"))
    (collection / "tables" / "casse.csv").write_bytes(b"ipp;note\n1;a;b;c\n")
    (collection / "tables" / "casse.jsonl").write_bytes(b'{"note": "ok"}\n{casse\n')
    (collection / "tables" / "binaire.txt").write_bytes(b"\x89PNG\x00\x00")
    (collection / "tables" / "tronque.parquet").write_bytes(b"PAR1 pas vraiment")
    (collection / "lettres" / "tronque.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    (collection / "lettres" / "casse.docx").write_bytes(b"PK\x03\x04 pas un document Word")
    out = tmp_path / "sortie"
    seen: list[FileResult] = []
    summary = run(job(collection, out), on_result=seen.append)
    assert dict(summary.failures) == {
        "invalid_encoding": 1,
        "invalid_csv": 1,
        "invalid_json": 1,
        "binary": 1,
        "invalid_parquet": 1,
        "invalid_pdf": 1,
        "invalid_docx": 1,
    }
    assert (
        summary.files_failed == 7 and summary.files_done == 13
    )  # 6 letters, 1 page, 1 PDF, 1 Word file, 2 CSV, 1 JSONL, 1 Parquet
    for name in (
        "lettres/latin1.txt",
        "tables/casse.csv",
        "tables/casse.jsonl",
        "tables/binaire.txt",
        "tables/tronque.parquet",
        "lettres/tronque.pdf.txt",
        "lettres/casse.docx.txt",
    ):
        assert not (out / name).exists()
    assert not [p for p in out.rglob("*") if p.name.startswith(TEMP_PREFIX)]
    assert [r.relative for r in seen] == [t.relative for t in plan(job(collection, out))[0]]


class _Stop(Exception):
    pass


def test_a_stopped_run_resumes_and_gives_the_same_output(collection: Path, tmp_path: Path) -> None:
    whole = tmp_path / "complet"
    run(job(collection, whole))
    out = tmp_path / "reprise"
    done: list[str] = []

    def stop_after_three(result: FileResult) -> None:
        done.append(result.relative)
        if len(done) == 3:
            raise _Stop

    with pytest.raises(_Stop):
        run(job(collection, out), on_result=stop_after_three)
    # A leftover of a file that was being written when the run stopped.
    (out / "tables").mkdir(parents=True, exist_ok=True)
    (out / "tables" / f"{TEMP_PREFIX}abc-notes.jsonl").write_text('{"note": "à moit', encoding="utf-8")
    assert len(tree_bytes(out)) == 5  # three outputs, the leftover, the manifest
    summary = run(job(collection, out))
    assert (
        summary.files_skipped == 3 and summary.files_done == len(tree_bytes(whole)) - 1 - 3
    )  # not the manifest
    assert tree_bytes(out) == tree_bytes(whole)


@pytest.mark.parametrize("operator", ["surrogate", "date-shift", "placeholder", "mask", "redact"])
def test_local_and_processes_give_the_same_bytes(collection: Path, tmp_path: Path, operator: str) -> None:
    (collection / "tables" / "casse.csv").write_bytes(b"ipp;note\n1;a;b;c\n")
    local = run(job(collection, tmp_path / "local", operator), backend="local")
    pooled = run(job(collection, tmp_path / "processes", operator), backend="processes", jobs=2)
    assert tree_bytes(tmp_path / "local") == tree_bytes(tmp_path / "processes")
    assert local.to_dict() == pooled.to_dict()
    assert local.files_failed == 1 and local.files_done == 13


def test_an_unknown_backend_is_refused(collection: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="moteur d'exécution inconnu"):
        run(job(collection, tmp_path / "o"), backend="fusée")


def test_spark_gives_the_same_bytes_as_local(collection: Path, tmp_path: Path) -> None:
    # Spark for real: local mode on the machine's Java 17, executors' Python workers running égide.
    (collection / "tables" / "casse.jsonl").write_bytes(b"{casse\n")
    local = run(job(collection, tmp_path / "local", "date-shift"), backend="local")
    spark = run(job(collection, tmp_path / "spark", "date-shift"), backend="spark", master="local[2]")
    assert tree_bytes(tmp_path / "local") == tree_bytes(tmp_path / "spark")
    assert local.to_dict() == spark.to_dict()
    assert spark.files_done == 13 and dict(spark.failures) == {"invalid_json": 1}


@pytest.mark.parametrize("operator", ["placeholder", "surrogate"])
def test_a_run_started_again_with_other_settings_is_refused(
    collection: Path, tmp_path: Path, operator: str
) -> None:
    out = tmp_path / "sortie"
    run(job(collection, out, "date-shift"))
    before = tree_bytes(out)
    with pytest.raises(InputError, match=r"autres réglages \(operator\)"):
        run(job(collection, out, operator))
    assert tree_bytes(out) == before
    assert run(job(collection, out, "date-shift")).files_skipped == 13  # the same settings resume
    assert json.loads(before[".egide-deid.json"])["operator"] == "date-shift"
