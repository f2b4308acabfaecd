"""A trained second opinion on person names, asked after the rules (issue 8; off by default).

The rules, the lists and the name classifier (:mod:`egide.detect.names.model`) read most names. On
text nobody here wrote some words stay visible that a tagger trained on every set reads as a name:
a CSV row's first name (« SCHNEIDER;Pierre;1944-02-11 »), OCR'd mixed case (« Dr MaRTiNEau P. »), a
lower-case first name in a text message (« la fille maeva lopes »). :class:`NameTagger` asks about
each word that no finding covers and that is no function word, title, medicine or substance of the
BDPM, nor medical word (:func:`candidates`), and marks it a name when a maximum-entropy classifier
(a one-word CRF, trained by ``scripts/train_name_tagger.py`` with python-crfsuite on synthetic notes,
the probe batches 1–8 and their perturbed copies, the ECHR training files, two thirds of NewsEye
and two thirds of QUAERO as non-names) gives it a probability of at least ``detect.tagger_threshold``.
The weights ship in ``data/name_tagger.tsv.gz``; scoring is a dictionary lookup per feature, no
library at run time.

Measured by ``python -m bench name_tagger`` (rules alone → rules ∪ tagger at 0.98, on batches never
trained on, main ec6d189; see the README): probe10 names 402 → 407 of 435 (all spans 879 → 884 of
983); probe9, NewsEye's held-out third and ECHR's test unchanged; QUAERO 0.490 % unchanged, no word
added; 6–10 % of the engine's CPU time per prompt. A small gain: off by default
(``detect.use_tagger``).

A missing or unreadable weights file fails the detection (the engine raises
:class:`~egide.errors.DetectionError`), so that the text is blocked, never passed on unread.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from importlib import resources
from pathlib import Path

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.medical_words import MEDICAL_WORDS
from egide.detect.names.medicines import medicine_lists
from egide.detect.names.reader import Lexicon, NameReader
from egide.detect.names.tokens import Token, covered_words, gap_feature
from egide.detect.weights import Weights, load_weights, probability

TAGGER_FILE = "name_tagger.tsv.gz"
#: A tagger finding is never as sure as a title or a list: below the rules' scores.
SCORE = 0.7
_DATA = "egide.detect.names.data"
_TAG_CACHE = 50_000
#: The gap before or after a word, as the tagger's features spell it (« gb=nl », « ga=, »).
_gap = gap_feature(':,(.;"«»)/|\t-')


class Lists:
    """The lexicons the features read, bound once."""

    def __init__(self) -> None:
        self.lex = Lexicon()
        self.drugs = medicine_lists()[0]
        self.reader = NameReader(self.lex)
        # the lexicon tags of a word depend on its key alone: kept for the words met again (bounded)
        self._tags: dict[str, list[str]] = {}

    def tags(self, t: Token) -> list[str]:
        key = t.key
        got = self._tags.get(key)
        if got is None:
            if len(self._tags) >= _TAG_CACHE:
                self._tags.clear()
            got = self._tags[key] = self._lookup(t)
        return got

    def _lookup(self, t: Token) -> list[str]:
        return word_tags(t, self.lex, self.drugs, [])


def word_tags(t: Token, lex: Lexicon, drugs: Container[str], out: list[str]) -> list[str]:
    """``out`` with the tags of the lists that know the word ``t`` appended, in the order both taggers
    were trained with (their features « t=fn », « -1t=ti »…; the place tagger's own tags before them):
    a first name, a surname, a French word, a medical word, a medicine of the BDPM (``drugs``), a
    title, a function word."""
    key = t.key
    if lex.is_first(t):
        out.append("fn")
    if lex.is_surname(t):
        out.append("sn")
    if lex.is_common(t):
        out.append("cw")
    if key in MEDICAL_WORDS:
        out.append("md")
    if key in drugs:
        out.append("dr")
    if key in cues.TITLES:
        out.append("ti")
    if key in cues.FUNCTION_WORDS:
        out.append("fw")
    return out


def candidates(toks: Sequence[Token], lists: Lists, skip: Sequence[bool] | None = None) -> list[int]:
    """The words the tagger is asked about: no function word, title, medicine or substance of the
    BDPM (QUAERO's leaflets must stay readable), medical word; a word of the French vocabulary only
    when capitalised inside a sentence, or an initial; not a word the rules read as an eponym or a
    place's name (:meth:`~egide.detect.names.reader.NameReader.excluded`). Most words of a clinical note are French words
    in lower case: leaving them out keeps the cost per prompt near a millisecond. ``skip``: words
    already covered by a finding, not asked about."""
    lex = lists.lex
    words = toks if isinstance(toks, list) else list(toks)
    out = []
    for i, t in enumerate(toks):
        if skip is not None and skip[i]:
            continue
        key = t.key
        if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in lists.drugs or key in MEDICAL_WORDS:
            continue
        if lex.is_common(t) and (t.shape not in "UCI" or t.sentence_start):
            continue
        if lists.reader.excluded(words, i):
            continue  # « myopathie de Becker », « rue Victor Hugo »: the rules' eponyms and places
        out.append(i)
    return out


def features(toks: Sequence[Token], only: Sequence[int], lists: Lists) -> list[list[str]]:
    """The features of the words ``only``: shape, the word and its ends, the gaps around it, where it
    stands, its lexicons, and the same for two words on each side."""
    tags: dict[int, list[str]] = {}

    def tag(k: int) -> list[str]:
        got = tags.get(k)
        if got is None:
            got = tags[k] = lists.tags(toks[k])
        return got

    n = len(toks)
    out: list[list[str]] = []
    for i in only:
        t = toks[i]
        key = t.key
        f = [
            "b",
            "s=" + t.shape,
            "w=" + key,
            "p3=" + key[:3],
            "s3=" + key[-3:],
            "l=" + str(min(len(key), 12) // 3),
            "gb=" + _gap(t.gap_before),
            "ga=" + _gap(t.gap_after[:3]),
        ]
        if t.sentence_start:
            f.append("ss")
        if t.cell_start:
            f.append("cs")
        if t.loud:
            f.append("loud")
        f.extend(["t=" + x for x in tag(i)])
        for d in (-2, -1, 1, 2):
            k = i + d
            if 0 <= k < n:
                o = toks[k]
                f.append(f"{d}w={o.key}")
                f.append(f"{d}s={o.shape}")
                f.extend([f"{d}t={x}" for x in tag(k)])
            else:
                f.append(f"{d}w=<>")
        if i > 0:
            f.append("pw|s=" + toks[i - 1].key + "|" + t.shape)
        out.append(f)
    return out


def read_weights(source: Path | None = None) -> Weights:
    """``feature<TAB>weight`` lines (the weight for « name » less the weight for « no name ») of
    ``source``, by default the package's ``data/`` file named :data:`TAGGER_FILE` (looked up at each
    call). Raises on a missing, truncated or malformed file (:func:`~egide.detect.weights.load_weights`):
    the engine then fails closed."""
    return load_weights(resources.files(_DATA).joinpath(TAGGER_FILE) if source is None else source)


class NameTagger:
    """Scores the candidate words no finding covers; :meth:`find` returns NOM findings."""

    def __init__(self, weights: Weights, threshold: float, lists: Lists | None = None) -> None:
        self.weights = weights
        self.threshold = threshold
        self.lists = lists if lists is not None else Lists()

    @classmethod
    def load(cls, threshold: float, source: Path | None = None) -> NameTagger:
        return cls(read_weights(source), threshold)

    def probabilities(self, toks: Sequence[Token], only: Sequence[int]) -> list[float]:
        w = self.weights
        return [probability(w, f) for f in features(toks, only, self.lists)]

    def find(self, toks: Sequence[Token], found: Sequence[Finding]) -> list[Finding]:
        """NOM findings on the words ``toks`` (a text's, :func:`~egide.detect.names.tokens.tokenise`)
        that no finding of ``found`` touches."""
        if not toks:
            return []
        only = candidates(toks, self.lists, covered_words(toks, found))
        if not only:
            return []
        return [
            Finding(toks[i].start, toks[i].end, Label.NOM, SCORE, "tagger")
            for i, p in zip(only, self.probabilities(toks, only), strict=True)
            if p >= self.threshold
        ]
