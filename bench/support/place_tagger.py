"""The place tagger's data, training and leave-one-batch-out scoring (``bench/place_tagger.py``,
``scripts/train_place_tagger.py``).

Every word that :func:`egide.detect.places.tagger.candidates` would ask about (whatever the rules
found) is a training example: ``E`` when it touches a gold ETABLISSEMENT span, ``V`` a gold VILLE
span, ``O`` otherwise (a person's name, a date or no identifier at all); the trap files' words are all
``O``, and so, with ``--quaero``, are those of two thirds of QUAERO (every document whose index is not a
multiple of 3). The rules' findings are no feature: the tagger learns places from the gold, and is
asked, in the engine, only about the words the rules left.

The probe batches (``bench/corpus/heldout/probe*.txt``, their halves ``a``/``b`` one batch) are
grouped by number; batches 1–45 are read (:data:`LAST_BATCH`), and ``probe46``, ``probe47`` and ``probe48`` are
excluded by name (:data:`HELD_OUT`): they are held out for the session, never read nor scored here.
"""

from __future__ import annotations

import gzip
import hashlib
import pickle
import re
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.detect.redteam.corpus import Snippet, load

from egide.detect.names.tokens import Token, covered_words, tokenise
from egide.detect.places.tagger import (
    CLASSES,
    Lists,
    candidates,
    features,
    place_spans,
    scores,
)
from egide.detect.weights import PairWeights

ROOT = Path(__file__).resolve().parents[2]
HELD = ROOT / "bench" / "corpus" / "heldout"
CACHE = Path("/tmp/place-tagger-cache")
#: The last batch read here: later ones (the next sessions' held-out measurements) are never read.
LAST_BATCH = 45
#: The last batch the shipped weights are trained on (``scripts/train_place_tagger.py``). Trained on 1–32
#: the tagger did no better than on 1–29 (twelfth session, branch tagger13); trained on 1–42 it catches
#: more establishments on batches it did not see (fifteenth session, branch tagger16: see the README). Trained
#: on 1–45 (sixteenth session, branch tagger17) it did a little better on batches 43–45 left out one by one but
#: read a maker, a town in a classification and a learned society as places (four tests failed in the clean-clone
#: run): not shipped.
SHIPPED_LAST_BATCH = 42
#: Held out for the sixteenth session (46, 47, 48): never read, trained on nor scored, whatever LAST_BATCH says.
#: Excluded by name so that raising LAST_BATCH can never let them in by mistake. (Batches 33–45, held out
#: by the twelfth to fifteenth sessions, are readable since the session after.)
HELD_OUT = ("probe46", "probe47", "probe48")
PLACE_LABELS = {"ETABLISSEMENT": "E", "VILLE": "V"}
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
MIN_WEIGHT = 0.01

#: The engine each batch was first measured on, before any fix against it (its header's « first
#: measurement » commit where it names one, else the parent of the commit that added the file): the
#: rules as they stood on text nobody had fixed them against, for ``--replay``.
FIRST_ENGINE = {
    "probe.txt": "2476ed5^", "probe2.txt": "2476ed5^", "probe3.txt": "2476ed5^",
    "probe4.txt": "1f4c049^", "probe5.txt": "24eb2b1^", "probe6.txt": "e1ee1e4^",
    "probe7.txt": "ec566e8", "probe8.txt": "a16ccc1", "probe9.txt": "10a7203",
    "probe10.txt": "10a7203", "probe11.txt": "252df00", "probe12.txt": "731375b",
    "probe13.txt": "68cd3ef", "probe14.txt": "e6a1f6c", "probe15.txt": "7fea53e",
    "probe16a.txt": "7fea53e", "probe16b.txt": "7fea53e", "probe17a.txt": "4cf48df",
    "probe17b.txt": "4cf48df", "probe18a.txt": "4cf48df", "probe18b.txt": "4cf48df",
    "probe19.txt": "4cf48df", "probe20a.txt": "916ffd0", "probe20b.txt": "916ffd0",
    "probe21a.txt": "916ffd0", "probe21b.txt": "916ffd0", "probe22a.txt": "f854939",
    "probe22b.txt": "f854939", "probe23a.txt": "308a0c8", "probe23b.txt": "308a0c8",
    "probe24.txt": "2dbb5a7", "probe25.txt": "1d16189", "probe26.txt": "8278836",
    "probe27.txt": "c854a6e", "probe28.txt": "c854a6e", "probe29.txt": "22bfbb6",
    "probe30.txt": "8e11bcf", "probe31.txt": "8e11bcf", "probe32.txt": "8e11bcf",
    "probe33.txt": "44e97fa", "probe34.txt": "44e97fa", "probe35.txt": "44e97fa", "probe36.txt": "44e97fa",
    "probe37.txt": "b3e766f", "probe38.txt": "b3e766f", "probe39.txt": "b3e766f",
    "probe40.txt": "94e1c39", "probe41.txt": "94e1c39", "probe42.txt": "94e1c39",
    "probe43.txt": "d7a57de", "probe44.txt": "d7a57de", "probe45.txt": "d7a57de",
}  # fmt: skip


def batch_of(name: str) -> int:
    digits = re.match(r"probe(\d*)", name)
    assert digits is not None
    return int(digits.group(1) or 1)


def batches() -> dict[int, list[str]]:
    """Batch number -> its files (documents first, then traps): batches 1 to :data:`LAST_BATCH`,
    never a file of :data:`HELD_OUT`."""
    out: dict[int, list[str]] = {}
    for p in sorted(HELD.glob("probe*.txt")):
        if p.name.startswith(HELD_OUT):
            continue  # held out for the session: never read
        b = batch_of(p.name)
        if b <= LAST_BATCH:
            out.setdefault(b, []).append(p.name)
    return dict(sorted(out.items()))


@dataclass
class Doc:
    file: str
    id: str
    text: str
    gold: list[tuple[int, int, str]]
    traps: bool
    toks: list[Token] = field(default_factory=list)
    only: list[int] = field(default_factory=list)  # every candidate word, whatever the rules found
    feats: list[list[str]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)


def word_classes(
    toks: Sequence[Token], only: Sequence[int], gold: Iterable[tuple[int, int, str]]
) -> list[str]:
    spans = [(s, e, PLACE_LABELS[lab]) for s, e, lab in gold if lab in PLACE_LABELS]
    out = []
    for i in only:
        t = toks[i]
        out.append(next((c for s, e, c in spans if s < t.end and t.start < e), "O"))
    return out


def make_doc(file: str, snippet: Snippet, lists: Lists) -> Doc:
    d = Doc(file, snippet.id, snippet.text, list(snippet.gold), "traps" in file)
    d.toks = tokenise(d.text)
    d.only = candidates(d.toks, lists)
    d.feats = features(d.toks, d.only, lists)
    d.classes = word_classes(d.toks, d.only, d.gold)
    return d


def probe_docs(lists: Lists) -> dict[int, list[Doc]]:
    return {
        b: [make_doc(f, sn, lists) for f in files for sn in load(f, HELD)] for b, files in batches().items()
    }


def quaero_docs(lists: Lists, held_out: bool) -> list[Doc]:
    """QUAERO's documents (no identifier at all): two thirds to train on as negatives, the third
    whose index is a multiple of 3 to measure."""
    from bench.corpus.quaero import quaero_records

    out = []
    for k, r in enumerate(quaero_records()):
        if (k % 3 == 0) == held_out:
            out.append(make_doc("quaero", Snippet(str(r["id"]), r["text"], []), lists))
    return out


# ---------------------------------------------------------------------------------------------
# Training: a one-word CRF (maximum entropy over O, E, V), python-crfsuite.


def train(
    docs: Iterable[Doc], params: dict[str, Any] | None = None, model_out: Path | None = None
) -> PairWeights:
    """Weights feature -> (weight(E) - weight(O), weight(V) - weight(O)); ``model_out``: where to
    keep python-crfsuite's own model too."""
    import shutil

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for d in docs:
        for f, c in zip(d.feats, d.classes, strict=True):
            trainer.append([f], [c])
    trainer.set_params(params or PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "places.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        state = tagger.info().state_features
        if model_out is not None:
            shutil.copyfile(model, model_out)
    raw: dict[str, dict[str, float]] = {}
    for (attribute, label), w in state.items():
        raw.setdefault(attribute, {})[label] = w
    weights = {}
    for attribute, by in raw.items():
        o = by.get("O", 0.0)
        pair = tuple(by.get(c, 0.0) - o for c in CLASSES)
        if max(abs(pair[0]), abs(pair[1])) >= MIN_WEIGHT:
            weights[attribute] = (pair[0], pair[1])
    weights.setdefault("b", (0.0, 0.0))
    return weights


def write_weights(weights: PairWeights, path: Path, header: str) -> None:
    lines = "".join(f"{f}\t{e:.4f}\t{v:.4f}\n" for f, (e, v) in sorted(weights.items()))
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write((header + lines).encode("utf-8"))


def probabilities(weights: PairWeights, doc: Doc) -> list[tuple[float, float]]:
    return scores(weights, doc.feats)


# ---------------------------------------------------------------------------------------------
# The rules' findings, per engine, cached on disk by the text's digest.


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Findings:
    """The findings ``(start, end, label)`` of an engine (this tree's, or a commit's ``src`` read by
    ``git archive`` into the cache) on the texts asked, computed once."""

    def __init__(self, commit: str | None = None) -> None:
        self.commit = commit
        tag = "HEAD-" + _tree_digest() if commit is None else commit + "-rules"
        self.path = CACHE / f"findings-{tag}.pickle"
        self.data: dict[str, list[tuple[int, int, str]]] = {}
        if self.path.exists():
            self.data = pickle.loads(self.path.read_bytes())

    def of(self, docs: Sequence[Doc]) -> list[list[tuple[int, int, str]]]:
        todo = [d.text for d in docs if _digest(d.text) not in self.data]
        if todo:
            self._compute(todo)
        return [self.data[_digest(d.text)] for d in docs]

    def _compute(self, texts: list[str]) -> None:
        CACHE.mkdir(parents=True, exist_ok=True)
        if self.commit is None:
            from egide.detect.config import DetectConfig
            from egide.detect.engine import Detector

            detector = Detector(DetectConfig(timeout_ms=600_000, use_place_tagger=False))
            for t in texts:
                self.data[_digest(t)] = [(f.start, f.end, str(f.label)) for f in detector.detect(t)]
        else:
            tree = CACHE / "trees" / self.commit.replace("^", "-parent")
            if not tree.exists():
                tree.mkdir(parents=True)
                archive = subprocess.run(
                    ["git", "-C", str(ROOT), "archive", self.commit, "src"], check=True, capture_output=True
                ).stdout
                subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            feed = CACHE / f"texts-{self.commit.replace('^', '-parent')}.pickle"
            feed.write_bytes(pickle.dumps(texts))
            # the rules alone: since the eleventh session the place tagger is on by default, off here
            script = (
                "import pickle,sys\n"
                "from egide.detect.config import DetectConfig\n"
                "from egide.detect.engine import Detector\n"
                "try: c=DetectConfig(timeout_ms=600_000,use_place_tagger=False)\n"
                "except Exception: c=DetectConfig(timeout_ms=600_000)\n"
                "d=Detector(c)\n"
                "texts=pickle.load(open(sys.argv[1],'rb'))\n"
                "out=[]\n"
                "for t in texts:\n"
                "    try: out.append([(f.start,f.end,str(f.label)) for f in d.detect(t)])\n"
                "    except Exception: out.append([])\n"
                "pickle.dump(out,open(sys.argv[1],'wb'))\n"
            )
            import os
            import sys

            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            subprocess.run([sys.executable, "-c", script, str(feed)], check=True, env=env, cwd=tree)
            for t, found in zip(texts, pickle.loads(feed.read_bytes()), strict=True):
                self.data[_digest(t)] = found
        self.path.write_bytes(pickle.dumps(self.data))


def _tree_digest() -> str:
    import egide.detect

    root = Path(egide.detect.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.name != "place_tagger.tsv.gz":
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------------------------------------
# Scoring.


def tagger_spans(
    doc: Doc,
    probs: Sequence[tuple[float, float]],
    found: Sequence[tuple[int, int, str]],
    threshold: float,
    lists: Lists,
) -> list[tuple[int, int, str]]:
    """The tagger's findings on ``doc`` given the rules' ``found``, as the engine makes them
    (:func:`~egide.detect.places.tagger.place_spans` over the candidate words no finding touches)."""
    from egide.detect.finding import Finding

    covered = covered_words(doc.toks, [Finding(s, e, lab, 1.0, "r") for s, e, lab in found])
    keep = [k for k, i in enumerate(doc.only) if not covered[i]]
    spans = place_spans(
        doc.toks, [doc.only[k] for k in keep], [probs[k] for k in keep], threshold, lists, doc.text
    )
    return [(s, e, LABEL_NAMES[c]) for s, e, c in spans]


LABEL_NAMES = {"E": "ETABLISSEMENT", "V": "VILLE"}
_LABEL_FIELDS = {"ETABLISSEMENT": "etab", "VILLE": "ville", "ADRESSE": "adr"}


@dataclass
class Tally:
    spans: int = 0
    hit: int = 0
    places: int = 0
    places_hit: int = 0
    docs: int = 0
    clean: int = 0
    added: int = 0
    added_wrong: int = 0
    trap_docs: int = 0
    trap_hit: int = 0
    trap_added: int = 0
    chars: int = 0
    masked: int = 0
    # per label, gold spans and those fully masked (establishments, towns, addresses)
    etab: int = 0
    etab_hit: int = 0
    ville: int = 0
    ville_hit: int = 0
    adr: int = 0
    adr_hit: int = 0

    def add(
        self, doc: Doc, found: Sequence[tuple[int, int, str]], extra: Sequence[tuple[int, int, str]]
    ) -> None:
        text = doc.text
        mask = bytearray(len(text))
        for s, e, _ in [*found, *extra]:
            mask[s:e] = b"\x01" * (e - s)
        if doc.traps:
            self.trap_docs += 1
            self.trap_hit += bool(extra)
            self.trap_added += len(extra)
            return
        if not doc.gold:
            self.chars += sum(c.isalnum() for c in text)
            self.masked += sum(1 for k, c in enumerate(text) if c.isalnum() and mask[k])
            self.added += len(extra)
            return
        ok_all = True
        for s, e, lab in doc.gold:
            ok = all(mask[k] for k in range(s, e) if text[k].isalnum())
            ok_all &= ok
            self.spans += 1
            self.hit += ok
            if lab in PLACE_LABELS:
                self.places += 1
                self.places_hit += ok
            field = _LABEL_FIELDS.get(lab)
            if field is not None:
                setattr(self, field, getattr(self, field) + 1)
                setattr(self, field + "_hit", getattr(self, field + "_hit") + ok)
        self.docs += 1
        self.clean += ok_all
        for s, e, _ in extra:
            self.added += 1
            self.added_wrong += not any(gs < e and s < ge for gs, ge, _ in doc.gold)

    def __iadd__(self, other: Tally) -> Tally:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))
        return self
