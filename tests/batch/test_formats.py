"""Readers and writers: the output has the input's layout, only the chosen texts change."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from egide.batch.atomic import atomic_writer
from egide.batch.formats import Columns, csv_table, jsonl, text
from egide.batch.records import FileFailure, Record


def _upper(records: list[Record]) -> list[Record]:
    return [
        Record(r.number, {k: v.upper() for k, v in r.texts.items()}, r.person, r.rest, r.extra)
        for r in records
    ]


@pytest.mark.parametrize(
    ("raw", "delimiter"),
    [
        (b'id;texte;autre\n1;bonjour;a\n2;"deux; trois";b\n', ";"),
        (b'id,texte,autre\r\n1,bonjour,a\r\n2,"deux, trois",b\r\n', ","),
        (codecs.BOM_UTF8 + b"id\ttexte\tautre\n1\tbonjour\ta\n", "\t"),
    ],
)
def test_csv_keeps_delimiter_line_endings_bom_and_other_columns(
    tmp_path: Path, raw: bytes, delimiter: str
) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(raw)
    table = csv_table.read(source, Columns(("texte",)))
    assert table.layout.delimiter == delimiter
    out = tmp_path / "o.csv"
    with atomic_writer(out) as stream:
        csv_table.write(stream, table.layout, iter(_upper(list(table.records))))
    expected = raw.replace(b"bonjour", b"BONJOUR").replace(b"deux", b"DEUX").replace(b"trois", b"TROIS")
    assert out.read_bytes() == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"id;texte\n1;a;en trop\n", "invalid_csv"),
        (b'id;texte\n1;"jamais ferm\xc3\xa9\n', "invalid_csv"),
        (b"id;texte\n1;caf\xe9\n", "invalid_encoding"),
        (b"id;autre\n1;a\n", "missing_column"),
        (b"", "invalid_csv"),
    ],
)
def test_csv_failures_have_a_reason(tmp_path: Path, raw: bytes, reason: str) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(raw)
    with pytest.raises(FileFailure) as caught:
        list(csv_table.read(source, Columns(("texte",))).records)
    assert caught.value.reason == reason


def test_csv_person_column_must_exist(tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(b"id;texte\n1;a\n")
    with pytest.raises(FileFailure) as caught:
        csv_table.read(source, Columns(("texte",), "ipp"))
    assert caught.value.reason == "missing_column"


def test_jsonl_keeps_key_order_blank_lines_and_other_values(tmp_path: Path) -> None:
    source = tmp_path / "n.jsonl"
    source.write_text(
        '{"z": 1, "note": "bonjour", "a": [1, 2]}\n\n{"note": null, "ipp": 7}\n', encoding="utf-8"
    )
    table = jsonl.read(source, Columns(("note",), "ipp"))
    records = list(table.records)
    assert [r.person for r in records] == [None, None, "7"]
    assert [r.texts for r in records] == [{"note": "bonjour"}, {}, {}]
    out = tmp_path / "o.jsonl"
    with atomic_writer(out) as stream:
        jsonl.write(stream, None, iter(_upper(records)))
    assert (
        out.read_text(encoding="utf-8")
        == '{"z": 1, "note": "BONJOUR", "a": [1, 2]}\n\n{"note": null, "ipp": 7}\n'
    )


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"note": "a"}\n{pas du json\n', "invalid_json"),
        (b'["une liste"]\n', "invalid_json"),
        (b'{"note": "\xe9"}\n', "invalid_encoding"),
    ],
)
def test_jsonl_failures_have_a_reason(tmp_path: Path, raw: bytes, reason: str) -> None:
    source = tmp_path / "n.jsonl"
    source.write_bytes(raw)
    with pytest.raises(FileFailure) as caught:
        list(jsonl.read(source, Columns(("note",))).records)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"caf\xe9", "invalid_encoding"),
        (b"a\x00b", "binary"),
        ("é".encode() * 5000 + b"\xe9", "invalid_encoding"),  # past the first pieces read
        (b"a" * 9000 + b"\x00", "binary"),
    ],
)
def test_text_failures_have_a_reason(tmp_path: Path, raw: bytes, reason: str) -> None:
    source = tmp_path / "l.txt"
    source.write_bytes(raw)
    with pytest.raises(FileFailure) as caught:
        list(text.pieces(source, read_bytes=4096))
    assert caught.value.reason == reason


def test_text_is_read_by_pieces_that_split_characters_anywhere(tmp_path: Path) -> None:
    source = tmp_path / "l.txt"
    content = "\ufeffÉlodie née à Sète 🙂\r\n" * 50  # 2- to 4-byte characters, a BOM, CRLF kept
    source.write_text(content, encoding="utf-8", newline="")
    for size in (1, 3, 7, 64):
        parts = list(text.pieces(source, read_bytes=size))
        assert "".join(parts) == content and len(parts) > 1


def test_atomic_writer_leaves_nothing_when_interrupted(tmp_path: Path) -> None:
    out = tmp_path / "sous" / "o.txt"
    with pytest.raises(RuntimeError), atomic_writer(out) as stream:
        stream.write("à moitié")
        raise RuntimeError("arrêt")
    assert not out.exists()
    assert list((tmp_path / "sous").iterdir()) == []  # no temporary file left either


def test_atomic_writer_writes_through_a_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "o.txt"
    with atomic_writer(out) as stream:
        stream.write("contenu")
        # Until the block ends, the destination does not exist: only a hidden temporary file does.
        assert not out.exists()
        assert [p.name.startswith(".egide-tmp-") for p in tmp_path.iterdir()] == [True]
    assert out.read_text(encoding="utf-8") == "contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["o.txt"]


def test_parquet_keeps_schema_compression_and_row_groups(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from egide.batch.atomic import atomic_path
    from egide.batch.formats import parquet

    source = tmp_path / "t.parquet"
    n = parquet.BATCH_ROWS + 5  # more than one batch
    table = pa.table({"texte": [f"ligne {i}" for i in range(n)], "n": list(range(n))})
    pq.write_table(table.replace_schema_metadata({"origine": "test"}), source, compression="gzip")
    read = parquet.read(source, Columns(("texte",)))
    out = tmp_path / "o.parquet"
    with atomic_path(out) as temporary:
        parquet.write_path(temporary, read.layout, iter(_upper(list(read.records))))
    written = pq.ParquetFile(out)
    assert written.schema_arrow.metadata == {b"origine": b"test"}
    assert written.metadata.row_group(0).column(0).compression == "GZIP"
    result = pq.read_table(out)
    assert result.column("texte").to_pylist() == [f"LIGNE {i}" for i in range(n)]
    assert result.column("n").to_pylist() == list(range(n))


@pytest.mark.parametrize(
    ("columns", "reason"),
    [
        (Columns(("n",)), "missing_column"),
        (Columns(("absente",)), "missing_column"),
        (Columns(("texte",), "ipp"), "missing_column"),
    ],
)
def test_parquet_text_columns_must_be_strings_and_exist(
    tmp_path: Path, columns: Columns, reason: str
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from egide.batch.formats import parquet

    source = tmp_path / "t.parquet"
    pq.write_table(pa.table({"texte": ["a"], "n": [1]}), source)
    with pytest.raises(FileFailure) as caught:
        parquet.read(source, columns)
    assert caught.value.reason == reason


def test_a_page_is_read_as_the_text_a_person_sees() -> None:
    from egide.batch.formats.html import page_text

    page = (
        "<html><head><title>Dossier</title><style>.x{color:red}</style></head><body>"
        "<h1>Compte rendu</h1><p>Patiente :\n  <b>Mme Jeanne DUPONT</b>, n&eacute;e le 03/02/1961.</p>"
        "<script>var patient = 'Jeanne DUPONT';</script><!-- commentaire : Jeanne DUPONT -->"
        "<table><tr><th>IPP</th><td>80012345</td></tr></table><ul><li>HTA</li><li>diab&egrave;te</li></ul>"
        "</body></html>"
    )
    assert page_text(page) == (
        "Compte rendu\nPatiente : Mme Jeanne DUPONT, née le 03/02/1961.\nIPP\t80012345\nHTA\ndiabète\n"
    )  # scripts, styles, the head and comments are not text a person reads: they are left out


def test_a_pdf_is_read_page_by_page_from_its_text_layer(tmp_path: Path) -> None:
    from egide.batch.formats import pdf
    from tests.batch.collection import write_pdf

    source = tmp_path / "cr.pdf"
    write_pdf(source, ["Patiente : Mme Jeanne DUPONT\nnée le 03/02/1961", "Page deux : HTA, diabète"])
    assert "".join(pdf.pieces(source)) == (
        "Patiente : Mme Jeanne DUPONT\nnée le 03/02/1961\n\fPage deux : HTA, diabète\n\f"
    )


def _scan(path: Path) -> None:
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.rect(20, 20, 100, 60, style="F")  # an image-like page: drawing, no text
    document.output(str(path))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"), "invalid_pdf"),
        (lambda p: p.write_bytes(b"pas un PDF du tout"), "invalid_pdf"),
        (_scan, "no_text_layer"),
    ],
)
def test_pdf_failures_have_a_reason(tmp_path: Path, make: Any, reason: str) -> None:
    from egide.batch.formats import pdf

    source = tmp_path / "x.pdf"
    make(source)
    with pytest.raises(FileFailure) as caught:
        list(pdf.pieces(source))
    assert caught.value.reason == reason


def test_a_word_file_is_read_with_its_letterhead_and_tables(tmp_path: Path) -> None:
    from egide.batch.formats import docx
    from tests.batch.collection import Person, write_docx

    person = Person("8000001234", "Mme", "Jeanne", "Dupont", dt.date(2021, 3, 4))
    source = tmp_path / "c.docx"
    write_docx(source, person, "Martin")
    read = "".join(docx.pieces(source))
    assert read.startswith("CHU de Rouen — IPP 8000001234\nCompte rendu d'hospitalisation\n\nPatient : Mme")
    assert read.endswith(
        "Dr Martin, service de médecine interne.\n\nPatient\tJeanne Dupont\nEntrée\t04/03/2021\n"
    )


@pytest.mark.parametrize(
    "raw",
    [b"pas un zip", b"PK\x03\x04tronque", None],  # None: a valid ZIP that is not a Word document
)
def test_a_broken_word_file_is_invalid_docx(tmp_path: Path, raw: bytes | None) -> None:
    import zipfile

    from egide.batch.formats import docx

    source = tmp_path / "c.docx"
    if raw is None:
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("word/document.xml", "<w:document><casse")
    else:
        source.write_bytes(raw)
    with pytest.raises(FileFailure) as caught:
        list(docx.pieces(source))
    assert caught.value.reason == "invalid_docx"


def test_parquet_batches_are_bounded_in_bytes_when_rows_are_wide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    import pyarrow as pa
    import pyarrow.parquet as pq

    from egide.batch.atomic import atomic_path
    from egide.batch.formats import parquet

    source = tmp_path / "scans.parquet"
    monkeypatch.setattr(parquet, "BATCH_BYTES", 4 * 1024 * 1024)
    draw = random.Random(7)
    n = 40  # 256 KiB per row (a scanned letter kept beside its text): 16 rows make 4 MiB
    scans = [draw.randbytes(256 * 1024) for _ in range(n)]
    pq.write_table(pa.table({"texte": [f"lettre {i}" for i in range(n)], "scan": scans}), source)
    read = parquet.read(source, Columns(("texte",)))
    assert 12 <= read.layout.batch_rows <= 16
    out = tmp_path / "o.parquet"
    with atomic_path(out) as temporary:
        parquet.write_path(temporary, read.layout, iter(_upper(list(read.records))))
    written = pq.ParquetFile(out)
    assert written.metadata.row_group(0).num_rows == read.layout.batch_rows
    assert pq.read_table(out).column("texte").to_pylist() == [f"LETTRE {i}" for i in range(n)]
