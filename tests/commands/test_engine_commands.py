"""`egide scan`, `egide pseudonymise` and `egide eval` end to end, with the real engine.

Structured identifiers (IPP, dates, phones) carry the assertions: they are what the engine finds
with certainty. Every bad input must give a message, exit code 2, no traceback and no input text.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egide.cli import app
from egide.commands.engine import scan_terminal
from egide.commands.engine_input import READ_BYTES, read_pieces
from egide.detect.blocks import BLOCK_CHARS
from egide.errors import InputError, PayloadTooLarge

runner = CliRunner()
NOTE = "Patiente née le 03/02/1961, IPP 80012345, joignable au 06 12 34 56 78.\n"
MARKER = "ZORGLUB-DUPONTEL"  # must never appear in an error message


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _spans(text: str, findings: list[dict[str, object]]) -> set[tuple[str, str]]:
    return {(str(f["label"]), text[int(str(f["start"])) : int(str(f["end"]))]) for f in findings}


def test_scan_json_gives_offsets_into_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", NOTE.encode())
    result = runner.invoke(app, ["scan", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    found = _spans(NOTE, data["findings"])
    assert ("IPP", "80012345") in found
    assert ("DATE_NAISSANCE", "03/02/1961") in found
    assert ("TELEPHONE", "06 12 34 56 78") in found
    assert data["characters"] == len(NOTE)
    assert data["counts"]["IPP"] == 1


def test_scan_without_a_terminal_writes_json_from_stdin() -> None:
    result = runner.invoke(app, ["scan", "-"], input=NOTE)
    assert result.exit_code == 0, result.stderr
    assert ("IPP", "80012345") in _spans(NOTE, json.loads(result.stdout)["findings"])


def test_scan_jsonl_round_trip_with_python_character_offsets() -> None:
    texts = {
        "a": "Résumé 😀 de l'hospitalisation, IPP 80012345.",
        "b": "Aucun identifiant : TA 12/8, maladie de Parkinson.",
        7: "Œdème ; revu le 12 mars 2019 ; tél. 01 23 45 67 89",
    }
    lines = "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in texts.items())
    result = runner.invoke(app, ["scan", "--jsonl"], input=lines)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", 7]
    by_id = {r["id"]: r["entities"] for r in records}
    assert ("IPP", "80012345") in _spans(texts["a"], by_id["a"])
    assert ("DATE", "12 mars 2019") in _spans(texts[7], by_id[7])
    assert all(set(e) == {"start", "end", "label", "score"} for r in records for e in r["entities"])


def test_scan_jsonl_bad_lines_get_error_records_in_place() -> None:
    lines = (
        '{"id": "ok", "text": "IPP 80012345"}\n'
        f"{MARKER} not json\n"
        '{"id": "no-text"}\n'
        "\n"
        f'["{MARKER}"]\n'
        '{"id": "ok2", "text": "IPP 80012346"}\n'
    )
    result = runner.invoke(app, ["scan", "--jsonl"], input=lines)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("line") for r in records] == [None, 2, 3, 5, None]
    assert [r["error"]["code"] for r in records if "error" in r] == [
        "invalid_json",
        "invalid_record",
        "invalid_record",
    ]
    assert records[0]["id"] == "ok" and records[-1]["id"] == "ok2" and records[-1]["entities"]
    assert MARKER not in result.stdout and MARKER not in result.stderr
    assert "3 ligne(s)" in result.stderr


def test_scan_jsonl_line_too_long_or_not_utf8_is_an_error_record() -> None:
    long_line = json.dumps({"id": "long", "text": MARKER * 100}) + "\n"
    data = (
        long_line.encode()
        + b'{"id": "latin1", "text": "caf\xe9"}\n'
        + b'{"id": "ok", "text": "IPP 80012345"}\n'
    )
    result = runner.invoke(app, ["scan", "--jsonl", "--max-bytes", "500"], input=data)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("error", {}).get("code") for r in records] == [
        "payload_too_large",
        "invalid_encoding",
        None,
    ]
    assert MARKER not in result.stdout + result.stderr


def test_pseudonymise_placeholder_removes_the_identifiers(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", NOTE.encode())
    result = runner.invoke(app, ["pseudonymise", str(path), "--operator", "placeholder"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "80012345" not in out and "03/02/1961" not in out and "06 12 34 56 78" not in out
    assert "<IPP_1>" in out and out.startswith("Patiente née le ")


def test_pseudonymise_surrogate_is_stable_within_a_scope_and_keyed(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", NOTE.encode())
    env = {"MY_KEY": "k" * 40}
    args = ["pseudonymise", str(path), "-o", "surrogate", "--secret-env", "MY_KEY", "--scope", "s1"]
    first = runner.invoke(app, args, env=env)
    second = runner.invoke(app, args, env=env)
    other_key = runner.invoke(app, args, env={"MY_KEY": "z" * 40})
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout and first.stdout != other_key.stdout
    assert "80012345" not in first.stdout


def test_pseudonymise_mask_keeps_the_length(tmp_path: Path) -> None:
    path = _write(tmp_path, "note.txt", NOTE.encode())
    result = runner.invoke(app, ["pseudonymise", str(path), "-o", "mask"])
    assert result.exit_code == 0, result.stderr
    assert "80012345" not in result.stdout


@pytest.mark.parametrize(
    ("args", "env", "fragment"),
    [
        (["-o", "rot13"], {}, "opérateur inconnu"),
        (["--secret-env", "EGIDE_TEST_ABSENT_VAR"], {"EGIDE_TEST_ABSENT_VAR": None}, "EGIDE_TEST_ABSENT_VAR"),
    ],
)
def test_pseudonymise_bad_options_exit_2(
    tmp_path: Path, args: list[str], env: dict[str, str | None], fragment: str
) -> None:
    path = _write(tmp_path, "note.txt", NOTE.encode())
    result = runner.invoke(app, ["pseudonymise", str(path), *args], env=env)
    assert result.exit_code == 2
    assert fragment in result.stderr and "Traceback" not in result.output


BAD_INPUTS = {
    "not-utf8": (f"{MARKER} caf".encode() + b"\xe9\xff" + b" fin", "UTF-8"),
    "empty": (b"", "vide"),
    "blank": (b"  \n\n \t\n", "vide"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00" + MARKER.encode(), "binaire"),
    "huge": ((MARKER + " ") * 200, "taille maximale"),
}


@pytest.mark.parametrize("command", ["scan", "pseudonymise"])
@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_bad_input_gives_a_message_and_exit_2(tmp_path: Path, command: str, case: str, via: str) -> None:
    data, fragment = BAD_INPUTS[case]
    raw = data if isinstance(data, bytes) else data.encode()
    if via == "file":
        result = runner.invoke(app, [command, str(_write(tmp_path, "in.txt", raw)), "--max-bytes", "1000"])
    else:
        result = runner.invoke(app, [command, "-", "--max-bytes", "1000"], input=raw)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert fragment in result.stderr
    assert result.stderr.startswith("egide: ")
    assert "Traceback" not in result.output
    assert MARKER not in result.output
    assert result.stdout == ""


def test_missing_file_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2 and "introuvable" in result.stderr


def test_large_input_is_streamed_with_offsets_right(tmp_path: Path) -> None:
    filler = "Examen clinique sans particularité, TA 12/8, maladie de Parkinson stable.\n"
    paragraphs = []
    expected: list[tuple[str, str]] = []
    for i in range(12):
        paragraphs.append(filler * 120 + f"Séjour n°{i}, IPP 8001{i:04d}, revu le 1{i % 9}/03/2019.\n\n")
        expected.append(("IPP", f"8001{i:04d}"))
    text = "".join(paragraphs)
    assert len(text) > 3 * BLOCK_CHARS  # several blocks, identifiers in each
    result = runner.invoke(app, ["scan", str(_write(tmp_path, "big.txt", text.encode())), "--json"])
    assert result.exit_code == 0, result.stderr
    found = _spans(text, json.loads(result.stdout)["findings"])
    for item in expected:
        assert item in found


def test_read_pieces_keeps_every_character_in_bounded_pieces() -> None:
    # multi-byte characters across read chunks, paragraphs of varying sizes
    text = "".join(f"Paragraphe {i} : é à ç œ 😀 " * (i * 37 % 500 + 1) + "\n\n" for i in range(60))
    pieces = list(read_pieces(io.BytesIO(text.encode()), 10**9))
    assert "".join(pieces) == text
    assert len(pieces) > 3
    assert all(len(p) <= READ_BYTES for p in pieces)


def test_a_name_cut_between_two_blocks_is_masked_whole_by_scan(tmp_path: Path) -> None:
    # One long line: the only place to cut a block is a space, here the one inside the name. The
    # commands once cut their own blocks without margins and found « DUPONT » alone, not the NIR.
    at = BLOCK_CHARS - 15  # the last space before the block's end is the one after « Jeanne »
    before = ("examen sans particularité " * (BLOCK_CHARS // 20))[: at - len("Mme Jeanne") - 1] + " "
    text = before + "Mme Jeanne DUPONT,NIR:2610276123456-78,revue_ce_jour " + "suite " * 100
    assert text[at] == " " and text.rfind(" ", 0, BLOCK_CHARS) == at
    result = runner.invoke(app, ["scan", str(_write(tmp_path, "long.txt", text.encode())), "--json"])
    assert result.exit_code == 0, result.stderr
    found = _spans(text, json.loads(result.stdout)["findings"])
    assert ("NOM", "Jeanne DUPONT") in found
    assert ("NIR", "2610276123456-78") in found


def test_read_pieces_refusals_are_input_errors() -> None:
    with pytest.raises(InputError, match="vide"):
        list(read_pieces(io.BytesIO(b""), 100))
    with pytest.raises(PayloadTooLarge):
        list(read_pieces(io.BytesIO(b"a" * 200), 100))
    with pytest.raises(InputError, match="UTF-8"):
        list(read_pieces(io.BytesIO(b"ok \xc3"), 100))  # truncated multi-byte character at the end


def _gold_file(tmp_path: Path) -> Path:
    records = [
        {"id": "a", "text": "IPP 80012345, né le 03/02/1961.", "entities": [
            {"start": 4, "end": 12, "label": "IPP"}, {"start": 20, "end": 30, "label": "DATE_NAISSANCE"}]},
        {"id": "b", "text": "Maladie de Parkinson, TA 12/8.", "entities": []},
    ]  # fmt: skip
    return _write(tmp_path, "gold.jsonl", "".join(json.dumps(r) + "\n" for r in records).encode())


def test_eval_with_predictions_file(tmp_path: Path) -> None:
    preds = [
        {"id": "a", "entities": [{"start": 4, "end": 12, "label": "IPP", "score": 1.0}]},
        {"id": "b", "entities": [{"start": 11, "end": 20, "label": "NOM", "score": 0.6}]},
    ]
    pred = _write(tmp_path, "pred.jsonl", "".join(json.dumps(r) + "\n" for r in preds).encode())
    result = runner.invoke(app, ["eval", str(_gold_file(tmp_path)), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["per_label"]["IPP"]["recall"] == 1.0
    assert report["per_label"]["DATE_NAISSANCE"]["recall"] == 0.0
    assert report["share_docs_fully_redacted"] == 0.0
    assert report["share_clean_chars_masked"] == 9 / 23
    table = runner.invoke(app, ["eval", str(_gold_file(tmp_path)), "--pred", str(pred)])
    assert (
        table.exit_code == 0 and "IPP" in table.stdout and "Documents entièrement caviardés" in table.stdout
    )


def test_eval_runs_the_engine_when_no_predictions_are_given(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(_gold_file(tmp_path)), "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["per_label"]["IPP"]["recall"] == 1.0
    assert report["per_label"]["DATE_NAISSANCE"]["recall"] == 1.0


def test_eval_bad_gold_exit_2_without_content(tmp_path: Path) -> None:
    bad = _write(tmp_path, "gold.jsonl", f'{{"id": "a", "text": "{MARKER}"\n'.encode())
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2 and "ligne 1" in result.stderr and MARKER not in result.output


def test_byte_order_mark_is_counted_like_pythons_utf8_codec(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + NOTE.encode()
    result = runner.invoke(app, ["scan", str(_write(tmp_path, "bom.txt", raw)), "--json"])
    assert result.exit_code == 0, result.stderr
    assert ("IPP", "80012345") in _spans(raw.decode("utf-8"), json.loads(result.stdout)["findings"])


def test_scan_jsonl_reads_a_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = _write(tmp_path, "in.jsonl", b'\xef\xbb\xbf{"id": "a", "text": "IPP 80012345"}\n')
    result = runner.invoke(app, ["scan", "--jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    entity = json.loads(result.stdout)["entities"][0]
    assert (entity["start"], entity["end"], entity["label"]) == (4, 12, "IPP")


def test_terminal_view_colours_each_finding_and_counts_them() -> None:
    from rich.console import Console

    from egide.detect import Detector
    from egide.settings import load_settings

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=200)
    scan_terminal(iter([NOTE]), Detector(load_settings().detect).detect, console)
    rendered = out.getvalue()
    assert "\x1b[" in rendered  # coloured
    plain = re.sub(r"\x1b\[[0-9;]*m", "", rendered)
    assert plain.startswith(NOTE)  # the text itself, unchanged, no inserted line breaks
    assert re.search(r"IPP\s*│\s*1", plain) and "Détections" in plain
    # Each finding listed with its label, offsets, score and source, as the README promises.
    found = Detector(load_settings().detect).detect(NOTE)
    for f in found:
        assert re.search(
            rf"{f.label}\s*│\s*{f.start}\s*│\s*{f.end}\s*│\s*{f.score:.2f}\s*│\s*{f.source}", plain
        )
    # No two labels share a style.
    from egide.commands.engine import _LABEL_COLOURS
    from egide.detect import Label

    assert len(set(_LABEL_COLOURS.values())) == len(_LABEL_COLOURS) and set(Label) <= set(_LABEL_COLOURS)


def test_scan_jsonl_piped_into_eval(tmp_path: Path) -> None:
    gold = _gold_file(tmp_path)
    scanned = runner.invoke(app, ["scan", "--jsonl"], input=gold.read_bytes())
    assert scanned.exit_code == 0, scanned.stderr
    result = runner.invoke(app, ["eval", str(gold), "--pred", "-", "--json"], input=scanned.stdout)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["missing_predictions"] == 0 and report["per_label"]["IPP"]["recall"] == 1.0


def test_a_windows_1252_export_is_read_with_encoding(tmp_path: Path) -> None:
    note = tmp_path / "export.txt"
    note.write_bytes("Patient : M. Jean DUPONT, né le 03/02/1961 à Rouen.\n".encode("cp1252"))
    refused = runner.invoke(app, ["pseudonymise", str(note)])
    assert refused.exit_code == 2 and "UTF-8" in refused.stderr and "DUPONT" not in refused.stderr
    done = runner.invoke(app, ["pseudonymise", str(note), "--encoding", "cp1252"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout == "Patient : <NOM_1>, né le <DATE_NAISSANCE_1> à <VILLE_1>.\n"
    unknown = runner.invoke(app, ["scan", str(note), "--json", "--encoding", "klingon"])
    assert unknown.exit_code == 2 and "encodage inconnu" in unknown.stderr
