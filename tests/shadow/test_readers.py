"""Reading: compression recognised by content, globs, stdin, errors, and constant memory."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import tracemalloc
from pathlib import Path

import pytest

from egide.errors import InputError
from egide.shadow.readers import Source, expand, open_lines

from .conftest import SAMPLES, Scan

SQUID = (SAMPLES / "squid_access.log").read_bytes()


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".log", lambda b: b), (".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compression_is_recognised_by_content(
    tmp_path: Path, run_scan: Scan, suffix: str, compress: object
) -> None:
    # Named ".log" whatever the content: rotated logs are often renamed.
    path = tmp_path / f"access{suffix}.1"
    path.write_bytes(compress(SQUID))  # type: ignore[operator]
    result = run_scan(str(path))
    assert (result.lines, result.records, result.malformed, result.ai_requests) == (20, 12, 5, 8)


def test_concatenated_gzip_members_are_read_whole(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "access.log.gz"
    path.write_bytes(gzip.compress(SQUID) + gzip.compress(SQUID))
    assert run_scan(str(path)).lines == 40


def test_globs_expand_in_order_and_each_file_once(tmp_path: Path) -> None:
    for name in ("b.log", "a.log", "c.txt"):
        (tmp_path / name).write_bytes(SQUID)
    sources = expand([str(tmp_path / "*.log"), str(tmp_path / "a.log")])
    assert [Path(s.name).name for s in sources] == ["a.log", "b.log"]


def test_missing_files_and_directories_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="aucun fichier de log ne correspond"):
        expand([str(tmp_path / "absent-*.log")])
    with pytest.raises(InputError, match="est un dossier"):
        expand([str(tmp_path)])


def test_truncated_gzip_is_an_input_error_naming_the_file(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "cut.log.gz"
    path.write_bytes(gzip.compress(SQUID * 50)[:300])
    with pytest.raises(InputError, match=r"cut\.log\.gz"):
        run_scan(str(path))


@pytest.mark.parametrize("compress", [lambda b: b, gzip.compress])
def test_stdin(monkeypatch: pytest.MonkeyPatch, run_scan: Scan, compress: object) -> None:
    data = compress(SQUID)  # type: ignore[operator]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    result = run_scan("-")
    assert result.files[0].name == "<stdin>"
    assert (result.lines, result.ai_requests) == (20, 8)


def test_undecodable_bytes_do_not_stop_the_run(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "latin1.log"
    path.write_bytes(SQUID.replace(b"jdupont", "jérôme".encode("latin-1")))
    result = run_scan(str(path))
    assert (result.lines, result.malformed, result.ai_requests) == (20, 5, 8)


def _ordinary_lines(count: int) -> bytes:
    line = "1762160400.000 10 10.0.0.{i} TCP_TUNNEL/200 1000 CONNECT site{i}.example.fr:443 user{i} HIER_DIRECT/1.2.3.4 -\n"
    ai = (
        "1762160400.000 10 10.0.0.1 TCP_TUNNEL/200 1000 CONNECT claude.ai:443 user{i} HIER_DIRECT/1.2.3.4 -\n"
    )
    return "".join((ai if i % 100 == 0 else line).format(i=i % 50) for i in range(count)).encode()


def test_memory_does_not_grow_with_the_log(tmp_path: Path, run_scan: Scan) -> None:
    """Ten times more lines (same variety of hosts and users): the peak stays put."""
    peaks = []
    for count in (20_000, 200_000):
        path = tmp_path / f"{count}.log"
        path.write_bytes(_ordinary_lines(count))
        tracemalloc.start()
        result = run_scan(str(path))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert result.lines == count
        assert result.ai_requests == count // 100
    small, large = peaks
    assert large < small * 1.5, peaks
    assert large < 12_000_000, (
        peaks
    )  # the 200 000-line file is 20 MB; reading holds about a megabyte at a time


def test_open_lines_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.log"
    path.write_bytes(_ordinary_lines(1000))
    with open_lines(Source(str(path), path)) as lines:
        first = next(iter(lines))
    assert first.startswith("1762160400.000")


def test_empty_log(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "empty.log"
    path.write_bytes(b"")
    result = run_scan(str(path))
    assert (result.lines, result.records, result.rows, result.period_start) == (0, 0, [], None)


def test_an_endless_line_is_cut_not_held(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "corrupt.log"
    path.write_bytes(b"x" * (3 * 1024 * 1024 + 10) + b"\n" + SQUID)
    result = run_scan(str(path), fmt="squid")
    assert result.ai_requests == 8  # the sample after the corrupt part is read as usual
    assert result.malformed == 5 + 4  # the 3 MB "line" arrives in four pieces of at most 1 MB


def test_unicode_digits_are_malformed_not_fatal(tmp_path: Path, run_scan: Scan) -> None:
    path = tmp_path / "odd.log"
    path.write_text(
        "1762160400.123 140 10.1.2.10 TCP_TUNNEL/200 51²0 CONNECT chatgpt.com:443 jdupont HIER_DIRECT/1.2.3.4 -\n",
        encoding="utf-8",
    )
    result = run_scan(str(path), fmt="squid")
    assert (result.records, result.malformed, result.samples[0].reason) == (0, 1, "nombre d'octets invalide")


def test_proxy_authentication_challenges_are_ignored_in_every_format(tmp_path: Path, run_scan: Scan) -> None:
    # One rule for all formats: a 407 is the proxy asking the browser to log in, not a use of the site.
    w3c = tmp_path / "bluecoat.log"
    w3c.write_text(
        "#Fields: date time c-ip cs-username sc-status s-action cs-host sc-bytes cs-bytes\n"
        "2025-11-03 08:00:00 10.0.0.1 - 407 TCP_DENIED chatgpt.com 10 10\n"
        "2025-11-03 08:00:01 10.0.0.1 jdupont 200 TCP_TUNNELED chatgpt.com 100 2000\n",
        encoding="utf-8",
    )
    tsv = tmp_path / "export.tsv"
    tsv.write_text(
        "time\tuser\tclient\thost\tstatus\taction\n"
        "2025-11-03 08:00:00\t-\t10.0.0.1\tchatgpt.com\t407\tDENIED\n"
        "2025-11-03 08:00:01\tjdupont\t10.0.0.1\tchatgpt.com\t200\tALLOWED\n",
        encoding="utf-8",
    )
    for path in (w3c, tsv):
        result = run_scan(str(path))
        assert result.ai_requests == 1, path.name
        assert sum(u.blocked for u in result.rows) == 0, path.name
        assert sum(f.ignored for f in result.files) == 2, path.name  # the header and the challenge
