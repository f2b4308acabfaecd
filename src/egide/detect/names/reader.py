"""Reading a name from where the context says one starts, and the checks every rule shares.

:class:`Lexicon` binds the word lists; :class:`NameReader` reads the words of a name (initials,
particles, compound and upper-case surnames) and knows the contexts where a capitalised word is
not a person: an eponym (« maladie de Parkinson », « Forrest IIb ») or a place (« rue Victor Hugo »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from egide.detect.names import cues
from egide.detect.names.devices import after_device, before_variant
from egide.detect.names.eponyms import (
    EPONYM_CONTEXT,
    EPONYMS,
    PATHOGEN_NOUNS,
    SAME_LINE_EPONYM_CONTEXT,
    heads_eponym,
    is_unambiguous_eponym,
)
from egide.detect.names.lexicon import (
    common_words,
    first_name_key,
    first_names,
    name_words,
    surname_key,
    surnames,
)
from egide.detect.names.medical_words import CALENDAR, MEDICAL_WORDS
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

# Particles written in lower case inside a name (« de la Fontaine », « van der Berg »). « le » and
# « la » only count after « de » (« M. le Maire » is not a name).
LOWER_PARTICLES = words("de d' du des van von der den ten ter da das do dos di del della el al")
AFTER_DE = frozenset({"la", "l'"})
# No name has more words than this, initials and particles included (« Marie-Claire de la Fontaine »).
MAX_NAME_TOKENS = 8
_ROMAN = re.compile(r"[IVX]{1,4}[a-c]?")
# The grade of a classification after its name, in the gap after it: a figure, maybe a letter (« 2 »,
# « 3b »), then a space or a stop (a Roman numeral is a word of its own, read below).
_CLASS_GRADE = re.compile(r"[ \t][1-5][a-c]?(?:[ \t,.;)]|$)")
# The subject pronoun after the verb of a question (« est-il », « a-t-elle », « peut-on »).
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous"})
_SKIP_BEFORE_EPONYM = frozenset({"de", "d'", "du", "des", "la", "le", "l'", "les"})
# The items of a list after an eponym's noun read back to it (``_listed_after_eponym_noun``).
_MAX_LISTED_EPONYMS = 6
# What ends a sentence or a note's item between an eponym's noun and the next word.
_SENTENCE_BREAK = re.compile(r"[.;!?—–\n]|\s-\s")
# Nouns of a lab's instruments, before the analyser's name then its maker (« technique Architect, Abbott »,
# « automate Atellica, Siemens »): both are products, nobody.
_INSTRUMENTS = words("technique techniques automate automates trousse kit reactif reactifs analyseur methode")
_ONE_LETTER_PARTICLES = frozenset({"Ó", "Ní", "Nic"})
# The conjunction between the two surnames of Portuguese and Spanish names, as written in either case.
_CONJUNCTIONS = {"e": frozenset({"e", "E"}), "y": frozenset({"y", "Y"})}
_GRADE_LETTERS = frozenset({"A", "B", "C", "D"})
# « signé », « signée » fold to « signe » (a sign, an eponym context) but sign a note.
_SIGNED = frozenset({"signé", "signée", "signés", "signées"})
# After a sentence's first word, these make it a noun or a verb (« Pierre de la vésicule »,
# « Boucher le cathéter »), when the word is also a French word; after any word, English ones make
# an English phrase (« Nice to have »). A first name opening a sentence is followed by a verb or a
# comma (« Marie de retour du bloc » is the exception the name words keep).
_ARTICLE_NEXT = frozenset({"de", "du", "des", "d'", "le", "la", "les", "l'", "un", "une"})
_ENGLISH_NEXT = frozenset({"to", "of", "the"})
# « de » in Portuguese, Spanish and Italian, with its article (« da », « del », « della »); « de » itself
# is French's too, and read with ``_ARTICLE_NEXT``.
_FOREIGN_OF = frozenset({"da", "do", "das", "dos", "del", "della", "dello", "delle", "dei", "degli", "di"})


# A score or a grade right after a word (« Braden à 14, », « Hamilton 18. », « Manning 8/8 »): one
# number of at most three digits, maybe a decimal or « /N », that ends the clause (punctuation, a
# line end or the end of the text). « Martin 06 12 … », « Dupont 72 ans », « à Paul à 14h » go on.
_SCORE_GAP = re.compile(
    r" ?[:=]? ?\d{1,3}(?:[.,]\d{1,2})?(?:/\d{1,3})?(?P<end>[ ]?[,.;)]\D*|[ \t]*\n\D*|[ \t]*)"
)


# A year right after a word: its edition (« GOLD 2025 »); then a comma before the next item of a list.
_EDITION_AFTER = re.compile(r" (?:19|20)[0-9][0-9](?![0-9]|[.,/:][0-9]|[ ]?[hH])")
_EDITION_THEN_ITEM = re.compile(r" (?:19|20)[0-9][0-9] ?[,;] ?")
# A year right after a word in capitals, then what the guideline is about (« GOLD 2025 pour la BPCO »).
_EDITION_THEN_SUBJECT = re.compile(r" (?:19|20)[0-9][0-9] ")
_SUBJECT_WORDS = frozenset({"pour", "sur", "dans"})


def edition_listed(toks: list[Token], i: int) -> bool:
    """Token ``i``, in capitals, then a year, in a list of such items (« KDIGO 2024, GOLD 2025, GINA 2024,
    SFAR 2019 »): the guidelines and classifications a protocol cites by their body and edition, which
    spell surnames and first names in capitals; a name alone before a year stays (« DUPONT 1985 »)."""
    t = toks[i]
    if t.shape != "U" or _EDITION_AFTER.match(t.gap_after) is None:
        return False
    if i > 0 and toks[i - 1].shape == "U" and _EDITION_THEN_ITEM.fullmatch(t.gap_before):
        return True
    if (
        i + 1 < len(toks)
        and _EDITION_THEN_SUBJECT.fullmatch(t.gap_after) is not None
        and toks[i + 1].key in _SUBJECT_WORDS
    ):
        return True  # « GOLD 2025 pour la BPCO », « GINA 2024 pour l'asthme »: what the guideline is for
    return (
        i + 1 < len(toks)
        and _EDITION_THEN_ITEM.fullmatch(t.gap_after) is not None
        and toks[i + 1].shape == "U"
        and _EDITION_AFTER.match(toks[i + 1].gap_after) is not None
    )


def score_follows(toks: list[Token], i: int) -> bool:
    """Token ``i`` is followed by a score (« Epworth 15. », « Bishop à 6, »), not an age or a time; a
    scale's acronym, by the item it scores then the score (« ESAS douleur 6/10 », « MIF motrice 58/91 »)."""
    gap = toks[i].gap_after
    k = i + 1
    if gap == " " and k < len(toks) and toks[k].key == "a":  # « Braden à 14 »
        gap = toks[k].gap_after
        k += 1
    elif (
        gap == " "
        and k < len(toks)
        and toks[i].shape == "U"
        and len(toks[i].key) <= 5
        and toks[k].shape == "L"
        and len(toks[k].key) >= 3
    ):  # « ESAS douleur 6/10 »: the item between a scale's acronym and its score
        gap = toks[k].gap_after
        k += 1
    if not gap or gap[0] not in " :=" or not any(c.isdigit() for c in gap):
        return False
    m = _SCORE_GAP.fullmatch(gap)
    if m is None:
        return False
    return bool(m.group("end").strip(" \t")) or k >= len(toks)  # punctuation, a line end, or the end


# After a drug name: its galenic form in capitals (« Josir LP », « Tahor Gé »), or a number and a
# unit (« Kenzen 8 mg », « Fortimel 2/j », « Lantus 18 UI »).
_GALENIC = frozenset({"LP", "LM", "XL", "SR", "Gé", "GE", "LI", "LO"})
_UNITS = words(
    """
    mg ug µg μg mcg g ml ui cp cps gel gelule gelules comprime comprimes sachet sachets ampoule ampoules
    goutte gouttes bouffee bouffees j
    """
)
_NUMBER_GAP = re.compile(r" \d{1,4}(?:[.,]\d{1,3})? ?/? ?")


# The result of a bedside test, right after its eponym (« Weber latéralisé », « Lasègue positif »,
# « Romberg négatif », « Babinski indifférent »), folded.
_TEST_RESULTS = words(
    """
    positif positive positifs positives negatif negative negatifs negatives indifferent indifferente
    lateralise lateralisee douteux douteuse normal normale anormal anormale aboli abolie present presente
    absent absente symetrique asymetrique
    """
)


def _result_follows(toks: list[Token], i: int) -> bool:
    """Token ``i`` is followed by a test's result (« Weber latéralisé à gauche »)."""
    k = i + 1
    if k >= len(toks) or toks[k].gap_before != " " or toks[k].key not in _TEST_RESULTS:
        return False
    after = [t.key for t in toks[k + 1 : k + 3]]
    # « Weber positif au COVID », « positive à la grippe »: a person tested, not a test
    return not after or after[0] not in {"au", "aux", "pour", "a"} or after[1:2] in (["gauche"], ["droite"])


def dose_follows(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a drug: a galenic form or a dose follows (« Josir LP », « Kenzen 8 mg »)."""
    k = i + 1
    if k >= len(toks):
        return False
    nxt = toks[k]
    if nxt.text in _GALENIC and nxt.gap_before == " ":
        return True
    if nxt.key == "j" and "/" not in nxt.gap_before:
        return False  # « 2/j » is a dose, « 2 j » a duration
    return nxt.key in _UNITS and _NUMBER_GAP.fullmatch(nxt.gap_before) is not None


def noun_phrase_follows(
    toks: list[Token], j: int, name_words: frozenset[str], *, foreign: bool = True
) -> bool:
    """Token ``j - 1`` opens a phrase with token ``j``: no name (« Pierre de la vésicule »); or a
    sentence in Portuguese, Spanish or Italian opens on a noun and « de » of its language before a noun
    in lower case (« Carta da filha », « Casa de repouso », « Lettera della figlia »: a listed surname
    that is the language's word; « Costa da Silva » names someone). ``foreign=False`` for a first name,
    which opens such a phrase only as a person (« Martin da silva vu ce jour »)."""
    if j >= len(toks) or toks[j].gap_before != " ":
        return False
    key = toks[j].key
    if foreign and key in _FOREIGN_OF and toks[j].shape == "L":
        return j + 1 < len(toks) and toks[j + 1].shape == "L" and toks[j + 1].gap_before == " "
    return key in _ENGLISH_NEXT or (key in _ARTICLE_NEXT and toks[j - 1].key in name_words)


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
        # Each listed first name less its first (ASCII) letter: « aul » for « paul ». One lookup tells
        # whether a word in capitals may be a given name whose drop cap the OCR lost (``drop_caps``).
        self.first_tails = frozenset(n[1:] for n in self.first if "a" <= n[:1] <= "z")
        self.surnames = surnames()
        self.common = common_words()
        self.name_words = name_words()

    def is_first(self, t: Token) -> bool:
        return first_name_key(t.key, self.first)

    def is_surname(self, t: Token) -> bool:
        # The same rule as ``lexicon.is_surname`` (one definition), on the token's folded key.
        return surname_key(t.key, self.surnames, self.first)

    def is_common(self, t: Token) -> bool:
        key = t.key
        if key in self.common or key in MEDICAL_WORDS:
            return True
        if "-" not in key:
            return False
        parts = key.split("-")
        if parts[-1] in _SUBJECT_PRONOUNS:
            return True  # « est-il », « a-t-elle », « peut-on »: a verb asking, never a name
        if not all(p in self.common for p in parts):
            return False
        # « Beau-père », « Demi-frère », « Nouveau-né »: a kin or a birth word ends no first name,
        # though the noisy first-name source lists « père », « frère », « né » (and « Anne-Marie » is
        # a first name even though « anne » and « marie » are also words)
        return parts[-1] in _KIN_ENDINGS or not all(p in self.first for p in parts)

    def in_lists(self, t: Token) -> bool:
        return self.is_first(t) or self.is_surname(t)


# The last part of a compound that names kin or a birth (« beau-père », « petite-fille »,
# « nouveau-nés »), folded.
_KIN_ENDINGS = frozenset(
    {"pere", "peres", "mere", "meres", "frere", "freres", "soeur", "soeurs", "fils", "fille", "filles"}
    | {"ne", "nes", "nee", "nees"}
)


def joinable(prev: Token, nxt: Token) -> bool:
    """Whether two words can belong to one name: only spaces (or the dot of an initial) between."""
    gap = nxt.gap_before
    if gap == " ":
        return True
    stripped = gap.strip(" ")
    if stripped == "":
        return "\n" not in gap and len(gap) <= 3
    # (an initial's dot, then a form's gap of three spaces or more: the next field, « initiales J.-M. D.   Sexe : »)
    return prev.shape == "I" and stripped in {".", ".-", "-"} and len(gap) - len(stripped) <= 2


# The diacritics of Vietnamese and other languages' names that no French function word bears (« Lê »,
# « Văn », « Đỗ »): a short capitalised word that folds to « le », « van », « do » is a name as written.
_FOREIGN_MARK = re.compile("[âêîôûăđơưãõĩũỹẽ]", re.IGNORECASE)


# What may follow an initial written without its dot after a surname: a comma or the line's end.
_INITIAL_ENDS = re.compile(r"[ \t]*(?:,|\n)")


class NameReader:
    """The name reader and the shared checks; the rules in :mod:`context` and :mod:`lists` extend it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def _name_word(self, t: Token, first: bool, allow_lower: bool, after_particle: bool = False) -> bool:
        key = t.key
        if after_particle and t.shape == "C" and key in cues.FUNCTION_WORDS and len(key) >= 2:
            return True  # « M. Le Du »: a Breton surname whose second word is also « du »
        if not first and t.shape == "C" and key in cues.FUNCTION_WORDS and _FOREIGN_MARK.search(t.text):
            return True  # « Dr Kim Lê », « Trần Văn Bình »: folded, « le », « van »; as written, a surname
        if key in cues.FUNCTION_WORDS or key in cues.TITLES or key in CALENDAR:
            return False
        if first and key in cues.ABSENT_VALUES:
            return False  # « Père : Inconnu », « sa femme, RAS »: nobody named
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
        while k < n and words < max_words and k - j < MAX_NAME_TOKENS:
            t = toks[k]
            if k > j and not joinable(toks[k - 1], t):
                break
            nxt = toks[k + 1] if k + 1 < n else None
            if t.shape == "I" and nxt is not None and nxt.gap_before.strip(" ") in {".", ".-", "-"}:
                k += 1  # an initial: « J. Dupont », « J.-P. Martin »
                if words > 0:
                    last = k  # « Morgane L. »: the initial of a surname after a first name
                continue
            if t.shape == "I" and words > 0 and t.gap_after.startswith("."):
                last = k + 1  # the same, before the end of the text or a « . / »
                break
            if (
                t.shape == "I"
                and words > 0
                and toks[k - 1].shape in "UC"
                # (the gap's end is the text's only for the last token: « DA SILVA E SOUSA » goes on)
                and (_INITIAL_ENDS.match(t.gap_after) or nxt is None)
            ):
                last = k + 1  # « Dr Eyraud P, Embrun », « VAN DER BERG L⏎ »: a surname's initial, no dot
                break
            if self._particle(t, toks, k, allow_lower) and nxt is not None and joinable(t, nxt):
                k += 1
                continue
            after_particle = k > j and self._particle(toks[k - 1], toks, k - 1, allow_lower)
            # « Mme Andersson estima »: after a capitalised name, a lower-case word is the sentence
            lower_ok = allow_lower and (words == 0 or toks[j].shape == "L")
            if (
                not self._name_word(t, words == 0, lower_ok, after_particle)
                and not (
                    # « Dr Jean dupont »: a capitalised first name, then a surname typed in lower case that
                    # can only be a name (listed, no French word)
                    words == 1
                    and toks[k - 1].shape == "C"
                    and self.lex.is_first(toks[k - 1])
                    and self.clear_lower_name(t)
                )
                and not self._surname_after_read_first(toks, j, k)
            ):
                if words == 0 and k > j and self._particles_alone(toks, j, k):
                    last = k + 1  # « Mme LE DU (ch. 12) », « M. Le Du, 80 ans »: a name of particles only
                break
            words += 1
            k += 1
            last = k
        return last

    @staticmethod
    def _particles_alone(toks: list[Token], j: int, k: int) -> bool:
        """Tokens ``j`` to ``k`` are particles written alike, capitalised or in capitals, and no word
        follows them on the name's line (« Mme LE DU (ch. 12) », « M. Le Du, » : the Breton surnames
        « Le Du », « Le Dé » are particles only). The reading stops at ``k``, which no name word
        follows."""
        shape = toks[j].shape
        if shape not in "UC" or len(toks[k].key) > 3:
            return False
        if any(t.shape != shape or t.key not in cues.PARTICLES for t in toks[j : k + 1]):
            return False
        # (a stop, a bracket or a line's end after them, or a lower-case word: the sentence goes on)
        return k + 1 == len(toks) or toks[k + 1].gap_before.strip(" \t") != "" or toks[k + 1].shape == "L"

    def _surname_after_read_first(self, toks: list[Token], j: int, k: int) -> bool:
        """« Mme Anne Demeurer », « Dr Paul BOUCHER »: where the context says a name starts, a listed
        first name, then a capitalised word that is also a French word. Reading the first name alone
        would leave the surname readable; places, months, titles and medical words still end the name."""
        t = toks[k]
        prev = toks[k - 1]
        if k == j + 1 and prev.shape == "C" and _short_accented_surname(t):
            return True  # « Dr Vinh Lê », « Mme Thu Vũ »: no French word of two letters is written so
        return (
            k == j + 1
            and prev.shape == "C"
            and t.shape in "UC"
            and len(t.key) >= 3
            and self.lex.first.get(prev.key) in {"F", "M"}
            and t.key not in cues.FUNCTION_WORDS
            and t.key not in cues.TITLES
            and t.key not in cues.PLACE_WORDS
            and t.key not in CALENDAR
            and t.key not in MEDICAL_WORDS
            and not (t.shape == "U" and acronym(t.key))  # « Dr Paul HTA » is no name
            and not care_unit(t.key)  # « Docteur Moulin\nMédecine générale »: a letterhead
        )

    def _particle(self, t: Token, toks: list[Token], k: int, allow_lower: bool = False) -> bool:
        key = t.key
        if key in _CONJUNCTIONS and t.text in _CONJUNCTIONS[key]:
            # « DA SILVA E SOUSA », « Santos e Silva », « García y López »: the conjunction of Iberian
            # compound surnames, between two surnames written in the same case
            return (
                0 < k < len(toks) - 1
                and t.gap_before == " "
                and toks[k + 1].gap_before == " "
                and toks[k - 1].shape in "UC"
                and toks[k + 1].shape == toks[k - 1].shape
                and (t.shape == "L") == (toks[k - 1].shape == "C")
                and self.lex.is_surname(toks[k - 1])
                and self.lex.is_surname(toks[k + 1])
            )
        if t.shape == "L":
            if k + 1 < len(toks) and f"{key} {toks[k + 1].key}" in self.lex.surnames:
                return True  # « le goff », « da silva » written in lower case
            if key in LOWER_PARTICLES or (key in AFTER_DE and k > 0 and toks[k - 1].key == "de"):
                # « de la Fontaine », « van der Berg »: particles chain before a capitalised word
                for m in range(k + 1, min(k + 3, len(toks))):
                    if toks[m].shape in "UC":
                        return True
                    if allow_lower and toks[m].shape == "L" and toks[m].key not in cues.FUNCTION_WORDS:
                        # « Dr de kerhuel » is a name; « Docteur de garde », « interne de service »
                        # are roles: after a lower-case particle, a lower-case French word is not
                        # taken for a name (a capital or a cue is needed: « Dr de la Fontaine »).
                        return not self.lex.is_common(toks[m])
                    if toks[m].key not in LOWER_PARTICLES and toks[m].key not in AFTER_DE:
                        return False
            return False
        if t.text in _ONE_LETTER_PARTICLES:
            # « Ó Súilleabháin », « Ó Briain »: the Irish particle is one letter, with its accent
            return k + 1 < len(toks) and toks[k + 1].shape in "UC" and toks[k + 1].gap_before == " "
        # « Le Goff », « Da Silva », « Van der Berg », « DE LA FONTAINE »
        if t.shape in "CU" and key in cues.LEADING_PARTICLES and k + 1 < len(toks):
            nxt = toks[k + 1]
            return nxt.shape in "UC" or nxt.key in LOWER_PARTICLES
        return False

    # -- evidence 1-3: context -----------------------------------------------------------------

    def clear_lower_name(self, t: Token) -> bool:
        """A lower-case word that can only be a name: in the lists, not a French word."""
        return (
            t.shape == "L"
            and t.key not in cues.FUNCTION_WORDS
            and len(t.key) >= 3
            and (t.key in self.lex.first or self.lex.is_surname(t))
            and not self.lex.is_common(t)
        )

    def _person_after_label(self, toks: list[Token], k: int, i: int) -> bool:
        """The noun ``k`` is a form's label (a colon after it) and the word ``i`` after it is followed
        by a listed first name: « Étiquette tube : FRANCESCHI Dominique », a person, no eponym (« Sonde :
        Foley » has no first name after it)."""
        return (
            ":" in toks[k + 1].gap_before
            and i + 1 < len(toks)
            and toks[i + 1].gap_before == " "
            and toks[i + 1].shape in "UC"
            and self.lex.is_first(toks[i + 1])
        )

    def eponym_context(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` follows « maladie de », « signe de », « score de », « selon », « Leriche et », an
        analyser after an instrument noun (« technique Architect, Abbott »), or comes before a grade in
        Roman numerals (« Forrest IIb », « Garden III »)."""
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].key in _SKIP_BEFORE_EPONYM and steps < 2:
            k -= 1
            steps += 1
        if (
            k >= 0
            and toks[k].key in EPONYM_CONTEXT
            and toks[k].text.lower() not in _SIGNED
            and _SENTENCE_BREAK.search(toks[k + 1].gap_before) is None
            and not (toks[k].key in SAME_LINE_EPONYM_CONTEXT and "\n" in toks[k + 1].gap_before)
            and not self._person_after_label(toks, k, i)
        ):
            return True  # (not across a sentence's end: « selon protocole. — Karine »)
        if k >= 0 and toks[k].key in PATHOGEN_NOUNS and toks[k + 1].gap_before == " ":
            return True  # « virus Marburg », « fièvre de Lassa »: a pathogen named after a place
        if after_device(toks, i):
            return True  # « pompe à perfusion Volumat Agilia »: a device's make and model
        if before_variant(toks, i):
            return True  # « avec Aquacel Ag+ »: a dressing's brand and its silver variant
        if k >= 0 and toks[k + 1].key in _DE and _inner(toks[k]) and heads_eponym(_words_before(toks, k)):
            return True  # « carcinome pulmonaire de Lewis », « myotonie de Steinert »
        if (
            i >= 2
            and toks[i - 1].key in _MODEL_WORDS
            and toks[i - 1].gap_before == " "
            and toks[i].gap_before == " "
            and _inner(toks[i - 2])
            and heads_eponym(_words_before(toks, i - 2))
        ):
            return True  # « drainage type Blake », « suture tendineuse type Kessler »: the tool's model
        if k >= 1 and toks[k].key == "et" and is_unambiguous_eponym(toks[k - 1].key):
            return True
        if (
            k >= 1
            and toks[k].key == "et"
            and toks[k - 1].capitalised
            and (
                self._after_eponym_noun(toks, k - 1)
                or (
                    k >= 3
                    and toks[k - 2].key in _DE
                    and _inner(toks[k - 3])
                    and heads_eponym(_words_before(toks, k - 3))
                )
            )
        ):
            # « signe de Kernig et de Brudzinski », « grade II de Hunt et Hess »: the second name of
            # the same eponym
            return True
        if score_follows(toks, i) or dose_follows(toks, i) or edition_listed(toks, i):
            return True
        if (
            k >= 1
            and toks[k].shape == "L"
            and toks[k - 1].key in EPONYM_CONTEXT
            and toks[k].gap_before == " "
            and toks[i].gap_before == " "
            and _CLASS_GRADE.match(toks[i].gap_after) is not None
        ):
            # « fracture supracondylienne Lagrange 2 », « fracture cervicale Garden 3 »: a lesion, its
            # adjective, then the classification that grades it and the grade
            return True
        if self._listed_after_eponym_noun(toks, i):
            return True
        if toks[i].key in EPONYMS and _result_follows(toks, i):
            return True  # « Weber latéralisé à gauche », « Rinne positif »: a test and its result
        if (
            i >= 2
            and toks[i].gap_before.strip() in {",", "/", "-"}
            and toks[i - 1].capitalised
            and toks[i - 1].gap_before == " "
            and toks[i - 2].key in _INSTRUMENTS
        ):
            return True  # « technique Architect, Abbott »: the analyser, then its maker
        for j in range(i + 1, min(i + 4, len(toks))):
            if toks[j].gap_before != " ":
                return False
            if _ROMAN.fullmatch(toks[j].text) is not None:
                return True
            if (
                j == i + 1
                and not toks[i].loud  # (a line in capitals: every word there reads as a name's)
                and toks[j].key == "et"
                and j + 2 < len(toks)
                and toks[j + 1].capitalised
                and toks[j + 1].gap_before == " "
                and toks[j + 2].gap_before == " "
                and (
                    _ROMAN.fullmatch(toks[j + 2].text) is not None
                    or (toks[j + 2].text.isdigit() and (j + 3 == len(toks) or toks[j + 3].gap_before.strip()))
                )
            ):
                # « Hunt et Hess II », « Kellgren et Lawrence 3. »: a score named after two people,
                # then its grade (a number then a word goes on: « Martin et Dupont 2 fois »)
                return True
            if j == i + 1 and toks[j].text in _GRADE_LETTERS and toks[i].key in EPONYMS:
                return True  # « Child A », « Binet B »: an eponym's class, not « Kelly B. »
            if toks[j].shape not in "UC":
                return False
        return False

    def _listed_after_eponym_noun(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` is a later item of a list that opens right after an eponym's noun, each item one
        capitalised word, commas and a last « et » between them (« virus Marburg, Lassa et Ebola »,
        « maladies de Crohn, Behçet et Still »): each item is the noun's, as the first is."""
        j = i
        for _ in range(_MAX_LISTED_EPONYMS):
            gap = toks[j].gap_before
            if gap == ", " and j >= 1 and toks[j - 1].shape in "UC" and not toks[j - 1].loud:
                j -= 1
            elif (
                gap == " "
                and j >= 2
                and toks[j - 1].key == "et"
                and toks[j - 1].gap_before == " "
                and toks[j - 2].shape in "UC"
            ):
                j -= 2
            else:
                return False
            if toks[j].key in cues.TITLES:
                return False  # « syndrome de Cushing, Mme Durand et … »: a person after the list
            if self._after_eponym_noun(toks, j) or (
                j >= 1 and toks[j - 1].key in PATHOGEN_NOUNS and toks[j].gap_before == " "
            ):
                return True
        return False

    @staticmethod
    def _after_eponym_noun(toks: list[Token], i: int) -> bool:
        """Token ``i`` follows « signe de », « maladie de », « score de »."""
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].key in _SKIP_BEFORE_EPONYM and steps < 2:
            k -= 1
            steps += 1
        return (
            k >= 0
            and toks[k].key in EPONYM_CONTEXT
            and toks[k].text.lower() not in _SIGNED
            and not (toks[k].key in SAME_LINE_EPONYM_CONTEXT and "\n" in toks[k + 1].gap_before)
        )

    def excluded(self, toks: list[Token], i: int, heading_ends: bool = False) -> bool:
        """A word that starts an eponym or a place name, or follows a name word that is one.

        ``heading_ends``: a word in capitals before a capitalised one ends the run, unless it is the
        place word itself (« CHU Rouen »): asked of a word known to name a person elsewhere in the
        text, which a heading in capitals right before it (« VERS L'UNITÉ POLONAISE Paderewski va »)
        does not make a unit's or a street's name."""
        k = i
        # walk back over the capitalised words of the same run (« rue Victor Hugo »)
        while (
            k > 0
            and toks[k - 1].shape in "UC"
            and toks[k].gap_before == " "
            and k > i - 3
            and not (
                heading_ends
                and toks[k].shape == "C"
                and toks[k - 1].shape == "U"
                and toks[k - 1].key not in cues.PLACE_WORDS
            )
        ):
            k -= 1
        return any(self.eponym_context(toks, m) or self._place_context(toks, m) for m in range(k, i + 1))

    def _place_context(self, toks: list[Token], i: int) -> bool:
        """Token ``i`` names a place: « rue Victor Hugo », « CHU de Rouen » (not « Ch. 12 - X »)."""
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].key in _SKIP_BEFORE_EPONYM and steps < 2:
            k -= 1
            steps += 1
        if k < 0 or toks[k].key not in cues.PLACE_WORDS or in_place_of(toks, k):
            return False
        if k >= 2 and a_post(toks, k - 2):
            return False  # « Chef de service Véronique DESCAMPS »: a post, then who holds it
        if toks[k].key == "clinique" and k >= 1 and toks[k - 1].key in _CLINICAL_OF:
            return False  # « l'attachée de recherche clinique Moana Flosse »: an adjective, no clinic
        if toks[k].key == "cabinet" and all(
            (self.lex.is_surname(toks[m]) and not self.lex.is_common(toks[m]))
            or (
                toks[m].shape == "C"
                and toks[m].key in _SURNAME_PARTICLES
                and m + 1 < len(toks)
                and toks[m + 1].shape == "C"
                and toks[m + 1].gap_before == " "
                and not self.lex.is_common(toks[m + 1])
            )
            or (m > k + 1 and toks[m - 1].key in _SURNAME_PARTICLES and not self.lex.is_common(toks[m]))
            for m in range(k + 1, i + 1)
        ):
            # « cabinet Giordano-Raybaud », « cabinet Le Gall-Rault »: a practice named by its
            # practitioners (a capitalised particle may open a surname)
            return False
        return all(toks[m].gap_before.strip(" ") in {"", "'"} for m in range(k + 1, i + 1))


# The particles that open a surname capitalised (« Le Gall », « Da Silva », « Van Den Berg »).
_SURNAME_PARTICLES = frozenset(
    {"le", "la", "de", "du", "da", "di", "van", "von", "den", "der", "del", "mac", "mc"}
)
# Nouns that « clinique » qualifies as an adjective (« recherche clinique », « examen clinique »): no
# clinic's name follows it.
_CLINICAL_OF = frozenset({"recherche", "examen", "essai", "etude", "bilan", "tableau"})
# The head of a unit, named by the unit's word (« chef de service », « cadre du pôle », « responsable
# d'unité »): a post in a letterhead's margin, the person who holds it written right after.
_HEAD_OF = frozenset({"chef", "cheffe", "cadre", "responsable", "directeur", "directrice", "coordonnateur"})


def a_post(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens the name of a post (« Chef de service », « Directrice du CMP », « Cadre de
    santé »): after a salutation's title (« Madame le Docteur ⏎ Chef de service ») it is the
    addressee's post, not her name."""
    return toks[k].key in _HEAD_OF and k + 1 < len(toks) and toks[k + 1].key in _DE


# « à la place de Nock », « prendre la place de Jacques Solomon »: « place » there means « instead
# of », and the name after it is a person's, not a square's (« sur la place de la Mairie »,
# « 3 place de Clichy » stay places).
_TAKE_PLACE = words(
    """
    prendre prend prends prennent prenait prendra prendrait pris prise prit laisser laisse laissa
    ceder cede ceda tenir tient tint tenu occuper occupe occupa
    """
)


def in_place_of(toks: list[Token], k: int) -> bool:
    """Token ``k``, « place », is the locution « à la place de », « prendre la place de »."""
    if toks[k].key != "place" or k < 2 or toks[k - 1].key != "la":
        return False
    before = toks[k - 2]
    return before.text in {"à", "À"} or before.key in _TAKE_PLACE


# Specialities and units, which follow a doctor's name on letterheads (« Dr Moulin Médecine générale »).
_CARE_UNITS = words(
    """
    medecine chirurgie urgence urgences reanimation service unite pole consultation consultations
    hospitalisation maternite pharmacie bloc soins laboratoire imagerie radiotherapie oncologie
    """
)
_SPECIALITY_ENDINGS = ("logie", "iatrie", "urgie", "atrique", "ologue", "iatre")


def care_unit(key: str) -> bool:
    """A speciality or a unit of a hospital (folded key): « Cardiologie », « Urgences », « Pédiatre »."""
    return key in _CARE_UNITS or key.endswith(_SPECIALITY_ENDINGS)


_DE = frozenset({"de", "d'", "du"})
# Words between a tool's or a technique's noun and the eponym that names its model (« drain type
# Redon », « suture façon Kessler », « prothèse modèle Charnley »).
_MODEL_WORDS = frozenset({"type", "modele", "facon", "technique", "methode", "selon"})


def _words_before(toks: list[Token], k: int) -> list[str]:
    """The keys of token ``k`` and of the words before it in one phrase (lower-case words joined by a
    space, and the word that opens them), nearest last, at most seven."""
    first = k
    while first > 0 and k - first < 6 and toks[first].gap_before == " " and _inner(toks[first]):
        first -= 1
    return [t.key for t in toks[first : k + 1]]


def _inner(t: Token) -> bool:
    """A word inside the phrase of an eponym: lower case, or a grade (« stade II de Fontaine »)."""
    # (or a wave's or a sign's letter: « onde J d'Osborn »)
    return t.shape == "L" or _ROMAN.fullmatch(t.text) is not None or (len(t.text) == 1 and t.text.isupper())


def short_acronym(t: Token) -> bool:
    return t.shape == "U" and len(t.key) <= 4


# The French words of two letters that carry a diacritic (« Là-bas », « Où », « Çà »): no surname.
_ACCENTED_SHORT_WORDS = frozenset({"là", "où", "çà", "ça", "dû", "ôh"})


def _short_accented_surname(t: Token) -> bool:
    """A capitalised word of two letters with a diacritic (« Lê », « Vũ », « Hồ », « Lý », « Đỗ »): a
    Vietnamese surname, which folds to a French function word (« le », « vu », « ho ») but is none."""
    return (
        t.shape == "C"
        and len(t.text) == 2
        and t.text.isalpha()
        and not t.text.isascii()
        and t.text.lower() not in _ACCENTED_SHORT_WORDS
    )


def acronym(key: str) -> bool:
    """Short upper-case words without a vowel, or of three letters or less, are acronyms (HTA, ECG)."""
    return len(key) <= 3 or not any(c in "aeiouy" for c in key)
