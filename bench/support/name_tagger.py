"""A CRF person-name tagger as a second opinion to the rules (issue 8): data, features, training.

The experiment of ``python -m bench name_tagger`` (which prints the comparison) and of
``scripts/train_name_tagger.py`` (which writes a model). Every word of a text (égide's name
tokeniser, :func:`egide.detect.names.tokens.tokenise`) is tagged ``N`` (part of a person's name) or
``O`` by a linear-chain CRF (python-crfsuite), from its shape, its case, where it stands, the words
around it, the title cues before it, the engine's lexicons (first names, surnames, French words,
medical words, medicines and substances of the BDPM) and what the rules already found on it and
beside it. The union keeps every finding of the rules and adds a NOM finding on the words the
tagger marks with a marginal probability of at least a threshold, when no finding covers them yet.

Training sources (never what is evaluated), all seeded:

- the synthetic clinical corpus (``bench.corpus.clinical_records``, seed ``SYNTH_SEED``, not the
  bench's seed 0) and its perturbed copies (:mod:`bench.perturb`);
- the probe batches ``probe.txt`` … ``probe8.txt`` but the batch left out, and their perturbed copies;
- the ECHR French training files (``FR-manual-train.tsv``, ``FR-rev-train.tsv``; Sierro 2024, MIT);
  the bench scores ``FR-manual-test.tsv``;
- the dev and dev2 files of NewsEye (HIPE-2022, CC BY 4.0): the test file (``hidden_test_…``) is
  held out, as ``scripts/train_name_model.py`` holds it out;
- two thirds of QUAERO (same rule; Névéol et al. 2014, GFDL 1.3), every word a negative.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from egide.detect.names.tagger import Lists, candidates, features
from egide.detect.names.tokens import Token, tokenise

SYNTH_SEED = 7
#: Whether the rules' findings are features of the tagger (``r=``): measured, with them the CRF learns
#: to copy the rules, which were written on the same probe batches (their findings there are nearly
#: the gold), and adds almost nothing on held-out text.
RULE_FEATURES = {"on": False}
#: ``words``: the tagger asks about candidate words one by one (:func:`candidates`), not whole texts.
MODE = {"words": True}
CACHE = Path("/tmp/name-tagger-cache")

Record = dict[str, Any]


def held_out(index: int) -> bool:
    """The QUAERO documents never trained on (as in ``scripts/train_name_model.py``)."""
    return index % 3 == 0


# ---------------------------------------------------------------------------------------------
# Rules' findings, cached by text (the engine is the slow part of building the examples).


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def engine_tag() -> str:
    """A digest of the engine's code and data (``egide.detect``, as imported): the findings cached
    for one engine are never read for another."""
    import egide.detect

    root = Path(egide.detect.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class RuleCache:
    """The engine's findings per text, computed once and kept on disk between runs."""

    def __init__(self, tag: str | None = None) -> None:
        self.path = CACHE / f"rules-{tag or engine_tag()}.pickle"
        self.data: dict[str, list[tuple[int, int, str]]] = {}
        if self.path.exists():
            self.data = pickle.loads(self.path.read_bytes())
        self.detector: Any = None
        self.dirty = False

    def findings(self, text: str) -> list[tuple[int, int, str]]:
        k = _key(text)
        got = self.data.get(k)
        if got is None:
            if self.detector is None:
                from egide.detect import Detector
                from egide.detect.config import DetectConfig

                self.detector = Detector(DetectConfig())
            try:
                got = [(f.start, f.end, str(f.label)) for f in self.detector.detect(text)]
            except Exception:  # a refused text counts as found nothing, as in the bench
                got = []
            self.data[k] = got
            self.dirty = True
        return got

    def save(self) -> None:
        if self.dirty:
            CACHE.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.data))
            self.dirty = False


# ---------------------------------------------------------------------------------------------
# Features.


def sequence_features(toks: Sequence[Token], rule: Sequence[str], lists: Lists) -> list[list[str]]:
    """For the whole-text CRF (``--sequence``): one list of string features per word, those of
    :func:`egide.detect.names.tagger.features` and ``rule``: per word, what the rules found on it
    (``N`` a name, ``X`` another identifier, ``-`` nothing), alone, with the word's shape, and for two
    words on each side. A CRF reads an item's features as a set: their order does not matter."""
    n = len(toks)
    out = features(toks, range(n), lists)
    for i, f in enumerate(out):
        f.append("r=" + rule[i])
        f.append("sr=" + toks[i].shape + rule[i])
        f.extend(f"{d}r={rule[i + d]}" for d in (-2, -1, 1, 2) if 0 <= i + d < n)
    return out


def rule_marks(toks: Sequence[Token], findings: Iterable[tuple[int, int, str]]) -> list[str]:
    marks = ["-"] * len(toks)
    spans = sorted(findings)
    if not spans:
        return marks
    for i, t in enumerate(toks):
        for s, e, label in spans:
            if s >= t.end:
                break
            if e > t.start:
                marks[i] = "N" if label == "NOM" else "X"
                if label == "NOM":
                    break
    return marks


def gold_marks(toks: Sequence[Token], entities: Iterable[dict[str, Any]]) -> list[str]:
    names = [(e["start"], e["end"]) for e in entities if e["label"] == "NOM"]
    return ["N" if any(s < t.end and t.start < e for s, e in names) else "O" for t in toks]


def example(record: Record, rules: RuleCache | None, lists: Lists) -> list[tuple[list[list[str]], list[str]]]:
    """The CRF's training sequences of a record: with ``MODE["words"]`` (the shipped tagger) each
    candidate word alone (a one-word CRF: a maximum-entropy classifier), the rules' findings unread;
    else the whole text as one sequence."""
    toks = tokenise(record["text"])
    if not toks:
        return []
    gold = gold_marks(toks, record["entities"])
    if MODE["words"]:
        only = candidates(toks, lists)
        return [([f], [gold[i]]) for i, f in zip(only, features(toks, only, lists), strict=True)]
    assert rules is not None
    marks = feature_marks(rule_marks(toks, rules.findings(record["text"])))
    return [(sequence_features(toks, marks, lists), gold)]


def feature_marks(marks: list[str]) -> list[str]:
    return marks if RULE_FEATURES["on"] else ["-"] * len(marks)


# ---------------------------------------------------------------------------------------------
# Data.

PROBE_FILES = ("probe.txt", "probe2.txt", "probe3.txt", "probe4.txt", "probe5.txt", "probe6.txt",
               "probe7.txt", "probe8.txt")  # fmt: skip
PERTURBED_EACH = 1  # perturbed copies per transformation and record (one seed)


def probe_files() -> tuple[str, ...]:
    """Every probe batch present (probe9, probe10… land while this runs)."""
    from bench.corpus.probe import HERE

    extra = sorted(
        (p.name for p in HERE.glob("probe*.txt") if "traps" not in p.name and p.name not in PROBE_FILES),
        key=lambda n: int("".join(c for c in n if c.isdigit()) or 0),
    )
    return PROBE_FILES + tuple(extra)


def perturbed(records: Iterable[Record], seed: int = 0) -> Iterator[Record]:
    from bench.perturb import TRANSFORMS, perturb

    for r in records:
        for p in TRANSFORMS:
            out = perturb(r, p, seed)
            if out["text"] != r["text"]:
                yield {"id": f"{r['id']}~{p.name}", "text": out["text"], "entities": out["entities"]}


def newseye_split(keep_held_out: bool) -> list[Record]:
    from bench.corpus.newseye import newseye_records

    return [r for r in newseye_records() if _press_held_out(str(r["id"])) == keep_held_out]


def _press_held_out(doc_id: str) -> bool:
    """NewsEye's test file (``hidden_test_…``), as ``scripts/train_name_model.py`` holds it out."""
    return doc_id.startswith("hidden_test_")


def newseye_training() -> list[Record]:
    """The dev and dev2 files trained on, PER spans cut to the name (« Laurent, avocat de l'Union » →
    « Laurent »), as ``scripts/train_name_model.py`` reads them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_name_model", Path(__file__).resolve().parents[2] / "scripts" / "train_name_model.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = []
    for text, names, _ in module.press(module.NEWSEYE):
        out.append(
            {"id": "ne", "text": text, "entities": [{"start": s, "end": e, "label": "NOM"} for s, e in names]}
        )
    return out


def quaero_split(keep_held_out: bool) -> list[Record]:
    from bench.corpus.quaero import quaero_records

    return [r for k, r in enumerate(quaero_records()) if held_out(k) == keep_held_out]


def echr_training() -> list[Record]:
    from bench.corpus.datadir import data_file
    from bench.corpus.echr import echr_records

    out: list[Record] = []
    for name in ("FR-manual-train.tsv", "FR-rev-train.tsv"):
        out.extend(echr_records(data_file("echr_fr/" + name)))
    return out


def training_records(leave_out: Sequence[str], synthetic: int = 600) -> list[Record]:
    from bench.corpus import clinical_records, probe_records

    probes = list(probe_records(tuple(n for n in probe_files() if n not in leave_out)))
    synth = list(clinical_records(synthetic, SYNTH_SEED))
    out: list[Record] = []
    out.extend(synth)
    out.extend(perturbed(synth[: synthetic // 3]))
    out.extend(probes)
    out.extend(perturbed(probes))
    out.extend(echr_training())
    out.extend(newseye_training())
    out.extend(quaero_split(False))
    return out


def dump(records: Sequence[Record], path: Path) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")


def shuffled(items: list[Any], seed: int) -> list[Any]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out
