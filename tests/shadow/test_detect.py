"""Format detection, named formats and field maps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from egide.errors import InputError
from egide.shadow.formats.detect import canonical, detect
from egide.shadow.formats.fieldmap import parse_field_map

from .conftest import SAMPLES, ZSCALER_MAP, Scan


def _head(name: str) -> list[str]:
    return (SAMPLES / name).read_text(encoding="utf-8").splitlines(keepends=True)[:50]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("squid_access.log", "squid"),
        ("combined_access.log", "combined"),
        ("bluecoat_w3c.log", "w3c"),
        ("export_header.tsv", "csv"),
    ],
)
def test_detection(sample: str, expected: str) -> None:
    assert detect(_head(sample), None)[0] == expected


def test_a_field_map_means_a_delimited_feed() -> None:
    fmt, field_map = detect(_head("zscaler_nss.csv"), parse_field_map(ZSCALER_MAP))
    assert fmt == "csv" and field_map is not None


def test_a_headerless_csv_without_map_is_an_unknown_format() -> None:
    with pytest.raises(InputError, match="format de log inconnu"):
        detect(_head("zscaler_nss.csv"), None)


def test_unknown_format_names_are_refused() -> None:
    assert canonical("Common") == "combined"
    assert canonical("TSV") == "csv"
    with pytest.raises(InputError, match="format de log inconnu 'syslog'"):
        canonical("syslog")


def test_a_named_format_is_used_as_is(run_scan: Scan) -> None:
    # Read as combined, a Squid native log is all malformed: counted, never fatal.
    result = run_scan("squid_access.log", fmt="common")
    assert result.files[0].format == "combined"
    assert result.records == 0
    assert result.malformed == result.lines - 1  # the blank line is ignored


def test_field_map_syntax() -> None:
    fm = parse_field_map("time=datetime, url=eurl,sent=reqsize,delimiter=tab,time_format=%d/%m/%Y %H:%M")
    assert fm.columns == {"time": "datetime", "url": "eurl", "sent": "reqsize"}
    assert fm.delimiter == "\t"
    assert fm.time_format == "%d/%m/%Y %H:%M"
    assert fm.expects_header()
    assert not parse_field_map("time=1,host=3").expects_header()
    for bad, message in [
        ("time=1", "obligatoires"),
        ("when=1,url=2", "clé inconnue 'when'"),
        ("time=0,url=2", "commencent à 1"),
        ("nothing here", "clé=valeur"),
        ("time=1,url=2,delimiter=;;", "un caractère"),
    ]:
        with pytest.raises(InputError, match=message):
            parse_field_map(bad)


def test_field_map_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "zscaler.map"
    path.write_text("# NSS feed\ntime = 1\nurl = 4\nsent = 8\n", encoding="utf-8")
    assert parse_field_map(str(path)).columns == {"time": "1", "url": "4", "sent": "8"}


def test_header_lacking_a_mapped_column_is_a_clear_error(run_scan: Scan) -> None:
    with pytest.raises(InputError, match="pas de colonne 'eurl'"):
        run_scan("export_header.tsv", field_map="time=datetime,url=eurl")


def test_cli_unknown_format_exits_2(tmp_path: Path) -> None:
    egide = Path(sys.executable).parent / "egide"
    env = {"EGIDE_DATA_DIR": str(tmp_path / "var"), "PATH": "/usr/bin:/bin"}
    # The scan reads the registry (approved tools): the database must exist.
    subprocess.run([str(egide), "init"], capture_output=True, env=env, timeout=120, check=True)
    done = subprocess.run(
        [str(egide), "shadow", "scan", str(SAMPLES / "squid_access.log"), "--format", "syslog", "--no-store"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert "format de log inconnu 'syslog'" in done.stderr
    assert "Traceback" not in done.stderr
    garbage = tmp_path / "garbage.log"
    garbage.write_text("hello\nworld\n", encoding="utf-8")
    done = subprocess.run(
        [str(egide), "shadow", "scan", str(garbage), "--no-store", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert "garbage.log: format de log inconnu" in done.stderr
