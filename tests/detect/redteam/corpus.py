"""The red-team set: hand-written snippets unlike bench/corpus's templates, and how to score them.

``identifiers.txt`` holds snippets with gold spans written inline; ``traps.txt`` snippets without any
identifier (eponyms, drugs, words that are also names). Scoring is by masking, as a leak is judged:
a gold span counts as found when findings of any label cover all its characters.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from egide.detect.finding import Finding
from tests.detect.inline import Span, parse_inline

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    gold: list[Span]


def load(name: str, here: Path = HERE) -> list[Snippet]:
    """The snippets of ``here / name`` (blocks separated by « --- » lines, each opened by « ## id »)."""
    raw = (here / name).read_text(encoding="utf-8")
    snippets = []
    for block in raw.split("\n---\n")[1:]:
        head, _, body = block.partition("\n")
        assert head.startswith("## "), f"block without an id: {head!r}"
        text, gold = parse_inline(body.rstrip("\n"))
        snippets.append(Snippet(head[3:].strip(), text, gold))
    return snippets


def masked(findings: list[Finding], length: int) -> list[bool]:
    covered = [False] * length
    for f in findings:
        for k in range(f.start, f.end):
            covered[k] = True
    return covered


def missed(snippet: Snippet, findings: list[Finding]) -> list[Span]:
    """Gold spans whose letters and digits are not all masked."""
    covered = masked(findings, len(snippet.text))
    return [
        (s, e, label)
        for s, e, label in snippet.gold
        if not all(covered[k] for k in range(s, e) if snippet.text[k].isalnum())
    ]


def extra(snippet: Snippet, findings: list[Finding]) -> list[Finding]:
    """Findings that touch no gold span: over-masking."""
    return [f for f in findings if not any(s < f.end and f.start < e for s, e, _ in snippet.gold)]


@dataclass
class Summary:
    gold: Counter[str]
    found: Counter[str]
    snippets: int
    clean_snippets: int
    trap_snippets: int
    trap_hit: int
    trap_chars: int
    trap_masked: int
    extra_in_identifiers: int

    def lines(self) -> list[str]:
        out = ["label            found / gold   recall"]
        for label in sorted(self.gold):
            g, f = self.gold[label], self.found[label]
            out.append(f"{label:<16} {f:>5} / {g:<5}  {f / g:.3f}")
        g, f = sum(self.gold.values()), sum(self.found.values())
        out.append(f"{'ALL':<16} {f:>5} / {g:<5}  {f / g:.3f}")
        out.append(f"snippets fully masked: {self.clean_snippets}/{self.snippets}")
        out.append(f"findings outside gold in identifier snippets: {self.extra_in_identifiers}")
        out.append(
            f"trap snippets with a finding: {self.trap_hit}/{self.trap_snippets}; "
            f"letters+digits masked in traps: {self.trap_masked}/{self.trap_chars} "
            f"({100 * self.trap_masked / max(1, self.trap_chars):.2f} %)"
        )
        return out


def summarise(
    ids: list[Snippet], id_found: list[list[Finding]], traps: list[Snippet], trap_found: list[list[Finding]]
) -> Summary:
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    clean = extra_n = 0
    for snip, fs in zip(ids, id_found, strict=True):
        miss = missed(snip, fs)
        clean += not miss
        extra_n += len(extra(snip, fs))
        for s, e, label in snip.gold:
            gold[label] += 1
            found[label] += (s, e, label) not in miss
    hit = chars = mask = 0
    for snip, fs in zip(traps, trap_found, strict=True):
        hit += bool(fs)
        cov = masked(fs, len(snip.text))
        chars += sum(c.isalnum() for c in snip.text)
        mask += sum(1 for k, c in enumerate(snip.text) if c.isalnum() and cov[k])
    return Summary(gold, found, len(ids), clean, len(traps), hit, chars, mask, extra_n)
