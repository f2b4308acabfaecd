"""Fingerprint of everything the engine finds on every corpus we have: the check that a change meant
to make the engine faster (or tidier) changes no finding at all.

Sets: the synthetic clinical corpus and clinical prose without identifiers (``bench.corpus``, seeded),
the 2,000-character prompts and the 184-character batch letters the speed benchmarks time, three
synthetic records at a time through ``detect_many`` (names propagated across parts), the ECHR test set
(per sentence and per case report) and every ECHR case report, NewsEye, QUAERO and BDPM from the data directory, and with
``--perturbed`` the synthetic, ECHR, NewsEye and QUAERO renderings of :mod:`bench.perturb`. For each set,
every finding (document, start, end, label, score, source) goes into a SHA-256; the line « tout » hashes
the sets' hashes. Run it before and after a change: the hashes must be the same.

    python -m bench findings_hash [--sets synthetique,cedh,…] [--perturbed] [--json out.json]
        [--check before.json] [--dump findings.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from bench.corpus import (
    bdpm_records,
    clean_records,
    clinical_records,
    echr_records,
    newseye_records,
    quaero_records,
)
from bench.corpus.datadir import Absent
from bench.support.table import render

Texts = list[tuple[str, list[str]]]  # (id, texts detected together)


def _single(records: Iterator[dict[str, Any]]) -> Texts:
    return [(r["id"], [r["text"]]) for r in records]


def _prompts() -> Texts:
    """Twenty prompts of 2,000 characters cut from the clinical records joined, as the engine's speed
    benchmark cuts them (written again here: naming that module here would make it a helper for
    ``python -m bench``, which runs only what no other benchmark names)."""
    parts: list[str] = []
    seed = total = 0
    while total < 2_000 * 21:
        for record in clinical_records(200, seed=100 + seed):
            parts.append(record["text"])
            total += len(record["text"]) + 2
        seed += 1
    text = "\n\n".join(parts)
    return [(f"prompt-{i}", [text[i * 2_000 : (i + 1) * 2_000]]) for i in range(20)]


def _letters() -> Texts:
    from tests.batch.collection import letter, note, persons

    people = persons(200)
    return [(f"letter-{i}", [letter(p, people[-1 - i].last)]) for i, p in enumerate(people)] + [
        (f"note-{i}", [note(p)]) for i, p in enumerate(people)
    ]


def _conversations() -> Texts:
    records = list(clinical_records(120, seed=7))
    return [(records[i]["id"], [r["text"] for r in records[i : i + 3]]) for i in range(0, len(records), 3)]


def _echr_all() -> Texts:
    """Every case report of the automatically projected ECHR files (train, dev, test): all the text."""
    from bench.corpus.datadir import data_file

    return [
        (f"{part}:{r['id']}", [r["text"]])
        for part in ("train", "dev", "test")
        for r in echr_records(data_file(f"echr_fr/FR-all-{part}.tsv"), unit="document")
    ]


def _perturbed(records: list[dict[str, Any]]) -> Texts:
    from bench.perturb import TRANSFORMS, perturb

    return [(f"{p.name}:{r['id']}", [perturb(r, p)["text"]]) for p in TRANSFORMS for r in records]


SETS: dict[str, Callable[[], Texts]] = {
    "synthetique": lambda: _single(clinical_records(400, 0)),
    "propre": lambda: _single(clean_records(200, 0)),
    "prompts": _prompts,
    "lettres": _letters,
    "conversations": _conversations,
    "cedh": lambda: _single(echr_records()),
    "cedh_arrets": lambda: _single(echr_records(unit="document")),
    "cedh_tout": lambda: _echr_all(),
    "newseye": lambda: _single(newseye_records()),
    "quaero": lambda: _single(quaero_records()),
    "bdpm": lambda: _single(bdpm_records(limit=2000)),
}
PERTURBED: dict[str, Callable[[], Texts]] = {
    "perturbé_synthetique": lambda: _perturbed(list(clinical_records(150, 0))),
    "perturbé_cedh": lambda: _perturbed(list(echr_records())),
    "perturbé_newseye": lambda: _perturbed(list(newseye_records())),
    "perturbé_quaero": lambda: _perturbed(list(quaero_records())[:600]),
}


def fingerprint(
    detect_many: Callable[[list[str]], list[list[Any]]], texts: Texts, dump: TextIO | None = None
) -> tuple[str, int, int]:
    """(SHA-256 of every finding, findings, characters); each finding's line also goes to ``dump``."""
    digest = hashlib.sha256()
    findings = chars = 0
    for doc_id, parts in texts:
        chars += sum(len(p) for p in parts)
        for n, found in enumerate(detect_many(parts)):
            for f in found:
                line = f"{doc_id}/{n}\t{f.start}\t{f.end}\t{f.label}\t{f.score!r}\t{f.source}\n"
                digest.update(line.encode())
                if dump is not None:
                    dump.write(line)
                findings += 1
    return digest.hexdigest(), findings, chars


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench findings_hash", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--sets", help=f"comma-separated, among {', '.join([*SETS, *PERTURBED])}")
    parser.add_argument("--perturbed", action="store_true", help="add the perturbed renderings")
    parser.add_argument("--json", help="write the hashes to this file")
    parser.add_argument("--check", help="a --json file of before: exit 1 if a set's hash differs")
    parser.add_argument("--dump", help="write every finding to this file, one line each (to diff)")
    args = parser.parse_args(argv)

    from egide.detect import Detector
    from egide.settings import load_settings

    config = load_settings().detect
    detector = Detector(config.model_copy(update={"timeout_ms": 600_000}))
    chosen = {**SETS, **(PERTURBED if args.perturbed else {})}
    if args.sets:
        every = {**SETS, **PERTURBED}
        chosen = {name: every[name] for name in args.sets.split(",")}

    rows, hashes = [], {}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for name, load in chosen.items():
        try:
            texts = load()
        except Absent as absent:
            rows.append([name, "ABSENT", "", "", str(absent)])
            continue
        start = time.perf_counter()
        digest, findings, chars = fingerprint(detector.detect_many, texts, dump)
        hashes[name] = digest
        rows.append([name, digest[:16], str(findings), str(chars), f"{time.perf_counter() - start:.1f} s"])
        print(f"{name}: {digest[:16]} ({findings} findings, {chars} characters)", flush=True)
    overall = hashlib.sha256("".join(f"{k}={v}\n" for k, v in sorted(hashes.items())).encode()).hexdigest()
    rows.append(["tout", overall[:16], "", "", ""])
    print(render(["ensemble", "empreinte", "trouvailles", "caractères", "temps"], rows))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"sets": hashes, "all": overall}, out, indent=1)
    if dump is not None:
        dump.close()
    if args.check:
        with open(args.check, encoding="utf-8") as before:
            expected = json.load(before)["sets"]
        differ = [name for name, digest in hashes.items() if expected.get(name, digest) != digest]
        print("mêmes trouvailles" if not differ else f"TROUVAILLES CHANGÉES : {', '.join(differ)}")
        if differ:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
