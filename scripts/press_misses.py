"""The person names of the NewsEye press set (issue #8) that the engine leaves partly readable, grouped
by what is left: the way to pick the next family of names to read, never a single string.

A name counts as caught when every letter and digit of it is masked, titles at its start (« M. »,
« Mme ») taken out of the gold span, as ``independent_scores.py`` counts. Misses where every
capitalised word is masked (only descriptions such as « ancien ministre » are left, which the
annotation puts inside the span) are counted, not listed, by where the words left stand (a rank or a
title before the name, an apposition after it). The others are listed under one group:

- ``title``: only a title or form of address is left (« M.Gambetta » glued, « Lord », « Monsieur »);
- ``description``: the words left follow a comma or « de » inside the span (« …, président de la
  Fédération »);
- ``whole``: nothing of the name is masked (a bare surname, a name in a listing);
- ``part``: a word of the name itself is left beside a masked one.

The documents are split in two parts, fixed by their id: the held-out part (NewsEye's test file,
``hidden_test_…``, which the name model and the tagger never saw) and the tuning part (the dev and dev2
files, ``dev_…`` and ``test_…``). Families of names are picked on the tuning part; the held-out part
is only measured, its misses never listed; the last line prints, for each part, the names fully caught
and the names touched (a finding overlaps the span, titles out).

usage: .venv/bin/python scripts/press_misses.py [--group GROUP] [--part tuning|held-out|all] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from egide.detect.config import DetectConfig
from egide.detect.engine import Detector

NEWSEYE = Path("/work/shared/data/newseye_fr/newseye_fr.jsonl")
_TITLE = re.compile(r"^((M|MM|Mme|Mmes|Mlle|Mgr|Dr|Me|Pr)\.?\s+)+")
_WORD = re.compile(r"\w[\w'’¬-]*")
_ADDRESS = re.compile(
    r"^(M|MM|Mme|Mmes|Mlle|Mlles|Mes|Me|Mo|Dr|Drs|S|EXC|EX|Monsieur|Madame|Mademoiselle|Lord|Sir|Dame)$"
)


def _group(text: str, start: int, end: int, masked: bytearray, visible: list[re.Match[str]]) -> str:
    if all(_ADDRESS.match(w.group()) for w in visible):
        return "title"
    if not any(masked[start:end]):
        return "whole"
    first_masked = next(i for i in range(start, end) if masked[i])
    last_masked = max(i for i in range(start, end) if masked[i])
    after = [w for w in visible if w.start() > last_masked]
    if after and len(after) == len(visible) and re.search(r",|\bde\b", text[last_masked : after[0].start()]):
        return "description"
    return "part" if any(w.end() <= first_masked or w.start() > last_masked for w in visible) else "whole"


def _descriptions(text: str, start: int, end: int, masked: bytearray) -> str:
    """Where the lower-case words left stand: before the masked name (a rank or a title the gold
    holds: « le général X », « président X », « madame X »), after it (an apposition: « X, avocat de
    … »), or both."""
    letters = [i for i in range(start, end) if text[i].isalnum()]
    hidden = [i for i in letters if masked[i]]
    if not hidden:
        return "descriptions only (nothing masked)"
    before = any(not masked[i] for i in letters if i < hidden[0])
    after = any(not masked[i] for i in letters if i > hidden[-1])
    if before and after:
        return "descriptions only (before and after)"
    return "descriptions only (rank or title before)" if before else "descriptions only (apposition after)"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--group", help="list only this group (title, description, whole, part)")
    parser.add_argument(
        "--part",
        choices=("tuning", "held-out", "all"),
        default="tuning",
        help="the documents read: the dev files families are picked on (default), the test file (figures only)",
    )
    parser.add_argument("--held-out", action="store_true", help="the same as --part held-out")
    parser.add_argument("--quiet", action="store_true", help="only the figures")
    args = parser.parse_args()
    if args.held_out:
        args.part = "held-out"
    detector = Detector(DetectConfig())
    docs = [json.loads(line) for line in NEWSEYE.open(encoding="utf-8")]
    groups: Counter[str] = Counter()
    scores: dict[str, Counter[str]] = {"tuning": Counter(), "held-out": Counter()}
    for doc in docs:
        part = "held-out" if str(doc["id"]).startswith("hidden_test_") else "tuning"
        if args.part != "all" and args.part != part:
            continue
        text = doc["text"]
        masked = bytearray(len(text))
        for f in detector.detect(text):
            masked[f.start : f.end] = b"\x01" * (f.end - f.start)
        for e in doc["entities"]:
            if e["label"] != "PER":
                continue
            m = _TITLE.match(text[e["start"] : e["end"]])
            start = e["start"] + (m.end() if m else 0)
            letters = [i for i in range(start, e["end"]) if text[i].isalnum()]
            if not letters:
                continue
            scores[part]["names"] += 1
            scores[part]["touched"] += any(masked[start : e["end"]])
            if all(masked[i] for i in letters):
                scores[part]["caught"] += 1
                continue
            visible = [
                w
                for w in _WORD.finditer(text, start, e["end"])
                if w.group()[0].isupper()
                and not all(masked[i] for i in range(w.start(), w.end()) if text[i].isalnum())
            ]
            group = (
                _group(text, start, e["end"], masked, visible)
                if visible
                else _descriptions(text, start, e["end"], masked)
            )
            groups[group] += 1
            listed = part == "tuning" and not args.quiet
            if visible and listed and (args.group is None or args.group == group):
                shown = "".join(
                    f"[{c}]" if masked[i] else c
                    for i, c in enumerate(
                        text[max(0, e["start"] - 40) : e["end"] + 30], max(0, e["start"] - 40)
                    )
                ).replace("][", "")
                print(f"{group}\t{doc['id']}\t{[w.group() for w in visible]}\t{shown!r}")
    print("# " + ", ".join(f"{g}: {n}" for g, n in groups.most_common()))
    for part, c in scores.items():
        if c["names"]:
            print(
                f"# {part}: fully caught {c['caught']}/{c['names']} = {c['caught'] / c['names']:.3f},"
                f" touched {c['touched']}/{c['names']} = {c['touched'] / c['names']:.3f}"
            )


if __name__ == "__main__":
    main()
