"""Texts of any length are streamed by blocks with margins: nothing is missed at a cut, and the
output is the one the engine gives on the whole text at once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from egide.batch.deidentify import OVERLAP, Deidentifier
from egide.batch.formats import Columns, text
from egide.batch.job import Task, process_file
from egide.batch.records import Record
from egide.detect import DetectConfig, Detector
from tests.batch.collection import Person, letter, note, persons
from tests.batch.conftest import KEY

_DETECTOR = Detector(DetectConfig(timeout_ms=120_000))  # the whole-text reference is one long call
ENTITY = "Mme Jeanne DUPONT, NIR 2 61 02 76 123 456 78, "
SECRETS = ("Jeanne", "DUPONT", "2 61 02 76 123 456 78", "123 456")
FILLER = "la patiente est revue en consultation de suivi sans plainte nouvelle et "


def _deidentified(
    pieces: list[str], *, block_chars: int, overlap: int = OVERLAP, operator: str = "placeholder"
) -> str:
    deidentifier = Deidentifier(_DETECTOR, operator, KEY, block_chars=block_chars, overlap=overlap)
    return "".join(deidentifier.stream(pieces, deidentifier.pseudonymiser("s"), Counter()))


def _straddling(at: int) -> tuple[str, int]:
    """A paragraph without line breaks where the block cut (the last space before 200 characters)
    falls ``at`` characters into the entity; returns the text and the block size."""
    head = (FILLER * 4)[: 200 - at - 1]
    head = head[: len(head) - 1] + "x"  # no space in the last characters before the entity
    head = head.replace(" ", "_")  # ... nor anywhere before it: the only spaces are the entity's
    return head + " " + ENTITY + FILLER * 6, 200


def _cuts_inside() -> list[int]:
    return [i + 1 for i, c in enumerate(ENTITY[:-2]) if c == " "]  # every space inside the entity


@pytest.mark.parametrize("at", _cuts_inside())
def test_a_name_and_a_nir_a_block_cut_falls_into_are_masked(at: int) -> None:
    whole, size = _straddling(at)
    out = _deidentified([whole], block_chars=size)
    for secret in SECRETS:
        assert secret not in out
    assert out.endswith(FILLER * 6)


def test_without_margins_a_cut_inside_an_entity_leaks() -> None:
    # The same texts with no margin: some cut leaves part of the name or the NIR in clear, which is
    # what the margins are for (this is the check that the test above can fail).
    leaks = 0
    for at in _cuts_inside():
        whole, size = _straddling(at)
        out = _deidentified([whole], block_chars=size, overlap=0)
        leaks += any(secret in out for secret in SECRETS)
    assert leaks > 0


def test_where_the_pieces_are_cut_does_not_change_the_output() -> None:
    whole, size = _straddling(12)
    expected = _deidentified([whole], block_chars=size)
    start = whole.index(ENTITY)
    for k in range(start - 3, start + len(ENTITY) + 3):  # a read boundary at every character of it
        assert _deidentified([whole[:k], whole[k:]], block_chars=size) == expected


def _medium(people: list[Person]) -> str:
    """About 200,000 characters of letters, notes and one long paragraph without line breaks."""
    parts = []
    for i, p in enumerate(people):
        parts.append(letter(p, people[(i + 7) % len(people)].last))
        parts.append(note(p) + " " + FILLER * (i % 5) + "\n\n")
        if i % 25 == 0:
            parts.append((FILLER * 40) + note(p) + " " + FILLER * 30 + "\n")
    return "".join(parts)


# Not « surrogate »: it keeps a surrogate from being a word of the text, and a stream knows only the
# words read so far (README, « Batch de-identification »); what it replaces is the same.
@pytest.mark.parametrize("operator", ["placeholder", "date-shift", "mask"])
def test_a_streamed_medium_file_gives_the_whole_text_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operator: str
) -> None:
    content = _medium(persons(400, seed=5))
    assert len(content) > 150_000
    source = tmp_path / "dossier.txt"
    source.write_text(content, encoding="utf-8", newline="")
    # The job: read by pieces of 4 KiB, detected by blocks of 5,000 characters with their margins.
    monkeypatch.setattr(text, "READ_BYTES", 4096)
    deidentifier = Deidentifier(_DETECTOR, operator, KEY, block_chars=5_000)
    result = process_file(deidentifier, Columns(), Task("dossier.txt", source, tmp_path / "o.txt", "text"))
    assert result.status == "done" and result.characters == len(content)
    streamed = (tmp_path / "o.txt").read_text(encoding="utf-8")
    # The reference: the whole text detected in one call and replaced in one call, same scope.
    reference = Deidentifier(_DETECTOR, operator, KEY, block_chars=10**9)
    scope = reference.scope(Record(1, {}), "dossier.txt")
    whole = "".join(reference.stream([content], reference.pseudonymiser(scope), Counter()))
    assert streamed == whole
