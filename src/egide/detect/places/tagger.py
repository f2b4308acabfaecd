"""A trained second opinion on establishments and towns, asked after the rules (on by default).

The rules read establishments (:mod:`egide.detect.places.establishment`) and towns
(:mod:`egide.detect.places.city`) from cues written one family at a time. :class:`PlaceTagger` asks
about each word that no finding covers and that could be part of a place's name (:func:`candidates`:
a capitalised word that is no function word, title or medicine, or a word of any case that is a
commune's name or its first word) and marks it an establishment or a town when a maximum-entropy
classifier (a one-word CRF over three classes, trained by ``scripts/train_place_tagger.py`` with
python-crfsuite on the probe batches) gives the two place classes together a probability of at
least ``detect.place_tagger_threshold``. The weights ship in ``data/place_tagger.tsv.gz``; scoring is
a dictionary lookup per feature, no library at run time.

Measured by ``python -m bench place_tagger --replay --quaero`` (leave-one-batch-out; ``probe46``,
``probe47`` and ``probe48`` held out and never read; see the README). Retrained on batches 1–45 (sixteenth
session, 2026-12-07; not shipped: those weights read « Valmont » in a maker's contact line, « Montréal » in a
classification and « Française » in a learned society's name as places, four tests failed): on batches 43–45 left out one by one at 0.95, first rules, the weights of 1–42 (text
they never saw) → those of the 44 other batches: 3,316 → 3,317 spans of 3,416, 226 → 227 documents of 300,
1 → 0 word outside the gold, 1 → 1 trap word; QUAERO's unseen third 0.479 % both. The weights trained on batches 1–42
(fifteenth session, 2026-12-07) with a name's words carried on (:func:`_grow`), on batches 33–42 left
out one by one at 0.95, against the rules each batch was first measured on: spans fully masked 97.1 → 97.5 % (the weights trained on 1–29: 97.4 %),
establishments 91.0 → 92.0 % (91.2 %), towns 95.2 → 97.8 % (97.8 %), documents with nothing visible 77.5
→ 79.8 % (78.9 %), 4 words outside the gold and 5 trap words in 200 unseen trap snippets (4 and 6);
QUAERO's unseen third 0.469 % before and after; about 0.4 ms of CPU per 2,000-character prompt.

A span it would mark is dropped when the rules refuse it on purpose (:func:`refused`: the town
recogniser's vetoes, shared through :mod:`egide.detect.places.not_a_place` — « Elle a Calais en tête »,
« Sens unique », « en Bretagne », « congrès de Montpellier », « paludisme observé en 1987 à Dakar » —, a
company's address in a leaflet, the fields of a coded message, an establishment's kind and speciality
alone): so switched on it masks nothing the team's traps keep readable, and QUAERO stays as the rules
leave it.

A missing or unreadable weights file fails the detection (the engine raises
:class:`~egide.errors.DetectionError`), so that the text is blocked, never passed on unread.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from egide.detect.appellations import after_a_product
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.medicines import medicine_lists
from egide.detect.names.reader import Lexicon as NameLexicon
from egide.detect.names.tagger import word_tags
from egide.detect.names.tokens import Token, covered_words, gap_feature, tokenise
from egide.detect.places.city import NOT_A_PLACE_HEADS, someone_abroad_there
from egide.detect.places.establishment import GENERIC, STRUCTURE_ACRONYMS
from egide.detect.places.lexicon import fold_cached, load_lexicon
from egide.detect.places.not_a_place import (
    a_company_form_after,
    a_department_in_brackets,
    a_given_name_then_surname,
    a_is_the_verb,
    a_land_in_brackets,
    a_meeting_place,
    a_month_since,
    a_person_in_the_sentence,
    a_region_after_en,
    a_thing_after_a_contraction,
    a_unit_code,
    a_word_as_written,
    after_a_department_dash,
    after_a_title,
    after_an_eponym_head,
    an_eponym_by_its_context,
    an_institution_title,
    company_before,
    grades_a_scale,
    heads_a_house_name,
    in_a_coded_message,
    in_a_listed_medicine,
    in_a_medicine_name,
    in_the_hospital_group_name,
    is_field_label,
    names_a_company,
    names_a_meeting,
    previous_words,
)
from egide.detect.weights import PairWeights, load_pair_weights, pair_sums, softmax_pair

TAGGER_FILE = "place_tagger.tsv.gz"
#: A tagger finding is never as sure as a cue or a list: below the rules' scores.
SCORE = 0.7
_PACKAGE = "egide.detect.places"
_TAG_CACHE = 50_000
#: The classes besides « no place » (« O »), in the weights file's order.
CLASSES = ("E", "V")
LABELS = {"E": Label.ETABLISSEMENT, "V": Label.VILLE}
#: Words an establishment's name is made of or opened by (folded), beside the structure acronyms.
CUE_WORDS = frozenset(
    [
        "hopital",
        "hopitaux",
        "hospitalier",
        "hospitaliere",
        "hospices",
        "clinique",
        "polyclinique",
        "chu",
        "ch",
        "chr",
        "chru",
        "chi",
        "chic",
        "cht",
        "chs",
        "chg",
        "gh",
        "ghu",
        "ght",
        "aphp",
        "ap",
        "hp",
        "ehpad",
        "had",
        "ssiad",
        "ssr",
        "usld",
        "centre",
        "center",
        "institut",
        "fondation",
        "maternite",
        "pharmacie",
        "laboratoire",
        "labo",
        "ambulances",
        "residence",
        "foyer",
        "mutualiste",
        "medipole",
        "pole",
        "site",
        "cmp",
        "cmpp",
        "camsp",
        "cegidd",
        "efs",
        "ime",
        "esat",
        "mas",
        "fam",
        "epsm",
        "smur",
        "samu",
        "irr",
        "crf",
        "cpn",
    ]
)
#: The gap before or after a word, as the tagger's features spell it (« gb=nl », « ga=— »).
_gap = gap_feature(':,(.;"«»)/|\t-—–')


#: :meth:`Lists.ask`'s answers: a word never asked about, always, or unless it opens a sentence.
_NEVER, _ALWAYS, _NOT_OPENING = 0, 1, 2


class Lists:
    """The lexicons the features read, bound once."""

    def __init__(self) -> None:
        self.names = NameLexicon()
        self.places = load_lexicon()
        self.drugs = medicine_lists()[0]
        # the lexicon tags of a word depend on its text alone: kept for the words met again (bounded)
        self._tags: dict[str, tuple[str, ...]] = {}
        # and so does whether the tagger asks about it (:meth:`ask`), but for a sentence's start
        self.asked: dict[str, int] = {}

    def tags(self, t: Token) -> tuple[str, ...]:
        got = self._tags.get(t.text)
        if got is None:
            if len(self._tags) >= _TAG_CACHE:
                self._tags.clear()
            got = self._tags[t.text] = self._lookup(t)
        return got

    def ask(self, t: Token) -> int:
        """Whether :func:`candidates` asks about the word, from its text alone (kept per text, bounded):
        :data:`_NEVER`, :data:`_ALWAYS`, or :data:`_NOT_OPENING` (a French word capitalised, asked
        unless it opens a sentence)."""
        if len(self.asked) >= _TAG_CACHE:
            self.asked.clear()
        verdict = self.asked[t.text] = self._verdict(t)
        return verdict

    def _verdict(self, t: Token) -> int:
        key = t.key
        if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in self.drugs or t.text[-1] in "'’":
            return _NEVER
        own = self.tags(t)
        if t.shape == "L" or (t.shape == "X" and t.text[0].islower()):
            if "cw" in own or ("c" not in own and "cue" not in own):
                return _NEVER  # (« examen clinique », « l'hôpital »: French words in lower case say no name)
            return _ALWAYS
        if "c" in own or "cue" in own:
            return _ALWAYS
        if "md" in own:
            return _NEVER
        return _NOT_OPENING if "cw" in own else _ALWAYS

    def _lookup(self, t: Token) -> tuple[str, ...]:
        names = self.names
        key = t.key
        out = []
        lower_word = t.shape == "L" and names.is_common(t)  # « examen clinique », « l'hôpital »
        folded = fold_cached(t.text)
        commune = self.places.communes.get(folded)
        if commune is not None:
            out.append("ca" if commune.abroad else "c" + str(min(len(str(commune.population)), 7)))
            if commune.is_word:
                out.append("cwd")
        if self.places.first_words.get(folded, 0) > 1:
            out.append("cf")
        if (commune is not None or "cf" in out) and not lower_word:
            out.append("c")  # (a commune's name, or its first word, that is no French word in lower case)
        if (key in CUE_WORDS or t.text in STRUCTURE_ACRONYMS) and not lower_word:
            out.append("cue")
        return tuple(word_tags(t, names, self.drugs, out))  # (the name tagger's tags, in its order)


def candidates(toks: Sequence[Token], lists: Lists, skip: Sequence[bool] | None = None) -> list[int]:
    """The words the tagger is asked about: a capitalised word (or an initial) that is no function
    word, elision, title, medicine of the BDPM or medical word, nor a French word opening a sentence;
    or a word in lower case that is no French word and names a commune, opens a commune's name or
    names a kind of establishment (« ehpad », « chu »). A capitalised commune's name or establishment's
    cue word is asked about wherever it stands. ``skip``: words already covered by a
    finding, not asked about."""
    out = []
    asked = lists.asked
    for i, t in enumerate(toks):
        if skip is not None and skip[i]:
            continue
        verdict = asked.get(t.text)
        if verdict is None:
            verdict = lists.ask(t)
        if verdict == _NEVER or (verdict == _NOT_OPENING and t.sentence_start):
            continue
        # last, since it looks at two words back: asked of the few words left (a tenth of a prompt's)
        if _headed_away(toks, i):
            continue
        out.append(i)
    return out


#: Links between a head word and the city or person it is named after (« congrès de », « maladie d' »).
_HEAD_LINKS = frozenset({"de", "d", "du", "des", "a", "au", "aux"})


def _headed_away(toks: Sequence[Token], i: int) -> bool:
    """Whether the word ``i`` follows, through « de », « d' », « à »…, a head the city recogniser reads
    as naming something else than a place (:data:`~egide.detect.places.city.NOT_A_PLACE_HEADS`: a
    scientific meeting, « congrès de Strasbourg »; an eponym, « signe de Trousseau »): the rules
    explained the word, the tagger is not asked about it."""
    if i < 2 or "\n" in toks[i].gap_before:
        return False
    link = toks[i - 1]
    return link.key in _HEAD_LINKS and "\n" not in link.gap_before and toks[i - 2].key in NOT_A_PLACE_HEADS


_OFFSETS = (-2, -1, 1, 2)
_NEIGHBOURS = (-2, -1, 0, 1, 2)


def word_features(t: Token, d: int, lists: Lists) -> list[str]:
    """The features the word ``t`` gives the candidate ``d`` words before it (``d`` = 0: the
    candidate's own) that depend on its text alone: its key and shape (and, for its own, the key's
    ends), its lexicons. Its sums of weights are kept per text by :class:`PlaceTagger`."""
    key = t.key
    shape = t.shape
    if d == 0:
        if shape == "U":
            shape = "U" + str(min(len(key), 6))
        return [
            "s=" + shape,
            "w=" + key,
            "p3=" + key[:3],
            "s3=" + key[-3:],
            *["t=" + x for x in lists.tags(t)],
        ]
    out = [f"{d}w={key}", f"{d}s={shape}", *[f"{d}t={x}" for x in lists.tags(t)]]
    if d < 0:
        out.append(f"{d}ws={key}|{shape}")  # « clinique du » is no « Clinique du »
    return out


def position_features(toks: Sequence[Token], i: int) -> list[str]:
    """The features of the word ``i`` that depend on where it stands: the gaps around it, its line's
    ends, a sentence's start, a line in capitals, the word before it with its shape."""
    t = toks[i]
    n = len(toks)
    f = ["b", "gb=" + _gap(t.gap_before), "ga=" + _gap(t.gap_after[:3])]
    if i == 0 or "\n" in t.gap_before:
        f.append("ls")
    if i == n - 1 or "\n" in t.gap_after:
        f.append("le")
    if t.sentence_start:
        f.append("ss")
    if t.loud:
        f.append("loud")
    shape = t.shape
    if shape == "U":
        shape = "U" + str(min(len(t.key), 6))
    f.append("pw|s=" + (toks[i - 1].key if i > 0 else "<>") + "|" + shape)
    f.extend(f"{d}w=<>" for d in _OFFSETS if not 0 <= i + d < n)
    return f


def features(toks: Sequence[Token], only: Sequence[int], lists: Lists) -> list[list[str]]:
    """The features of the words ``only``: shape, the word and its ends, the gaps around it, where it
    stands on its line, its lexicons, and the same for two words on each side."""
    n = len(toks)
    out: list[list[str]] = []
    for i in only:
        f = position_features(toks, i)
        f.extend(word_features(toks[i], 0, lists))
        for d in _OFFSETS:
            if 0 <= i + d < n:
                f.extend(word_features(toks[i + d], d, lists))
        out.append(f)
    return out


def read_weights(source: Path | None = None) -> PairWeights:
    """``feature<TAB>weight(E)<TAB>weight(V)`` lines (each the class's weight less the weight for
    « no place ») of ``source``, by default the package's ``data/`` file :data:`TAGGER_FILE` (looked up
    at each call). Raises on a missing, truncated or malformed file
    (:func:`~egide.detect.weights.load_pair_weights`): the engine then fails closed."""
    return load_pair_weights(
        resources.files(_PACKAGE).joinpath("data", TAGGER_FILE) if source is None else source
    )


def scores(weights: PairWeights, feats: Sequence[Sequence[str]]) -> list[tuple[float, float]]:
    """Per list of features, the probabilities of an establishment and of a town (the softmax of the
    summed weights, « no place » at 0)."""
    return [softmax_pair(*pair_sums(weights, f)) for f in feats]


class PlaceTagger:
    """Scores the candidate words no finding covers; :meth:`find` returns ETABLISSEMENT and VILLE
    findings."""

    def __init__(self, weights: PairWeights, threshold: float, lists: Lists | None = None) -> None:
        self.weights = weights
        self.threshold = threshold
        self.lists = lists if lists is not None else Lists()
        # per word's text, the sums of its weights as each neighbour of a candidate (bounded)
        self._word_sums: dict[str, list[tuple[float, float]]] = {}

    @classmethod
    def load(cls, threshold: float, source: Path | None = None) -> PlaceTagger:
        return cls(read_weights(source), threshold)

    def probabilities(self, toks: Sequence[Token], only: Sequence[int]) -> list[tuple[float, float]]:
        """Per word of ``only``, the probabilities of an establishment and of a town: the same as
        :func:`scores` of :func:`features`, with each word's sums of weights kept per text."""
        w = self.weights
        n = len(toks)
        out = []
        for i in only:
            ze, zv = pair_sums(w, position_features(toks, i))
            for d in _NEIGHBOURS:
                k = i + d
                if 0 <= k < n:
                    a, b = self._sums(toks[k])[d + 2]
                    ze += a
                    zv += b
            out.append(softmax_pair(ze, zv))
        return out

    def _sums(self, t: Token) -> list[tuple[float, float]]:
        got = self._word_sums.get(t.text)
        if got is None:
            if len(self._word_sums) >= _TAG_CACHE:
                self._word_sums.clear()
            w, lists = self.weights, self.lists
            got = self._word_sums[t.text] = [pair_sums(w, word_features(t, d, lists)) for d in _NEIGHBOURS]
        return got

    def find(self, toks: Sequence[Token], found: Sequence[Finding], text: str) -> list[Finding]:
        """Findings on the words ``toks`` of ``text`` (:func:`~egide.detect.names.tokens.tokenise`) that
        no finding of ``found`` touches."""
        if not toks:
            return []
        only = candidates(toks, self.lists, covered_words(toks, found))
        if not only:
            return []
        return [
            Finding(start, end, LABELS[c], SCORE, "place-tagger")
            for start, end, c in place_spans(
                toks, only, self.probabilities(toks, only), self.threshold, self.lists, text
            )
        ]


#: What may stand between two words of one place's name that the tagger marks: spaces, an
#: apostrophe, a hyphen (not a comma, a bracket or a line break, which end a name).
_BRIDGE_GAPS = frozenset({"", " ", "'", "’", "-", " - ", "' ", "’ "})
_BRIDGE_WORDS = 2


def place_spans(
    toks: Sequence[Token],
    only: Sequence[int],
    probs: Sequence[tuple[float, float]],
    threshold: float,
    lists: Lists,
    text: str,
) -> list[tuple[int, int, str]]:
    """``(start, end, class)`` of the words of ``only`` whose place probability reaches
    ``threshold``, or :data:`GROW_FROM` beside such a word (:func:`_grow`); two such words of one class with at most :data:`_BRIDGE_WORDS` words between them on
    one line are one span (« Hôpital marin d'Hendaye »), and a town that opens a commune's name of
    several words is the whole name (« vaulx en velin »). A span made only of words that name a kind
    of establishment (« CHU », « EHPAD », « Pharmacie »), or its kind and its speciality (« CENTRE DE
    RÉÉDUCATION »), is dropped: it names no place; and so is a span the rules would refuse as a place
    (:func:`refused`, on ``text``, the words' text)."""
    sure = [pe + pv >= threshold for pe, pv in probs]
    if any(sure):
        _grow(toks, only, probs, sure)
    marked = [(i, "E" if pe >= pv else "V") for i, (pe, pv), on in zip(only, probs, sure, strict=True) if on]
    out: list[tuple[int, int, str]] = []
    named: list[bool] = []  # per span, whether a word of it is more than a kind of establishment
    last = -10
    for i, c in marked:
        start, end = toks[i].start, toks[i].end
        tags = lists.tags(toks[i])
        if c == "V" and "cf" in tags:
            end = _commune_end(toks, i, lists) or end
        if (
            out
            and out[-1][2] == c
            and i - last <= _BRIDGE_WORDS + 1
            and all(toks[k].gap_after in _BRIDGE_GAPS for k in range(last, i))
        ):
            out[-1] = (out[-1][0], max(end, out[-1][1]), c)
            named[-1] = named[-1] or _names(toks[i], tags)
        else:
            out.append((start, end, c))
            named.append(_names(toks[i], tags))
        last = i
    # A kind of establishment alone (« CHU », « EHPAD », « Pharmacie ») names none.
    return [
        span
        for span, name in zip(out, named, strict=True)
        if name and not refused(text, span[0], span[1], lists)
    ]


#: From this probability a word joins a marked word of the same name beside it (:func:`_grow`).
GROW_FROM = 0.5
#: The only words that may stand between a marked word and a word it carries on: a name's links
#: (« Plaine des Grègues »), not a verb (« LE CENTRE HOSPITALIER EST SATURÉ » names no place « Saturé »).
_NAME_LINKS = frozenset(
    {"de", "d", "du", "des", "la", "le", "les", "l", "et", "en", "sur", "sous", "lez", "au", "aux"}
)


def _grow(
    toks: Sequence[Token], only: Sequence[int], probs: Sequence[tuple[float, float]], sure: list[bool]
) -> None:
    """Marks in ``sure`` the words of ``only`` that continue a marked word's name: the threshold starts
    a place, and a name's other words, which the tagger leans towards without reaching it, carry it on
    (« CLINIQUE DU VAL FLEURI », « Soins et Partage », « Plaine des Grègues »: a common word of the name
    scores lower than the word that makes it a place). A word joins from :data:`GROW_FROM` when a marked word
    stands at most :data:`_BRIDGE_WORDS` words away on its line with only a name's links between
    (:data:`_NAME_LINKS`, with the gaps :func:`place_spans` bridges); what it joins may carry the name on.
    Leave-one-batch-out on probe batches 33–42 (fifteenth session, branch tagger16): +2 spans, +2
    documents of 1,000 against the rules each batch first met (+3 and +1 with the weights of batches
    1–29), no word more outside the gold or in the traps, nothing on QUAERO."""
    grown = True
    while grown:
        grown = False
        for k, i in enumerate(only):
            if sure[k] or sum(probs[k]) < GROW_FROM:
                continue
            # (``only`` is in the text's order: a word that near is that near in it too)
            for m in range(max(0, k - _BRIDGE_WORDS - 1), min(len(only), k + _BRIDGE_WORDS + 2)):
                j = only[m]
                if not sure[m] or j == i or abs(j - i) > _BRIDGE_WORDS + 1:
                    continue
                a, b = min(i, j), max(i, j)
                if all(toks[x].gap_after in _BRIDGE_GAPS for x in range(a, b)) and all(
                    toks[x].key in _NAME_LINKS for x in range(a + 1, b)
                ):
                    sure[k] = grown = True
                    break


def _names(t: Token, tags: tuple[str, ...]) -> bool:
    """Whether the word is more than an establishment's kind or speciality (« CHU », « rééducation »)."""
    return "cue" not in tags and t.text.lower() not in GENERIC


#: How many capitalised words back a company form makes the tagger's span a company's address.
_COMPANY_REACH = 6


def refused(text: str, s: int, e: int, lists: Lists) -> bool:
    """Whether the rules keep ``text[s:e]``, a span the tagger would mark, readable on purpose: the
    vetoes of the town recogniser (:mod:`egide.detect.places.not_a_place`), asked of the span's first
    word and of the commune it names; and the tagger's own family there (a company's address, a coded
    message, a paper's affiliation, a meeting's place, a city abroad that no person is in, a commune
    written as the French word it also is, a unit's code, a department's name in brackets, a product's
    appellation)."""
    if (
        in_a_coded_message(text, s)
        or company_before(text, s, _COMPANY_REACH)
        or in_a_listed_medicine(text, s, e)
        or a_company_form_after(text, e)
        or an_institution_title(text, s, e)
        or a_unit_code(text, s, e)
        # a product named after its place (« moutarde de Dijon »), which the rules' readings drop too
        # (:mod:`~egide.detect.appellations`): the tagger reads after them
        or after_a_product(text, s)
    ):
        return True
    first = s
    while first < e and (text[first].isalnum() or text[first] in "-'’"):
        first += 1
    if _a_word_of_code(text, s, e, first, lists):
        return True
    previous = previous_words(text, s, 3)
    last = previous[-1] if previous else ""
    if (
        is_field_label(text, s, first)
        or names_a_company(text, e)
        or names_a_company(text, first)
        or after_a_title(last)
        or a_region_after_en(text, s, first, last)
        or grades_a_scale(text, s, first)
        or an_eponym_by_its_context(text, s, last)
        or names_a_meeting(previous)
        or after_an_eponym_head(previous)
        or in_a_medicine_name(text, s, first, last)
        or in_the_hospital_group_name(text, s, last)
        or a_month_since(text, s, first, last)
        or a_is_the_verb(text, s)
        or after_a_department_dash(text, s)
        or a_meeting_place(text, s)
    ):
        return True
    communes = lists.places.communes
    end = e
    commune = communes.get(fold_cached(text[s:e]))
    if a_department_in_brackets(text, s, e, commune) or a_land_in_brackets(text, s, e):
        return True
    if commune is None:
        end = first
        commune = communes.get(fold_cached(text[s:first]))
    if commune is None:
        return False
    return (
        a_thing_after_a_contraction(last, commune)
        or (commune.ambiguous and heads_a_house_name(text, end))
        or (end == first and a_given_name_then_surname(text, s, first))
        or a_word_as_written(text, s, end, commune)
        or (
            commune.abroad
            and not someone_abroad_there(text, s, end)
            and not a_person_in_the_sentence(text, s)
        )
    )


def _a_word_of_code(text: str, s: int, e: int, first: int, lists: Lists) -> bool:
    """Whether ``text[s:e]`` is a French word, no commune's name, glued to another word by an
    underscore: a part of a variable's or a column's name (« x = CH_TOTAL + 1 », « DATE_SORTIE »), which
    no writer uses for a place's name; the tagger, which reads « CH » then a word in capitals as an
    establishment, would otherwise mark it. A commune glued the same way (« CH_VICHY ») is still asked."""
    if not ((s > 0 and text[s - 1] == "_") or (e < len(text) and text[e] == "_")):
        return False
    if first != e:
        return False  # (a single word only)
    word = text[s:e]
    toks = tokenise(word)
    return (
        len(toks) == 1 and fold_cached(word) not in lists.places.communes and lists.names.is_common(toks[0])
    )


def _commune_end(toks: Sequence[Token], i: int, lists: Lists) -> int | None:
    """Where the longest commune's name of several words opened by the word ``i`` ends, written
    with spaces, hyphens or apostrophes between its words (« vaulx en velin »)."""
    places = lists.places
    most = places.first_words.get(fold_cached(toks[i].text), 0)
    name = toks[i].text
    best = None
    for k in range(i + 1, min(i + most, len(toks))):
        gap = toks[k - 1].gap_after
        if gap not in _BRIDGE_GAPS:
            break
        name += gap + toks[k].text
        if fold_cached(name) in places.communes:
            best = toks[k].end
    return best
