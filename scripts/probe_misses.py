"""Score held-out probe batches and list what the engine misses (a developer's tool, not a benchmark).

``python scripts/probe_misses.py probe28 [probe27 …] [--misses] [--extra] [--labels]`` from the repository
root: each name is a file of ``bench/corpus/heldout/`` without ``.txt``; its ``_traps`` file is scored with
it when it exists. ``--misses`` prints every gold span not fully masked with its line, ``--extra`` every
finding outside gold (over-masking), ``--labels`` the recall per label. Kept in the repository because
every session reads probe misses this way and a new machine starts without the previous one's files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.detect.redteam.corpus import extra, load, missed, summarise  # noqa: E402

from egide.detect.config import DetectConfig  # noqa: E402
from egide.detect.engine import Detector  # noqa: E402

HELDOUT = ROOT / "bench" / "corpus" / "heldout"


def context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"{left}[[{text[start:end]}]]{right}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--extra", action="store_true")
    parser.add_argument("--labels", action="store_true")
    # the place tagger is on by default (as in the engine); « --place-tagger » is kept for the command
    # lines written when it was not
    parser.add_argument("--place-tagger", action="store_true", help="the place tagger on (the default)")
    parser.add_argument("--no-place-tagger", action="store_true", help="switch the place tagger off")
    args = parser.parse_args(argv)
    detector = Detector(DetectConfig(timeout_ms=600_000, use_place_tagger=not args.no_place_tagger))
    for name in args.names:
        name = Path(name).name.removesuffix(".txt")
        ids = load(f"{name}.txt", HELDOUT)
        traps = load(f"{name}_traps.txt", HELDOUT) if (HELDOUT / f"{name}_traps.txt").exists() else []
        id_found = [detector.detect(s.text) for s in ids]
        trap_found = [detector.detect(s.text) for s in traps]
        summary = summarise(ids, id_found, traps, trap_found)
        lines = summary.lines()
        print(f"== {name}")
        print("\n".join(lines if args.labels else lines[-4:]))
        for snip, fs in zip(ids, id_found, strict=True):
            if args.misses:
                for s, e, label in missed(snip, fs):
                    print(f"  MISS {snip.id} {label}: {context(snip.text, s, e)}")
            if args.extra:
                for f in extra(snip, fs):
                    print(f"  EXTRA {snip.id} {f.label}: {context(snip.text, f.start, f.end)}")
        if args.extra:
            for snip, fs in zip(traps, trap_found, strict=True):
                for f in fs:
                    print(f"  TRAP {snip.id} {f.label}: {context(snip.text, f.start, f.end)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
