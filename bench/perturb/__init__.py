"""Realistic transformations of gold documents, gold offsets kept exact through each of them.

Each transformation reads a text and its gold spans and returns edits (:mod:`bench.perturb.edits`);
:func:`perturb` applies them and moves the spans, so that in the new text every gold span covers
exactly the transformed text of the original span. Randomness (which space breaks, which digit the
OCR misreads, which separator) comes from a generator seeded by the seed, the transformation and the
document id: a run is reproducible, and a document's perturbation does not depend on the others.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.perturb import case, digits, layout
from bench.perturb.edits import Edit, GoldSpan, apply

Transform = Callable[[str, Sequence[GoldSpan], random.Random], list[Edit]]


@dataclass(frozen=True)
class Perturbation:
    name: str
    title: str
    transform: Transform


TRANSFORMS: list[Perturbation] = [
    Perturbation("cases", "chiffres un par case", digits.boxes),
    Perturbation("separateurs", "séparateurs de date | . / - espace", digits.date_separators),
    Perturbation("ocr", "OCR : O/0, l/1, I/1, S/5, B/8", digits.ocr),
    Perturbation("retour_ligne", "retour à la ligne dans l'entité", layout.line_breaks),
    Perturbation("majuscules", "tout en majuscules", case.upper),
    Perturbation("minuscules", "tout en minuscules", case.lower),
    Perturbation("accents", "accents retirés", case.accents),
    Perturbation("tableau_pipes", "lignes de tableau (|)", layout.table_pipes),
    Perturbation("tableau_tabs", "lignes de tableau (tabulations)", layout.table_tabs),
    Perturbation("adresse_virgules", "adresse en parties séparées par des virgules", layout.address_commas),
    Perturbation("colles", "mots collés (pas d'espace après la ponctuation)", layout.glued),
]
BY_NAME = {p.name: p for p in TRANSFORMS}


def perturb(record: dict[str, Any], perturbation: Perturbation, seed: int = 0) -> dict[str, Any]:
    """A copy of ``record`` (``{"id", "text", "entities"}``) through ``perturbation``.

    Adds ``"changed"``: how many gold spans have a different text afterwards, and ``"dropped"``:
    edits refused because they straddled a span boundary (0 for the transformations above).
    """
    text: str = record["text"]
    spans = [(e["start"], e["end"], e["label"]) for e in record["entities"]]
    rng = random.Random(f"{seed}:{perturbation.name}:{record['id']}")
    new_text, new_spans, dropped = apply(text, spans, perturbation.transform(text, spans, rng))
    changed = sum(
        text[s:e] != new_text[ns:ne] for (s, e, _), (ns, ne, _) in zip(spans, new_spans, strict=True)
    )
    return {
        **record,
        "text": new_text,
        "entities": [{"start": s, "end": e, "label": label} for s, e, label in new_spans],
        "changed": changed,
        "dropped": dropped,
    }


__all__ = ["BY_NAME", "TRANSFORMS", "Edit", "Perturbation", "perturb"]
