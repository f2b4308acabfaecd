"""The NewsEye French historical press set (HIPE-2022 v2.1), read as gold JSONL with our labels.

Source: ``newseye_fr/newseye_fr.jsonl`` under the data directory (:mod:`bench.corpus.datadir`):
105 OCR'd newspaper documents (1850–1950) annotated by hand for named entities (CC BY 4.0, NewsEye).
Nobody on the team wrote them, OCR errors included: they show how names hold on text égide was not
built for.

=========  ==============  ===================================================================
NewsEye    our label       why
=========  ==============  ===================================================================
PER        NOM             person names; leading titles (« M. », « Mme », « MM. », « Dr »…) are
                           cut off the span exactly as ``/work/shared/tools/independent_scores.py``
                           does, so the figures can be compared (its pattern wants a space after
                           the title: « M.Millerand » keeps its « M »); a span left without a
                           letter or digit (« M. Dr. ») is dropped
LOC        VILLE           places (towns, countries, streets): our place class; informative
ORG        ETABLISSEMENT   institutions; informative (« la Chambre » is no patient identifier)
HumanProd  (dropped)       newspapers, books
=========  ==============  ===================================================================

The PER annotation also covers descriptions (« président Wilson », « Laurent, avocat de… »): read
the misses, not only the figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus.datadir import data_file, require

RELATIVE = "newseye_fr/newseye_fr.jsonl"
TAG_TO_LABEL: dict[str, str | None] = {
    "PER": "NOM",
    "LOC": "VILLE",
    "ORG": "ETABLISSEMENT",
    "HumanProd": None,
}
#: The title pattern of ``independent_scores.py`` (kept identical so that both report the same figure).
TITLE = re.compile(r"^((M|MM|Mme|Mmes|Mlle|Mgr|Dr|Me|Pr)\.?\s+)+")


def default_path() -> Path:
    return data_file(RELATIVE)


def convert(record: dict[str, Any]) -> dict[str, Any]:
    text: str = record["text"]
    entities = []
    for e in sorted(record["entities"], key=lambda e: (e["start"], e["end"])):
        label = TAG_TO_LABEL.get(e["label"])
        if label is None:
            continue
        start, end = e["start"], e["end"]
        if label == "NOM":
            title = TITLE.match(text[start:end])
            start += title.end() if title else 0
        if not any(c.isalnum() for c in text[start:end]):
            continue
        entities.append({"start": start, "end": end, "label": label})
    return {"id": str(record["id"]), "kind": "newseye", "text": text, "entities": entities}


def newseye_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every document with our labels; raises :class:`~bench.corpus.datadir.Absent` without the file."""
    source = require("NewsEye (presse ancienne)", path or default_path())
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield convert(json.loads(line))
