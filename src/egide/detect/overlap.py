"""Overlap resolution: the one rule.

Findings that overlap are merged into one finding that covers the union of their spans (so that no
character any recogniser flagged is left in clear), carrying the label, score and source of the
best of them. "Best" is, in order: the highest score, then the longest span, then the label that
comes first in :data:`LABEL_PRIORITY` (more specific before more general), then the earliest start.
Findings that merely touch (one ends where the next starts) are not merged.
"""

from __future__ import annotations

from collections.abc import Iterable

from egide.detect.finding import Finding
from egide.detect.labels import Label

LABEL_PRIORITY: tuple[str, ...] = (
    Label.SECRET, Label.NIR, Label.IBAN, Label.CARTE_BANCAIRE, Label.EMAIL, Label.URL, Label.IP,
    Label.RPPS, Label.ADELI, Label.FINESS, Label.SIRET, Label.IPP, Label.NDA, Label.PIECE_IDENTITE,
    Label.IMMATRICULATION, Label.TELEPHONE, Label.DATE_NAISSANCE, Label.DATE, Label.AGE,
    Label.ADRESSE, Label.ETABLISSEMENT, Label.NOM, Label.CODE_POSTAL, Label.VILLE,
)  # fmt: skip
_RANK = {label: i for i, label in enumerate(LABEL_PRIORITY)}


def _key(f: Finding) -> tuple[float, int, int, int]:
    return (-f.score, -f.length, _RANK.get(f.label, len(_RANK)), f.start)


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings by the rule above; return them sorted by start."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    result: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for f in ordered:
        if cluster and f.start >= cluster_end:
            result.append(_merge(cluster, cluster_end))
            cluster = []
        cluster.append(f)
        cluster_end = max(cluster_end, f.end) if len(cluster) > 1 else f.end
    if cluster:
        result.append(_merge(cluster, cluster_end))
    return result


def _merge(cluster: list[Finding], end: int) -> Finding:
    best = min(cluster, key=_key)
    start = cluster[0].start
    if best.start == start and best.end == end:
        return best
    return Finding(start, end, best.label, best.score, best.source)
