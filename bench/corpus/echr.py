"""Convert the hand-annotated French ECHR set (BIO, one token per line) into our gold JSONL.

Source: ``echr_fr/FR-manual-test.tsv`` under the data directory (:mod:`bench.corpus.datadir`, by
default ``/work/shared/data``; Sierro 2024, MIT): one ``token TAG`` per
line (CRLF), a blank line between sentences; a document starts at a sentence whose first token is
« PROCÉDURE ». Tokens are joined back into text by French typographic rules (no space before
« , . ) », none after « ( », none around hyphens and apostrophes between words), so offsets are
computed on the text we write, never guessed.

Tag mapping (their tag → our label), documented in README "Benchmarks":

=====================  ==============  ==============================================================
ECHR tag               our label       why
=====================  ==============  ==============================================================
PER                    NOM             a person's name
LEGAL_PROFESSIONAL     NOM             judges, lawyers, agents: names; leading titles (« M. », « Sir »,
                                       « Lord Justice ») are cut off the span, as in our own gold
DATE                   DATE            a leading « le », « du », « en » is cut off the span
LOC                    VILLE           places (towns, counties, countries): our place class
ORG                    ETABLISSEMENT   institutions and organisations
CODE                   NDA             application and case-file numbers, closest to « N° dossier »
QUANTITY, NATIONALITY, (dropped)       not identifiers in our taxonomy (quasi-identifiers égide keeps)
CURRENCY
=====================  ==============  ==============================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bench.corpus.datadir import data_file, require

TAG_TO_LABEL: dict[str, str | None] = {
    "PER": "NOM",
    "LEGAL_PROFESSIONAL": "NOM",
    "DATE": "DATE",
    "LOC": "VILLE",
    "ORG": "ETABLISSEMENT",
    "CODE": "NDA",
    "QUANTITY": None,
    "NATIONALITY": None,
    "CURRENCY": None,
}
_TITLES = {"M", "MM", "Mme", "Mmes", "Mlle", "Me", "Dr", "Sir", "Lord", "Lady"}
_DATE_LEADS = {"le", "Le", "les", "Les", "du", "au", "en", "En", "depuis", "Depuis"}
_NO_SPACE_BEFORE = {",", ".", ")", "]", "…", "%", "'", "’", "-", "/"}
_NO_SPACE_AFTER = {"(", "[", "'", "’", "-", "/"}
RELATIVE = "echr_fr/FR-manual-test.tsv"


def default_path() -> Path:
    return data_file(RELATIVE)


@dataclass
class Token:
    text: str
    tag: str


def read_sentences(path: Path) -> list[list[Token]]:
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip("\r\n")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        text, _, tag = line.rpartition(" ")
        current.append(Token(text or tag, tag if text else "O"))
    if current:
        sentences.append(current)
    return sentences


def detokenise(tokens: list[Token]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's text and each token's ``(start, end)`` in it."""
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    open_quote = False
    previous = ""
    for i, token in enumerate(tokens):
        t = token.text
        space = i > 0
        if t in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            space = False
        if t == '"':
            space = space and not open_quote
            open_quote = not open_quote
        elif previous == '"' and open_quote:
            space = False
        if space:
            out.append(" ")
            length += 1
        offsets.append((length, length + len(t)))
        out.append(t)
        length += len(t)
        previous = t
    return "".join(out), offsets


def entities(tokens: list[Token], offsets: list[tuple[int, int]]) -> list[dict[str, Any]]:
    spans: list[tuple[str, int, int]] = []  # (tag, first token, last token)
    for i, token in enumerate(tokens):
        if token.tag == "O" or "-" not in token.tag:
            continue
        prefix, tag = token.tag.split("-", 1)
        if prefix == "I" and spans and spans[-1][0] == tag and spans[-1][2] == i - 1:
            spans[-1] = (tag, spans[-1][1], i)
        else:
            spans.append((tag, i, i))
    found: list[dict[str, Any]] = []
    for tag, first, last in spans:
        label = TAG_TO_LABEL.get(tag)
        if label is None:
            continue
        if label == "NOM" and first < last and tokens[first].text in _TITLES:
            # One title, its dot, and « Justice » after « Lord »: « M. M. A. Lopes Rocha » keeps « M. A. ».
            first += 1
            if first < last and tokens[first].text == ".":
                first += 1
            if first < last and tokens[first].text == "Justice":
                first += 1
        if label == "DATE" and first < last and tokens[first].text in _DATE_LEADS:
            first += 1  # our gold spans cover the date, not the preposition before it
        found.append({"start": offsets[first][0], "end": offsets[last][1], "label": label})
    return found


def _is_document_start(sentence: list[Token]) -> bool:
    return sentence[0].text.upper() in {"PROCÉDURE", "PROCEDURE"}


def echr_records(
    path: Path | None = None, unit: Literal["sentence", "document"] = "sentence"
) -> Iterator[dict[str, Any]]:
    """One record per sentence (default) or per case report; raises
    :class:`~bench.corpus.datadir.Absent` without the file."""
    sentences = read_sentences(require("CEDH (arrêts annotés)", path or default_path()))
    if unit == "sentence":
        for i, sentence in enumerate(sentences):
            text, offsets = detokenise(sentence)
            yield {
                "id": f"echr-s{i:05d}",
                "kind": "echr",
                "text": text,
                "entities": entities(sentence, offsets),
            }
        return
    documents: list[list[list[Token]]] = []
    for sentence in sentences:
        if not documents or _is_document_start(sentence):
            documents.append([])
        documents[-1].append(sentence)
    for d, doc in enumerate(documents):
        parts: list[str] = []
        ents: list[dict[str, Any]] = []
        length = 0
        for sentence in doc:
            text, offsets = detokenise(sentence)
            for e in entities(sentence, offsets):
                ents.append({**e, "start": e["start"] + length, "end": e["end"] + length})
            parts.append(text)
            length += len(text) + 1
        yield {"id": f"echr-d{d:03d}", "kind": "echr", "text": "\n".join(parts), "entities": ents}
