"""Measures for the independent sets that the generic gold scoring does not give.

* **Over-masking on text without identifiers** (QUAERO): share of letters and digits masked, and
  how many findings fall on an annotated medicine (CHEM) — what ``independent_scores.py`` prints.
* **Medicines masked** (BDPM sentence frames): a medicine counts as masked when any finding
  overlaps its name.

Person-name recall on NewsEye needs nothing special: :func:`egide.evaluation.score` gives, per
label, the spans overlapped by a finding (``gold_caught``) and those with every letter and digit
masked (``gold_fully_masked``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from egide.evaluation import Span

FORMS = {"capitalised": "capitalisée", "sentence": "en tête de phrase", "upper": "en majuscules",
         "lower": "en minuscules"}  # fmt: skip


def _overlaps(a: Span | dict[str, Any], b: Span | dict[str, Any]) -> bool:
    a_start, a_end = (a.start, a.end) if isinstance(a, Span) else (a["start"], a["end"])
    b_start, b_end = (b.start, b.end) if isinstance(b, Span) else (b["start"], b["end"])
    return bool(a_start < b_end and b_start < a_end)


@dataclass
class OverMasking:
    chars: int = 0
    masked: int = 0
    findings: int = 0
    findings_on_medicine: int = 0
    medicine_spans: int = 0
    medicine_spans_touched: int = 0
    labels: Counter[str] = field(default_factory=Counter)

    @property
    def share_masked(self) -> float | None:
        return self.masked / self.chars if self.chars else None

    def to_dict(self) -> dict[str, Any]:
        return {**{k: v for k, v in vars(self).items() if k != "labels"}, "labels": dict(self.labels),
                "share_masked": self.share_masked}  # fmt: skip


def over_masking(records: Iterable[dict[str, Any]], predictions: Mapping[str, Sequence[Span]]) -> OverMasking:
    """``records`` carry ``"concepts"`` (QUAERO spans with their labels); CHEM spans are medicines."""
    out = OverMasking()
    for record in records:
        text: str = record["text"]
        found = predictions.get(record["id"], ())
        covered = bytearray(len(text))
        for p in found:
            covered[p.start : p.end] = b"\x01" * (min(p.end, len(text)) - p.start)
        out.chars += sum(c.isalnum() for c in text)
        out.masked += sum(1 for i, c in enumerate(text) if covered[i] and c.isalnum())
        medicines = [c for c in record.get("concepts", ()) if c["label"] == "CHEM"]
        out.findings += len(found)
        out.labels.update(p.label for p in found)
        out.findings_on_medicine += sum(any(_overlaps(p, m) for m in medicines) for p in found)
        out.medicine_spans += len(medicines)
        out.medicine_spans_touched += sum(any(_overlaps(p, m) for p in found) for m in medicines)
    return out


@dataclass
class MedicinesMasked:
    total: Counter[str] = field(default_factory=Counter)  # by « kind form »
    masked: Counter[str] = field(default_factory=Counter)
    names: list[str] = field(default_factory=list)  # « name → labels » of every medicine masked

    def examples(self, count: int = 12) -> list[str]:
        """``count`` masked medicines spread over the whole list (not the first ones alphabetically)."""
        if len(self.names) <= count:
            return list(self.names)
        step = len(self.names) / count
        return [self.names[int(i * step)] for i in range(count)]

    @property
    def all_total(self) -> int:
        return sum(self.total.values())

    @property
    def all_masked(self) -> int:
        return sum(self.masked.values())

    def to_dict(self) -> dict[str, Any]:
        return {"total": dict(self.total), "masked": dict(self.masked), "all_total": self.all_total,
                "all_masked": self.all_masked}  # fmt: skip


def medicines_masked(
    records: Iterable[dict[str, Any]], predictions: Mapping[str, Sequence[Span]]
) -> MedicinesMasked:
    """``records`` carry ``"medicine"``: the span of the name in the sentence, its kind and form."""
    out = MedicinesMasked()
    for record in records:
        medicine = record["medicine"]
        key = f"{medicine['kind']} {FORMS.get(medicine['form'], medicine['form'])}"
        out.total[key] += 1
        hits = [p for p in predictions.get(record["id"], ()) if _overlaps(p, medicine)]
        if hits:
            out.masked[key] += 1
            name = record["text"][medicine["start"] : medicine["end"]]
            out.names.append(f"{name} → {', '.join(sorted({p.label for p in hits}))}")
    return out
