"""Every ``--help`` of the command line is in French: a user never meets an English sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from egide.cli import app

#: Words that only English prose uses (French never has them as words).
ENGLISH = re.compile(
    r"\b(the|this|that|with|without|and|show|print|write|start|default|file|text|when|from|for|"
    r"of|to|is|are|be|one|each|every|only|run|runs|read|output|input|list|add|set|key|keys|message|exit)\b",
    re.IGNORECASE,
)
#: Technical tokens allowed in a French help (option names, formats, placeholders).
ALLOWED = re.compile(r"--[\w-]+|\[OPTIONS\]|\[ARGS\]|COMMAND|<[^>]+>|\{[^}]*\}|https?://\S+|\S+\.\w{2,5}\b")


def _commands(group: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, command in getattr(group, "commands", {}).items():  # groups have sub-commands
        yield from _commands(command, (*path, name))


def _all_paths() -> list[tuple[str, ...]]:
    return list(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize("path", _all_paths(), ids=lambda p: " ".join(p) or "egide")
def test_help_is_in_french(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    names = {part for other in _all_paths() for part in other}  # command names are not prose
    text = ALLOWED.sub(" ", result.output)
    text = " ".join(word for word in re.split(r"(\W+)", text) if word not in names)
    english = sorted({m.group(0).lower() for m in ENGLISH.finditer(text)})
    assert english == [], f"egide {' '.join(path)} --help: {english}"


def test_the_check_sees_english() -> None:
    # Click's own words, as they read before égide translates them, are caught.
    for english in ("Show this message and exit.", "Usage: egide scan [OPTIONS] FILE", "[default: 3]"):
        assert ENGLISH.search(ALLOWED.sub(" ", english)), english
