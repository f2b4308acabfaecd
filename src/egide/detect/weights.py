"""The feature weights of the engine's trained word classifiers: read from their files, summed, turned
into probabilities.

Three classifiers score a word the same way, from a list of feature strings (its key, its shape, its
neighbours, its lexicons…) whose weights are summed: the name model (:mod:`egide.detect.names.model`,
on by default), the name tagger (:mod:`egide.detect.names.tagger`) and the place tagger
(:mod:`egide.detect.places.tagger`, on by default too). Each ships its weights as a gzipped text file, ``#`` lines for
its provenance, then a line a feature:

- ``feature<TAB>weight``: one class against « none » (:func:`load_weights`, :func:`probability`, a
  logistic function);
- ``feature<TAB>weight<TAB>weight``: two classes, each against « none » (:func:`load_pair_weights`,
  :func:`pair_sums` and :func:`softmax_pair`).

A feature may itself hold a tab (« ga=\\t »): the weights are the line's last fields. Scoring is a
dictionary lookup per feature, with no library at run time; the functions here do exactly the sums
the classifiers were measured with, in the same order, so that their probabilities stay the same to
the last bit.

Fail closed: a file that is missing, truncated or malformed raises (``OSError``, ``EOFError``,
``ValueError``) rather than giving a classifier part of its weights, which would let words through
that the whole model masks. A file without the bias :data:`BIAS` (empty, or cut before its weights)
raises too. The engine then refuses every detection (the optional taggers) or does not start (the
name model): a text is blocked, never passed on half read.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Container, Iterable, Iterator
from importlib.resources.abc import Traversable
from itertools import repeat

#: Per feature, the weight of the one class less the weight of « none ».
Weights = dict[str, float]
#: Per feature, the weights of the two classes, each less the weight of « none ».
PairWeights = dict[str, tuple[float, float]]
#: The bias feature: every word has it, every file written by the training scripts holds it.
BIAS = "b"
#: Below this sum the logistic probability is 0 to a double's precision (and ``exp`` would overflow
#: further down): no exponential is computed.
_FLOOR = -30.0


def _rows(source: Traversable, width: int) -> Iterator[tuple[str, list[str]]]:
    """``(feature, weights as written)`` of each line of ``source`` that has ``width`` weights."""
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").rsplit("\t", width)  # (the feature may hold a tab: its last fields)
            if len(parts) != width + 1:
                raise ValueError(f"{source}: ligne mal formée (attendu : {width} poids)")
            yield parts[0], parts[1:]


def _checked(source: Traversable, weights: Container[str]) -> None:
    # an empty file, or one cut before its first weight, reads without error: refused here
    if BIAS not in weights:
        raise ValueError(f"{source}: aucun poids (fichier vide ou tronqué)")


def load_weights(source: Traversable) -> Weights:
    """The ``feature<TAB>weight`` lines of the gzipped ``source`` (a path, or a package's file from
    :func:`importlib.resources.files`).

    Raises ``OSError`` (``gzip.BadGzipFile``…), ``EOFError`` or ``ValueError`` on a missing, truncated
    or malformed file, and ``ValueError`` on a file without weights: the engine then fails closed.
    """
    weights = {feature: float(value) for feature, (value,) in _rows(source, 1)}
    _checked(source, weights)
    return weights


def load_pair_weights(source: Traversable) -> PairWeights:
    """The ``feature<TAB>weight<TAB>weight`` lines of the gzipped ``source``; raises as
    :func:`load_weights`."""
    weights = {feature: (float(a), float(b)) for feature, (a, b) in _rows(source, 2)}
    _checked(source, weights)
    return weights


def probability(weights: Weights, features: Iterable[str]) -> float:
    """The probability of the one class: the logistic function of the features' summed weights
    (a feature without a weight weighs 0)."""
    # map, not a generator: some forty features per word asked, a few microseconds less each
    z = sum(map(weights.get, features, repeat(0.0)))
    if z < _FLOOR:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


_ZERO = (0.0, 0.0)


def pair_sums(weights: PairWeights, features: Iterable[str]) -> tuple[float, float]:
    """The features' summed weights for each of the two classes (a feature without weights: 0, 0)."""
    za = zb = 0.0
    zero = _ZERO  # (a local name: looked up faster in the loop)
    for x in features:
        a, b = weights.get(x, zero)
        za += a
        zb += b
    return za, zb


def softmax_pair(za: float, zb: float) -> tuple[float, float]:
    """The probabilities of the two classes from their summed weights, « none » at 0 (a softmax over
    three classes, shifted by the largest sum so that no exponential overflows)."""
    top = max(za, zb, 0.0)
    pa, pb, po = math.exp(za - top), math.exp(zb - top), math.exp(-top)
    total = pa + pb + po
    return pa / total, pb / total
