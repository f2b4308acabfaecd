"""``python -m bench`` runs every benchmark in ``bench/*.py``; ``python -m bench NAME [ARGS…]`` runs one.

A benchmark is any module directly in ``bench/`` whose name does not start with ``_``, except the
helpers other benchmarks use (a module named as ``bench.NAME`` in another module's source, such as
the model server ``bench.gateway_upstream`` or the log generator ``bench.shadow_logs``); shared code
otherwise lives in subpackages (``bench.support``, ``bench.corpus``). Each benchmark runs in its own
process so that memory figures are its own; a failing benchmark is reported and the others still run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> list[str]:
    modules = {p.stem: p.read_text(encoding="utf-8") for p in HERE.glob("*.py") if not p.stem.startswith("_")}
    helpers = {
        name
        for name in modules
        if any(re.search(rf"\bbench\.{name}\b", source) for other, source in modules.items() if other != name)
    }
    return sorted(set(modules) - helpers)


def run(name: str, args: list[str]) -> int:
    print(f"\n##### {name} #####", flush=True)
    start = time.perf_counter()
    code = subprocess.call([sys.executable, "-m", f"bench.{name}", *args], cwd=HERE.parent)
    print(
        f"##### {name}: {'terminé' if code == 0 else f'ÉCHEC (code {code})'} en {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    return code


def main(argv: list[str]) -> int:
    names = benchmarks()
    if argv and argv[0] in {"-h", "--help"}:
        print(__doc__)
        print("benchmarks :", ", ".join(names))
        return 0
    if argv:
        name = argv[0].removeprefix("bench.").removesuffix(".py")
        if name not in names:
            print(f"benchmark inconnu : {name} (connus : {', '.join(names)})", file=sys.stderr)
            return 2
        return run(name, argv[1:])
    failures = [name for name in names if run(name, []) != 0]
    if failures:
        print(f"\nbenchmarks en échec : {', '.join(failures)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
