"""The CPU time a trained tagger adds to a prompt (``bench/name_tagger.py``, ``bench/place_tagger.py``).

Both taggers run after the engine, on the words its name reader read (shared through the
document), and ask only about the words no finding covers: each is timed here the way the engine
runs it, on 200 prompts of 2,000 characters cut from the synthetic corpus, beside the engine's own
time on the same prompts. CPU time, since the machine may be shared.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

from egide.detect.finding import Finding
from egide.detect.names.tokens import Token

#: A tagger's ``find``: findings on the words of a text that no finding of the engine's touches.
Find = Callable[[Sequence[Token], Sequence[Finding], str], list[Finding]]


def prompts(n: int = 200, length: int = 2000) -> list[str]:
    """``n`` prompts of ``length`` characters: synthetic clinical records, repeated to length."""
    from bench.corpus import clinical_records

    texts: list[str] = []
    for r in clinical_records(n, 3):
        t = r["text"]
        while len(t) < length:
            t += "\n" + t
        texts.append(t[:length])
    return texts


def added_time(find: Find, texts: Sequence[str], warm_up: int = 20) -> tuple[list[float], list[float]]:
    """Per text, the engine's CPU time and the tagger's ``find`` after it, in milliseconds. The
    words are read again for the tagger, but not timed: the engine shares the words its name reader
    read."""
    from egide.detect import Detector
    from egide.detect.config import DetectConfig
    from egide.detect.document import Document
    from egide.detect.names import words

    # the engine as the taggers come after it: the place tagger (on by default) off, else its findings
    # would hide the words the place tagger is timed on
    detector = Detector(DetectConfig(use_place_tagger=False))
    for text in texts[:warm_up]:
        detector.detect(text)
    engine_ms: list[float] = []
    tagger_ms: list[float] = []
    for text in texts:
        a = time.process_time()
        found = detector.detect(text)
        b = time.process_time()
        toks = words(Document(text))
        b2 = time.process_time()
        find(toks, found, text)
        c = time.process_time() - (b2 - b)
        engine_ms.append(1000 * (b - a))
        tagger_ms.append(1000 * (c - b))
    return engine_ms, tagger_ms


def report(find: Find, what: str, budget: str = "") -> None:
    """Prints the medians of :func:`added_time` on :func:`prompts`, and the tagger's 99th centile;
    ``what``: the tagger's name in the line, ``budget``: what follows its figures."""
    texts = prompts()
    engine_ms, tagger_ms = added_time(find, texts)
    p99 = sorted(tagger_ms)[int(0.99 * len(tagger_ms))]
    print(f"\nvitesse (temps CPU), invites de 2 000 caractères ({len(texts)}) : moteur médiane "
          f"{statistics.median(engine_ms):.2f} ms ; {what} ajouté médiane "
          f"{statistics.median(tagger_ms):.2f} ms, p99 {p99:.2f} ms{budget}")  # fmt: skip
