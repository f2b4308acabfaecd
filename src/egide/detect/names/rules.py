"""Names found by the structure of clinical text and by the word lists.

Evidence, strongest first:

1. a title (« M. », « Mme », « Dr », « Pr. », « Docteur »): whatever name-like words follow;
2. a header label and a colon (« Patient : », « Interne : », « IDE : »);
3. « épouse », « née », and kinship after a possessive (« sa fille Marie »);
4. the lists: a first name next to a surname-shaped word (« Jean DUPONT », « DUPONT Jean »,
   « jean dupont »), a known surname or first name that is not a common word.

Evidence 4 yields to the eponym rules (:mod:`eponyms`) and to place words (« rue Victor Hugo » is an
address, found by the place recognisers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from egide.detect.names import cues
from egide.detect.names.eponyms import EPONYM_CONTEXT, is_unambiguous_eponym
from egide.detect.names.lexicon import common_words, first_names, surnames
from egide.detect.names.medical_words import CALENDAR, MEDICAL_WORDS, NOT_NAMES
from egide.detect.names.tokens import Token

# Particles written in lower case inside a name (« de la Fontaine », « van der Berg »). « le » and
# « la » only count after « de » (« M. le Maire » is not a name).
_LOWER_PARTICLES = frozenset(
    [
        "de",
        "d'",
        "du",
        "des",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "el",
        "al",
    ]
)
_AFTER_DE = frozenset({"la", "l'"})
_AGE_GAP = re.compile(r"\s*[,(-]?\s*\d{1,3}\s*")
# No name has more words than this, initials and particles included (« Marie-Claire de la Fontaine »).
_MAX_NAME_TOKENS = 8
_ROMAN = re.compile(r"[IVX]{1,4}[a-c]?")
_PLURAL_TITLES = frozenset(
    {"mm", "mmes", "mlles", "drs", "prs", "messieurs", "mesdames", "docteurs", "professeurs"}
)
_PHRASE_ENDS = frozenset(p[-1] for p in cues.HEADER_PHRASES)
_SKIP_BEFORE_EPONYM = frozenset({"de", "d'", "du", "des", "la", "le", "l'", "les"})


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens ``[first, last)`` found to be a name, with a score and what found it."""

    first: int
    last: int
    score: float
    source: str


class Lexicon:
    """The lists, bound once so that lookups are attribute-free in the hot loop."""

    def __init__(self) -> None:
        self.first = first_names()
        self.surnames = surnames()
        self.common = common_words()

    def is_first(self, t: Token) -> bool:
        key = t.key
        if key in self.first:
            return True
        if "-" in key:
            return all(p in self.first for p in key.split("-"))
        return False

    def is_surname(self, t: Token) -> bool:
        key = t.key
        if key in self.surnames:
            return True
        if "'" in key and key.replace("'", "") in self.surnames:
            return True  # « N'Diaye » / « Ndiaye »
        if "-" in key:
            return all(p in self.surnames or p in self.first for p in key.split("-") if p)
        return False

    def is_common(self, t: Token) -> bool:
        key = t.key
        if key in self.common or key in MEDICAL_WORDS:
            return True
        if "-" not in key:
            return False
        parts = key.split("-")
        # « Anne-Marie » is a first name even though « anne » and « marie » are also words
        return all(p in self.common for p in parts) and not all(p in self.first for p in parts)

    def in_lists(self, t: Token) -> bool:
        return self.is_first(t) or self.is_surname(t)


def _joinable(prev: Token, nxt: Token) -> bool:
    """Whether two words can belong to one name: only spaces (or the dot of an initial) between."""
    gap = nxt.gap_before
    if gap == " ":
        return True
    stripped = gap.strip(" ")
    if stripped == "":
        return "\n" not in gap and len(gap) <= 3
    return prev.shape == "I" and stripped in {".", ".-", "-"}


def _is_title(t: Token, nxt: Token | None) -> bool:
    if t.key not in cues.TITLES or nxt is None:
        return False
    if nxt.gap_before.strip(" ") not in {"", "."}:
        return False  # « M6 », « Dr: », « Mme, » are not followed by a name
    if t.key in cues.CASE_SENSITIVE_TITLES:
        if not t.text[0].isupper() or nxt is None or t.loud:
            return False  # on a line in capitals « MM » is millimetres, « M » metres
        if not (nxt.capitalised or nxt.key in _LOWER_PARTICLES):  # « M. de KERGUELEN »
            return False
    return True


class Rules:
    """Finds name spans in a list of tokens."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    # -- the name reader -----------------------------------------------------------------------

    def _name_word(self, t: Token, first: bool, allow_lower: bool, after_particle: bool = False) -> bool:
        key = t.key
        if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in CALENDAR:
            return False
        if t.shape == "I" or t.shape == "X":
            return False
        if t.shape in "UC":
            if after_particle:
                return True  # « Du Pont », « de la Fontaine »
            if first:
                return key not in cues.PLACE_WORDS
            return (not self.lex.is_common(t) or self.lex.in_lists(t)) and key not in cues.PLACE_WORDS
        # lower case: only where the context already says a name follows
        if not allow_lower or len(key) < 3:
            return False
        if not self.lex.is_common(t):
            return True
        # « nath blanc », « de la fontaine »: a common word that is a surname, inside a name
        return (not first or after_particle) and self.lex.is_surname(t)

    def read_name(self, toks: list[Token], j: int, allow_lower: bool, max_words: int = 5) -> int:
        """End (exclusive) of the name starting at token ``j``, or ``j`` when there is none."""
        n = len(toks)
        k = j
        last = j
        words = 0
        # Bounded in words looked at, not only in name words, so that « M. M. M. … » or « J. J. J. … »
        # cost the same per word as any text.
        while k < n and words < max_words and k - j < _MAX_NAME_TOKENS:
            t = toks[k]
            if k > j and not _joinable(toks[k - 1], t):
                break
            nxt = toks[k + 1] if k + 1 < n else None
            if t.shape == "I" and nxt is not None and nxt.gap_before.strip(" ") in {".", ".-", "-"}:
                k += 1  # an initial: « J. Dupont », « J.-P. Martin »
                continue
            if self._particle(t, toks, k, allow_lower) and nxt is not None and _joinable(t, nxt):
                k += 1
                continue
            after_particle = k > j and self._particle(toks[k - 1], toks, k - 1, allow_lower)
            # « Mme Andersson estima »: after a capitalised name, a lower-case word is the sentence
            lower_ok = allow_lower and (words == 0 or toks[j].shape == "L")
            if not self._name_word(t, words == 0, lower_ok, after_particle):
                break
            words += 1
            k += 1
            last = k
        return last

    def _particle(self, t: Token, toks: list[Token], k: int, allow_lower: bool = False) -> bool:
        key = t.key
        if t.shape == "L":
            if k + 1 < len(toks) and f"{key} {toks[k + 1].key}" in self.lex.surnames:
                return True  # « le goff », « da silva » written in lower case
            if key in _LOWER_PARTICLES or (key in _AFTER_DE and k > 0 and toks[k - 1].key == "de"):
                # « de la Fontaine », « van der Berg »: particles chain before a capitalised word
                for m in range(k + 1, min(k + 3, len(toks))):
                    if toks[m].shape in "UC":
                        return True
                    if allow_lower and toks[m].shape == "L" and toks[m].key not in cues.FUNCTION_WORDS:
                        return True
                    if toks[m].key not in _LOWER_PARTICLES and toks[m].key not in _AFTER_DE:
                        return False
            return False
        # « Le Goff », « Da Silva », « Van der Berg », « DE LA FONTAINE »
        if t.shape in "CU" and key in cues.LEADING_PARTICLES and k + 1 < len(toks):
            nxt = toks[k + 1]
            return nxt.shape in "UC" or nxt.key in _LOWER_PARTICLES
        return False

    # -- evidence 1-3: context -----------------------------------------------------------------

    def by_context(self, toks: list[Token]) -> list[Span]:
        spans: list[Span] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < n else None
            found: Span | None = None
            if nxt is not None and _is_title(t, nxt):
                allow_lower = t.key not in cues.CASE_SENSITIVE_TITLES
                end = self.read_name(toks, i + 1, allow_lower)
                if end > i + 1:
                    found = Span(i + 1, end, 0.95 if toks[i + 1].capitalised else 0.85, "title")
                elif nxt.shape == "I" and i + 2 < n and toks[i + 2].gap_before.startswith("."):
                    found = Span(i + 1, i + 2, 0.8, "title")  # « Mme T. », « M. X. »: an initial alone
            elif nxt is not None and ":" in nxt.gap_before and self._header(toks, i):
                end = self.read_name(toks, i + 1, True)
                if end > i + 1:
                    found = Span(i + 1, end, 0.9, "header")
            elif nxt is not None and t.key in cues.RELATION_WORDS and nxt.capitalised and i > 0:
                end = self.read_name(toks, i + 1, False)
                if end > i + 1:
                    found = Span(i + 1, end, 0.9, "relation")
            elif (
                nxt is not None
                and t.key in cues.KIN_WORDS
                and i > 0
                and toks[i - 1].key in cues.POSSESSIVES
                and nxt.gap_before.strip() in {"", ",", "(", ":"}
                and (nxt.capitalised or self.clear_lower_name(nxt))
            ):
                # « sa fille Marie », « Sa fille, claude de montmorency, », « son mari (Paul) »
                end = self.read_name(toks, i + 1, not nxt.capitalised)
                if end > i + 1 and not self.eponym_context(toks, i + 1):
                    found = Span(i + 1, end, 0.85, "kinship")
            elif (
                nxt is not None
                and _introduces_person(toks, i)
                and nxt.gap_before.strip() in {"", "("}
                and ((nxt.capitalised and not _short_acronym(nxt)) or self.clear_lower_name(nxt))
            ):
                # « vu par DUPONT », « transmis à Odette », « recevoir brigitte le goff »
                end = self.read_name(toks, i + 1, not nxt.capitalised)
                if end > i + 1 and not self.excluded(toks, i + 1):
                    found = Span(i + 1, end, 0.8, "context")
            if found is not None:
                spans.append(found)
                if found.source == "title" and t.key in _PLURAL_TITLES:
                    found = self._more_names(toks, found, spans)
                i = found.last
            else:
                i += 1
        return spans

    def _more_names(self, toks: list[Token], found: Span, spans: list[Span]) -> Span:
        """« MM. Pearson et Feal-Martinez », « Drs Martin, Durand et Petit »: the rest of the list."""
        n = len(toks)
        k = found.last
        for _ in range(_MAX_NAME_TOKENS):
            if k >= n:
                break
            if toks[k].key == "et" and toks[k].gap_before == " ":
                k += 1
            elif toks[k].gap_before.strip(" ") != ",":
                break
            if k >= n or not toks[k].capitalised:
                break
            end = self.read_name(toks, k, False)
            if end == k:
                break
            found = Span(k, end, found.score, "title")
            spans.append(found)
            k = end
        return found

    def clear_lower_name(self, t: Token) -> bool:
        """A lower-case word that can only be a name: in the lists, not a French word."""
        return (
            t.shape == "L"
            and t.key not in cues.FUNCTION_WORDS
            and len(t.key) >= 3
            and (t.key in self.lex.first or self.lex.is_surname(t))
            and not self.lex.is_common(t)
        )

    def _header(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` ends a header label (the colon is in the next token's gap)."""
        if toks[i].key in {"e", "s", "es"} and i > 0 and toks[i].gap_before.endswith("("):
            i -= 1  # « Patient(e) : », « Médecin(s) : »
        if toks[i].key in cues.HEADER_LABELS:
            return True
        if toks[i].key not in _PHRASE_ENDS:
            return False
        for phrase in cues.HEADER_PHRASES:
            m = len(phrase)
            if i + 1 >= m and tuple(t.key for t in toks[i + 1 - m : i + 1]) == phrase:
                return True
        return False

    # -- evidence 4: lists ---------------------------------------------------------------------

    def eponym_context(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` follows « maladie de », « signe de », « score de », « selon », « Leriche et »,
        or comes before a grade in Roman numerals (« Forrest IIb », « Garden III »)."""
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].key in _SKIP_BEFORE_EPONYM and steps < 2:
            k -= 1
            steps += 1
        if k >= 0 and toks[k].key in EPONYM_CONTEXT:
            return True
        if k >= 1 and toks[k].key == "et" and is_unambiguous_eponym(toks[k - 1].key):
            return True
        for j in range(i + 1, min(i + 4, len(toks))):
            if toks[j].gap_before != " ":
                return False
            if _ROMAN.fullmatch(toks[j].text) is not None:
                return True
            if toks[j].shape not in "UC":
                return False
        return False

    def excluded(self, toks: list[Token], i: int) -> bool:
        """A word that starts an eponym or a place name, or follows a name word that is one."""
        k = i
        # walk back over the capitalised words of the same run (« rue Victor Hugo »)
        while k > 0 and toks[k - 1].shape in "UC" and toks[k].gap_before == " " and k > i - 3:
            k -= 1
        return any(self.eponym_context(toks, m) or self._place_context(toks, m) for m in range(k, i + 1))

    def _place_context(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` names a place: « rue Victor Hugo », « CHU de Rouen » (not « Ch. 12 - X »)."""
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].key in _SKIP_BEFORE_EPONYM and steps < 2:
            k -= 1
            steps += 1
        if k < 0 or toks[k].key not in cues.PLACE_WORDS:
            return False
        return all(toks[m].gap_before.strip(" ") in {"", "'"} for m in range(k + 1, i + 1))

    def _run_word(self, t: Token) -> bool:
        """A word that may be part of a run of name words found by the lists."""
        key = t.key
        if len(key) < 3 or key in cues.FUNCTION_WORDS or key in cues.TITLES or key in NOT_NAMES:
            return False
        if key.endswith("'"):
            return False  # an elided word (« qu' », « jusqu' »)
        if key in cues.PLACE_WORDS or key in EPONYM_CONTEXT:
            return False
        if t.shape in "UC":
            # a capitalised common word outside the lists (« Signe », « Examen ») starts no name
            return not self.lex.is_common(t) or self.lex.in_lists(t)
        return t.shape == "L" and self.lex.in_lists(t)

    def by_lists(self, toks: list[Token], taken: list[bool]) -> list[Span]:
        spans: list[Span] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            initial = (
                t.shape == "I"
                and (i == 0 or t.gap_before[-1:].isspace())
                and i + 1 < n
                and toks[i + 1].gap_before.strip(" ") in {".", ".-", "-"}
            )
            leading = t.shape in "UC" and t.key in cues.LEADING_PARTICLES and self._particle(t, toks, i)
            if taken[i] or not (self._run_word(t) or initial or leading):
                i += 1
                continue
            # A run: words of one case family joined by spaces (particles and initials inside).
            j = i + 1
            while j < n and j - i < _MAX_NAME_TOKENS and not taken[j] and _joinable(toks[j - 1], toks[j]):
                u = toks[j]
                if (
                    (self._run_word(u) and (u.shape == "L") == (t.shape == "L") and u.shape != "I")
                    or self._particle(u, toks, j)
                    or (u.shape == "I" and toks[j - 1].shape in "UCI")
                    or (u.shape in "UC" and toks[j - 1].shape == "I")  # « G. Regner »
                ):
                    j += 1
                else:
                    break
            while j > i + 1 and (toks[j - 1].shape == "I" or toks[j - 1].key in _LOWER_PARTICLES):
                j -= 1
            start = i
            # « Merci Germaine », « Bonjour Paul »: a sentence's first word outside the lists is no name
            while (
                j - i > 1
                and toks[i].shape == "C"
                and toks[i].sentence_start
                and not self.lex.in_lists(toks[i])
            ):
                i += 1
            span = self._judge_run(toks, i, j)
            if span is None and self._age_follows(toks, i, j):
                span = Span(i, j, 0.8, "age")
            if span is not None:
                # « de VILLIERS Christophe »: a lower-case particle before an upper-case surname
                # (« de la FONTAINE Astrid » at the start of a line: the particles too)
                p = i
                while (
                    p > 0
                    and i - p < 2
                    and toks[i].shape == "U"
                    and (toks[p - 1].key in _LOWER_PARTICLES or toks[p - 1].key in _AFTER_DE)
                    and not taken[p - 1]
                    and _joinable(toks[p - 1], toks[p])
                ):
                    p -= 1
                if p < i and toks[p].sentence_start and toks[p].key in _LOWER_PARTICLES:
                    span = Span(p, span.last, span.score, span.source)
                spans.append(span)
            i = max(j, start + 1)
        return spans

    def _age_follows(self, toks: list[Token], i: int, j: int) -> bool:
        """« DUPONT Jean, 72 ans », « Ch. 13 - GOASDOUÉ - 80 ans »: a run of names then an age."""
        if j >= len(toks) or toks[j].key != "ans" or len(toks[j].gap_before) > 16 or toks[i].loud:
            return False
        if not _AGE_GAP.fullmatch(toks[j].gap_before):
            return False
        if self.excluded(toks, i):
            return False
        for k in range(i, j):
            t = toks[k]
            if t.shape == "I" or self._particle(t, toks, k):
                continue
            if t.shape not in "UC" or _short_acronym(t) or t.key in CALENDAR or t.key in cues.FUNCTION_WORDS:
                return False
            if self.lex.is_common(t) and not (t.shape == "U" and self.lex.in_lists(t)):
                return False
        return True

    def _judge_run(self, toks: list[Token], i: int, j: int) -> Span | None:
        lex = self.lex
        loud = toks[i].loud
        if self.eponym_context(toks, i) or self._place_context(toks, i):
            return None
        words = [
            toks[k] for k in range(i, j) if toks[k].shape != "I" and not self._particle(toks[k], toks, k)
        ]
        if not words:
            return None
        lower = toks[i].shape == "L"
        firsts = [
            w
            for w in words
            if lex.is_first(w) and not (w.shape == "U" and _acronym(w.key) and lex.first.get(w.key) == "X")
        ]
        clear_firsts = [w for w in firsts if not lex.is_common(w)]
        eponym = any(
            is_unambiguous_eponym(w.key) or any(is_unambiguous_eponym(p) for p in w.key.split("-"))
            for w in words
        )
        if eponym and (not clear_firsts or len(words) == 1) and toks[i].shape != "I":
            return None
        if len(words) >= 2:
            # « Jean DUPONT », « DUPONT Jean », « Marie-Claire Lefebvre », « jean dupont »
            unknown = [w for w in words if not lex.in_lists(w)]
            if lower:
                # « laurence marin » but not « ce matin dupont »: a first name that is no French word,
                # then words of the surname list
                head = words[0]
                if (
                    head.key in lex.first
                    and not lex.is_common(head)
                    and all(lex.is_surname(w) or lex.is_first(w) for w in words[1:])
                ):
                    return Span(i, j, 0.75, "lists")
                # « olive labbé »: a first name that is also a word, then a surname that is not one
                if (
                    lex.first.get(head.key) in {"F", "M"}
                    and (i == 0 or toks[i - 1].key not in cues.FUNCTION_WORDS)
                    and all(lex.is_surname(w) for w in words[1:])
                    and any(not lex.is_common(w) for w in words[1:])
                ):
                    return Span(i, j, 0.7, "lists")
                return None
            if firsts and len(unknown) <= (0 if lower or not clear_firsts else 1):
                anchor = clear_firsts[0] if clear_firsts else firsts[0]
                others = [
                    w
                    for w in words
                    if w is not anchor
                    and not (w.shape == "U" and _acronym(w.key))
                    and (lex.is_surname(w) or not lex.is_common(w))
                ]
                if others and (clear_firsts or any(not lex.is_common(w) for w in others)):
                    if loud and not (clear_firsts and all(lex.in_lists(w) for w in words)):
                        return None  # in capitals, only « JEAN DUPONT »: two listed names
                    return Span(i, j, 0.9 if not lower else 0.8, "lists")
            if lower or loud:
                return None
            # « PETIT Anne »: an upper-case surname then a capitalised first name, both from the lists
            if (
                len(words) == 2
                and words[0].shape == "U"
                and words[1].shape == "C"
                and lex.is_surname(words[0])
                and lex.is_first(words[1])
            ):
                return Span(i, j, 0.85, "lists")
            # Two capitalised words none of which is a first name: surnames without context.
            if all(lex.is_surname(w) and not lex.is_common(w) for w in words) and not toks[i].sentence_start:
                return Span(i, j, 0.75, "lists")
            return None
        if lower or loud:
            return None
        t = words[0]
        if (
            toks[i].shape == "I"
            and t.shape == "C"
            and t.key not in MEDICAL_WORDS
            and t.key not in cues.FUNCTION_WORDS
            # « A. Contexte », « B. La procédure » are headings: a common word needs a mid-sentence initial
            and (not lex.is_common(t) or not toks[i].sentence_start)
        ):
            return Span(i, j, 0.7, "initial")  # « D. Pannick »: an initial makes a surname of a word
        if (
            t.shape == "C"
            and t.gap_before.endswith("(")
            and j < len(toks)
            and toks[j].gap_before.startswith(")")
            and lex.first.get(t.key) in {"F", "M"}
            and t.key not in MEDICAL_WORDS
        ):
            return Span(i, j, 0.7, "lists")  # « (Marine) »: a first name alone in brackets signs a note
        if lex.is_common(t) or (t.shape == "U" and _acronym(t.key)):
            return None
        if lex.is_first(t):
            return Span(i, j, 0.75 if not t.sentence_start else 0.65, "lists")
        if toks[i].shape == "I" and t.shape == "C":
            return Span(i, j, 0.75, "initial")  # « D. Pannick »: an initial then a capitalised word
        if lex.is_surname(t):
            if _place_preposition(toks, i):
                return None  # « à Strasbourg », « dans le Devon »: a place, found by the place recognisers
            if t.sentence_start:
                return Span(i, j, 0.55, "lists") if t.shape == "U" else None
            return Span(i, j, 0.7, "lists")
        return None


# Words before a name in care notes: « vu par », « transmis à », « merci de recevoir », « dossier de ».
_BEFORE_PAR = frozenset(
    [
        "vu",
        "vue",
        "revu",
        "revue",
        "examine",
        "examinee",
        "valide",
        "validee",
        "signe",
        "signee",
        "redige",
        "redigee",
        "dicte",
        "dictee",
        "suivi",
        "suivie",
        "opere",
        "operee",
        "accompagne",
        "accompagnee",
        "remplace",
        "remplacee",
    ]
)
_BEFORE_A = frozenset(
    [
        "transmis",
        "transmise",
        "signale",
        "signalee",
        "explique",
        "expliquee",
        "telephone",
        "annonce",
        "annoncee",
        "presente",
        "presentee",
    ]
)
# « merci de recevoir X », and the words of case law (« l'affaire Sauvé », « le juge McLachlin »)
_BEFORE_ANY = frozenset(["recevoir", "affaire", "arret", "juge", "parte", "requerant", "requerante"])
_BEFORE_AVEC = frozenset(
    ["vu", "vue", "discute", "discutee", "staff", "entretien", "rdv", "rendez-vous", "echange"]
)


def _introduces_person(toks: list[Token], i: int) -> bool:
    key = toks[i].key
    if key in _BEFORE_ANY:
        return True
    if i == 0 or toks[i].gap_before != " ":
        return False
    prev = toks[i - 1].key
    if key == "par":
        return prev in _BEFORE_PAR
    if key == "a":
        return prev in _BEFORE_A
    if key == "avec":
        return prev in _BEFORE_AVEC
    if key == "de":
        return prev in {"dossier", "appel"}
    return False


def _place_preposition(toks: list[Token], i: int) -> bool:
    """Token ``i`` follows « à », « au », « en », « dans le »: where places are named."""
    if i == 0 or toks[i].gap_before != " ":
        return False
    prev = toks[i - 1].key
    if prev in {"a", "au", "aux", "en", "vers", "depuis"}:
        return True
    return prev in {"le", "la", "les", "l'"} and i > 1 and toks[i - 2].key in {"dans", "pres", "sur"}


def _short_acronym(t: Token) -> bool:
    return t.shape == "U" and len(t.key) <= 4


def _acronym(key: str) -> bool:
    """Short upper-case words without a vowel, or of three letters or less, are acronyms (HTA, ECG)."""
    return len(key) <= 3 or not any(c in "aeiouy" for c in key)
