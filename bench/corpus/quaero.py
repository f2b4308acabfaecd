"""The QUAERO French Medical Corpus (CLEF eHealth release): over-masking on medical text.

Source: ``quaero_fr/quaero_fr.jsonl`` under the data directory (:mod:`bench.corpus.datadir`):
2,536 EMEA drug-leaflet segments and MEDLINE titles annotated with medical concepts (DISO, CHEM,
PROC, ANAT, LIVB…; Névéol et al. 2014, GFDL 1.3). No person is named in it: every letter or digit a
detector masks is over-masking, and a finding on a CHEM span is a medicine hidden from the reader.

Records keep the text and carry the concepts under ``"concepts"``; ``"entities"`` (identifiers) is
empty, so the documents score as prose without identifiers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus.datadir import data_file, require

RELATIVE = "quaero_fr/quaero_fr.jsonl"


def default_path() -> Path:
    return data_file(RELATIVE)


def quaero_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every segment; raises :class:`~bench.corpus.datadir.Absent` without the file."""
    source = require("QUAERO (notices et titres MEDLINE)", path or default_path())
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            yield {
                "id": str(record["id"]),
                "kind": "quaero",
                "text": record["text"],
                "entities": [],
                "concepts": [
                    {"start": e["start"], "end": e["end"], "label": e["label"]} for e in record["entities"]
                ],
            }
