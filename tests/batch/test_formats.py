"""Readers and writers: the output has the input's layout, only the chosen texts change."""

from __future__ import annotations

import codecs
from pathlib import Path

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


@pytest.mark.parametrize(("raw", "reason"), [(b"caf\xe9", "invalid_encoding"), (b"a\x00b", "binary")])
def test_text_failures_have_a_reason(tmp_path: Path, raw: bytes, reason: str) -> None:
    source = tmp_path / "l.txt"
    source.write_bytes(raw)
    with pytest.raises(FileFailure) as caught:
        text.read(source, Columns())
    assert caught.value.reason == reason


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
