"""A small logistic-regression token classifier for the capitalised words nothing else resolved.

The rules and lists decide most words. What remains are capitalised words that are in no list, or
in a list but without context: « ex parte Benham », « D. Pannick QC », « l'affaire Sauvé », next to
« Kardégic 75 mg », « Checklist », « Cour ». The model reads the word's shape, its lists, its
suffix and its neighbours and says whether it is part of a name.

Weights are trained by ``scripts/train_name_model.py`` (synthetic clinical sentences the script
writes, the ECHR French training files, two thirds of the NewsEye French press documents, and two
thirds of QUAERO's drug leaflets and MEDLINE titles as words that are no names) and shipped in
``data/name_model.tsv.gz``; the scoring is a dictionary lookup per feature, a few microseconds per
candidate word. The threshold was 0.8 with the clinical and ECHR data alone; with the press and
QUAERO, 0.65 catches more names on the held-out press third (0.587 -> 0.616) while masking less of
the held-out QUAERO third (1.11 % -> 0.63 %).
"""

from __future__ import annotations

import gzip
import math
import re
from importlib import resources

from egide.detect.names import cues
from egide.detect.names.eponyms import is_unambiguous_eponym
from egide.detect.names.medical_words import MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.reader import Lexicon, Span, joinable, noun_phrase_follows
from egide.detect.names.tokens import Token

MODEL_FILE = "name_model.tsv.gz"
_ROMAN_GRADE = re.compile(r"[ivx]{1,5}[a-d]?")
THRESHOLD = 0.65
#: A model finding is never as sure as a title: it stays below the rules' scores.
MAX_SCORE = 0.8


def _gap_class(gap: str) -> str:
    if not gap:
        return "none"
    if "\n" in gap:
        return "nl"
    for c in ':,(.;"«»)/':
        if c in gap:
            return c
    if any(ch.isdigit() for ch in gap):
        return "digit"
    return "sp"


# Upper-case words of forms and headers that the lists do not know as common words.
_LABEL_WORDS = frozenset(
    [
        "ibode",
        "iade",
        "finess",
        "adeli",
        "rpps",
        "siret",
        "siren",
        "nda",
        "ipp",
        "ins",
        "nir",
        "samu",
        "smur",
        "chru",
        "ehpad",
        "ssiad",
        "had",
        "usld",
        "fax",
        "tel",
        "mail",
        "objet",
        "motif",
        "compte",
        "rendu",
    ]
)


def candidate(t: Token, lex: Lexicon) -> bool:
    """A word the model is asked about: capitalised, not a common or medical word, not an acronym.

    Common words (« Examen », « Cour ») and upper-case words (« EVA », « NIHSS », « FINESS ») are
    left to the rules: on clinical prose the model would cost more over-masking than
    it finds names there.
    """
    key = t.key
    if t.shape not in "UC" or len(key) < 3 or t.loud:
        return False
    if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in NOT_NAMES or key in MEDICAL_WORDS:
        return False
    if is_unambiguous_eponym(key) or lex.is_common(t):
        return False
    if _ROMAN_GRADE.fullmatch(key) is not None:
        return False  # « stade IIIA », « Clark IV »: a grade in Roman numerals
    if t.shape == "U":
        # Upper-case words are section titles and acronyms more often than names: only words long
        # enough to be a surname, with a vowel (not « NIHSS »), are asked about.
        vowels = sum(c in "aeiouy" for c in key)
        return len(key) >= 4 and vowels >= 0.3 * len(key) and key not in _LABEL_WORDS
    return not any(a.isupper() and b.isupper() for a, b in zip(t.text, t.text[1:], strict=False))


def features(toks: list[Token], i: int, lex: Lexicon) -> list[str]:
    """The features of token ``i`` (strings; their weights are looked up in a dictionary)."""
    t = toks[i]
    key = t.key
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    f = [
        "b",
        "s=" + t.shape,
        "len=" + str(min(len(key), 12) // 3),
        "w=" + key,
        "suf3=" + key[-3:],
        "suf2=" + key[-2:],
        "pre3=" + key[:3],
        "gb=" + _gap_class(t.gap_before),
        "ga=" + (_gap_class(nxt.gap_before) if nxt is not None else "eos"),
    ]
    if t.sentence_start:
        f.append("ss")
    if "-" in key:
        f.append("hy")
    first = lex.first.get(key)
    if first is not None or lex.is_first(t):
        f.append("fn")
        f.append("fg=" + (first or "X"))
    if lex.is_surname(t):
        f.append("sn")
    if lex.is_common(t):
        f.append("cw")
    if key in MEDICAL_WORDS:
        f.append("med")
    if t.shape == "U" and (len(key) <= 3 or not any(c in "aeiouy" for c in key)):
        f.append("acr")
    if prev is not None:
        f.append("p1=" + prev.key)
        f.append("p1s=" + prev.shape)
        if prev.key in cues.TITLES:
            f.append("p1title")
        if prev.shape in "UC" and lex.is_first(prev):
            f.append("p1fn")
        if prev.key in cues.PARTICLES:
            f.append("p1part")
    else:
        f.append("p1=BOS")
    if prev2 is not None:
        f.append("p2=" + prev2.key)
        f.append("p2p1=" + prev2.key + "_" + (prev.key if prev is not None else ""))
    if nxt is not None:
        f.append("n1=" + nxt.key)
        f.append("n1s=" + nxt.shape)
        if nxt.shape in "UC" and lex.is_first(nxt):
            f.append("n1fn")
        if nxt.shape in "UC" and lex.is_surname(nxt):
            f.append("n1sn")
    else:
        f.append("n1=EOS")
    return f


class NameModel:
    """Scores candidate words; :meth:`find` turns the positive ones into name spans."""

    def __init__(self, weights: dict[str, float], lexicon: Lexicon) -> None:
        self.weights = weights
        self.lex = lexicon

    @classmethod
    def load(cls, lexicon: Lexicon) -> NameModel:
        weights: dict[str, float] = {}
        path = resources.files("egide.detect.names.data").joinpath(MODEL_FILE)
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                name, _, value = line.rstrip("\n").rpartition("\t")
                weights[name] = float(value)
        return cls(weights, lexicon)

    def probability(self, toks: list[Token], i: int) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features(toks, i, self.lex))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def find(self, toks: list[Token], taken: list[bool]) -> list[Span]:
        spans: list[Span] = []
        current: Span | None = None
        # most words are in lower case: those in capitals are picked out in one comprehension
        for i in [k for k, t in enumerate(toks) if t.shape in "UC" and not taken[k]]:
            t = toks[i]
            if not candidate(t, self.lex):
                continue
            if t.sentence_start and (
                t.key in self.lex.name_words or noun_phrase_follows(toks, i + 1, self.lex.name_words)
            ):
                continue  # « Pierre de la vésicule », « Nice to have »: a noun, whatever the weights say
            p = self.probability(toks, i)
            if p < THRESHOLD:
                continue
            score = min(MAX_SCORE, p)
            if current is not None and current.last == i and joinable(toks[i - 1], t):
                current = Span(current.first, i + 1, max(current.score, score), "model")
                spans[-1] = current
            else:
                current = Span(i, i + 1, score, "model")
                spans.append(current)
        return spans
