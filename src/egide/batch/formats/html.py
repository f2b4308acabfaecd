"""An ``.html`` page is one document; its output is its text, de-identified, as ``.html.txt``.

What a person reads in the page is kept: text, with a line break for every block (paragraph, line
break, list item, table row, heading) and a tab between table cells; scripts, styles and the head
are left out, entities decoded. The markup itself is not written back: attributes and comments can
carry identifiers that a rewritten page would have to scan too, and a text is what a data warehouse
indexes. Strict UTF-8, like the other text files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from egide.batch.formats.text import decode

#: A document format: :func:`pieces` gives its text, written as text.
DOCUMENT = True
#: Suffix added to the page's name: « lettre.html » → « lettre.html.txt ».
OUTPUT_SUFFIX = ".txt"
_SKIPPED = frozenset({"script", "style", "head", "template", "noscript"})
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
     "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "title"}
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
_RUNS = re.compile(r" {2,}")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._newline()
        elif tag in _CELLS and self.parts and not self.parts[-1].endswith(("\n", "\t")):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data))  # layout whitespace is one space, as a browser shows it

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def text(self) -> str:
        lines = ("".join(self.parts)).split("\n")
        return (
            "\n".join(
                " ".join(line.split()) if "\t" not in line else line.strip(" ") for line in lines
            ).strip("\n")
            + "\n"
        )


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser.text()


def pieces(path: Path) -> Iterator[str]:
    """The page's text (a page is read whole: pages are small, unlike text exports)."""
    yield page_text(decode(path.read_bytes()))
