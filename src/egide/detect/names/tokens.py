"""Split text into words with their offsets, case shape and what separates them.

Names are made of letters, inner hyphens and apostrophes (« Jean-Pierre », « N'Diaye »). French
elisions are split off (« l'examen » → « l' » + « examen », « d'Arcy » → « d' » + « Arcy »), except
when both sides are capitalised (« N'Diaye », « D'Alembert »), which is how names are written.

OCR'd text marks a word cut at a line end with « ¬ » or « -- » (« Phi¬lippe », « Jac--ques »): the sign
stays inside the word and is left out of its key and case shape, so the word is read whole. A title
glued to a name (« MmeDupont », « DrMARTIN ») is read as two words.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import common_words, first_names, fold, list_key, surnames

_LETTER = r"[^\W\d_]"
# « ¬ »: the OCR's mark of a word cut at a line end, inside the word (« Phi¬lippe »)
_CUT = "\u00ac"
# A cut word goes on in its case: « ¬ » between a lower-case letter and a capital joins no word but
# two that the OCR laid side by side from two columns (« le dé¬Maryse Martin », « journalis¬W.
# Churchill »), read as two words; « Phi¬lippe », « FINAN¬CES », « lui¬même » stay whole.
_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_CUT_INSIDE = rf"(?:(?<![{_LOWER}]){_CUT}|{_CUT}(?![{_UPPER}]))"
# « -- » before a lower-case letter: another OCR mark of a word cut at a line end (« Jac--ques »)
_WORD = rf"{_LETTER}+(?:(?:['\-]|{_CUT_INSIDE}|--(?=[{_LOWER}])){_LETTER}+)*'?"
# One capturing group: ``split`` returns the words with the text between them.
_WORD_SPLIT = re.compile(f"({_WORD})")


def _letters_below_u10000() -> str:
    """The characters of ``_LETTER`` (word characters but digits and « _ ») below U+10000, as a
    class of ranges of code points.

    ``re`` tests a class of categories through the Unicode database for every character, and a
    class of ranges with one table lookup: splitting a clinical note into words is
    a third faster (70 -> 44 us on 2,000 characters). The ranges are read off the category class
    itself, so both hold the same characters. Above U+FFFF ``re`` would test the ranges one by one,
    so texts holding such characters keep the category class.
    """
    plane = "".join(map(chr, range(0x10000)))
    ranges = [(m[0][0], m[0][-1]) for m in re.finditer(f"{_LETTER}+", plane)]
    return (
        "[" + "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in ranges) + "]"
    )


_LETTER_BELOW_U10000 = _letters_below_u10000()
_WORD_SPLIT_BELOW_U10000 = re.compile(f"({_WORD.replace(_LETTER, _LETTER_BELOW_U10000)})")


def _split_words(text: str) -> list[str]:
    """``_WORD_SPLIT.split(text)``, with the class of ranges when every character is below U+10000
    (UTF-16 then takes two bytes per character: one encoding, a microsecond, tells)."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return _WORD_SPLIT_BELOW_U10000.split(text)
    return _WORD_SPLIT.split(text)


_ELISION = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
# Elided words that open a sentence (« L' examen », « D' après »); not « N' », « O' », « D' » alone
# before a capital, which may be a name split by a space.
_CAPITAL_ELISIONS = frozenset({"L'", "Qu'", "Jusqu'", "Lorsqu'", "Puisqu'", "Quoiqu'", "C'", "J'", "S'"})
# A cell separator inside a line of a table (« Biquard | Croizat », « Nom⇥Dupont »): pasted from an
# export or a spreadsheet, it stands where the prose had a comma, a colon or a semicolon. The words
# read it as a list comma (not a sentence's end: the next capital is no sentence's first word, and the
# model's gap features see the list it is). The line's borders (« | Dupont | ») keep their break.
_CELL_SEPARATOR = re.compile(r"[ \t]*(?:\||\t)[ \t]*")
_LIST_COMMA = ", "
_SENTENCE_END = re.compile(r"[.!?:;\n•·*>|]|(?:^|\s)[-–]\s")
# Whether the usual gaps between words end a sentence, decided once: a dictionary lookup costs a
# tenth of the search, and these make two thirds of the gaps that are not one space.
_USUAL_GAPS = {
    gap: _SENTENCE_END.search(gap) is not None
    for gap in [
        ". ", "\n", ", ", " : ", "", "\n\n", "/", ".\n", ".\n\n", "\n- ", " (", " - ", ".", ",\n", ") ",
        "(", ")", "-", "'", ": ", " ; ", "; ", "), ", ",\n\n", "\n* ", ". \n\n",
    ]
}  # fmt: skip


@dataclass(slots=True)
class Token:
    """A word. ``shape``: ``U`` upper case (2+ letters), ``C`` capitalised, ``L`` lower case,
    ``I`` one capital letter (an initial when a dot follows), ``X`` mixed case (« PaCO2 »)."""

    start: int
    end: int
    text: str
    key: str  # folded
    shape: str
    gap_before: str  # the characters between the previous word and this one
    sentence_start: bool
    #: On a line written all in capitals, where case says nothing about names (« PATIENT DE 29 ANS »).
    loud: bool = False
    #: The characters up to the next word (at most the first 16 after the last word of the text).
    gap_after: str = ""
    #: The first word of a table's cell inside a line (after « | » or a tab, read as a comma).
    cell_start: bool = False

    @property
    def opens(self) -> bool:
        """A sentence's or a cell's first word: the word lists read its capital as saying nothing
        (« | Toulouse Olympique | », « | Vienne, musique | »), as after the colon or semicolon that
        the separator may stand for."""
        return self.sentence_start or self.cell_start

    @property
    def capitalised(self) -> bool:
        return self.shape in "UCI"


def _shape(word: str) -> str:
    if len(word) == 1:
        return "I" if word.isupper() else "L"
    if word.isupper():
        return "U"
    if not word[0].isupper():
        return "L"
    if word[1:].islower():
        return "C"
    # A capital after a lower-case letter inside a part: « PaCO2 », « HbA1c », « NT-proBNP » are
    # not names; « McDonald », « DiCaprio », « Jean-Pierre », « N'Diaye » are.
    for part in re.split(r"['-]", word):
        for k in range(1, len(part)):
            if part[k].isupper() and part[k - 1].islower():
                return "C" if part[:k].lower() in _NAME_PREFIXES else "X"
        # Capitals then one or two lower-case letters: an acronym with its index or plural (« PAPs »,
        # « PAPm », « VGd », « IRMs »). A name in capitals takes no lower-case ending. (A Roman ordinal,
        # « XXIe », « XIe », is read by the rules of ordinals as before.)
        if (
            len(part) >= 3
            and part[:2].isupper()
            and part[-1].islower()
            and part[:-2].isupper()
            and not _ROMAN_CAPITALS.issuperset(part.rstrip("abcdefghijklmnopqrstuvwxyz"))
        ):
            return "X"
    return "C"


_ROMAN_CAPITALS = frozenset("IVXLCDM")
_GLUED_TITLES = frozenset({"mme", "mmes", "mlle", "dr", "pr", "mr"})
_GLUED_INITIALS = frozenset("MDP")
_GLUED_NAME = re.compile(r"(?:Mmes?|Mlle|Melle|Dr|Pr|Mr)(?=[A-Z]\w)")
# A surname in capitals, then a given name glued to it (« LAMBERTOdile »): three capitals at least before
# the given name's own capital and its two small letters or more.
_CAPITALS_THEN_GIVEN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}")
_NAME_PREFIXES = frozenset({"mc", "mac", "di", "de", "le", "la", "van", "von", "da", "del", "du", "o"})
_ABBREVIATIONS = frozenset({"m", "mm", "mr", "mme", "mlle", "dr", "pr", "me", "st", "ste", "ep", "cf"})


def _known_surname(word: str) -> bool:
    key = fold(word)
    return key in surnames() or key.replace("'", "") in surnames()


# The two letters French clips a given name to before a surname (« Ch. » Charles, « Ph. » Philippe,
# « Th. » Théophile, « Gh. » Ghislain), folded; not « St. » (a saint: « St. Louis ») nor « Cl. » (a
# clinic: « Cl. Saint-Jean »). « Fr. » is François, Françoise, Frédéric (« validé par Fr. Dupré »), and
# the French gauge after a size (« sonde 14 Fr. Pose… »): not after a figure.
_CLIPPED_GIVEN_NAMES = frozenset({"ch", "ph", "th", "gh", "fr"})


def _clipped_given_name(token: Token) -> bool:
    """A capitalised clipped given name (« Ch », « Ph ») after a space, a bracket or a line's start."""
    return (
        token.shape == "C"
        and token.key in _CLIPPED_GIVEN_NAMES
        and (token.gap_before == "" or token.gap_before[-1:] in " (\n,;")
        and not (token.key == "fr" and any(c.isdigit() for c in token.gap_before))
    )


def _clipped_word(key: str, after: str) -> bool:
    """A word of three letters at most, a dot after it, that no list holds as a name: the second
    half of an abbreviation (« Ph. Eur. », the European pharmacopoeia), not a surname (« Ch. Roy. »)."""
    return len(key) <= 3 and after.startswith(".") and key not in surnames() and key not in first_names()


# Units of length after a number, whose dot ends a sentence (« Canal lombaire de 12 mm. Arthrose… »):
# « mm » is « Messieurs » only before a name, never after a figure.
_UNITS_AFTER_A_NUMBER = frozenset({"mm", "m"})


def _abbreviation(token: Token) -> bool:
    if (
        token.key in _UNITS_AFTER_A_NUMBER
        and token.text.islower()
        and token.gap_before.rstrip()[-1:].isdigit()
    ):
        return False
    return token.shape == "I" or token.key in _ABBREVIATIONS


def name_opening(starts: list[int], found: Finding) -> int | None:
    """The index of the token a name finding starts on, when a token stands before it (what the readers
    that widen a name to the words before it look at); ``starts``: the tokens' starts."""
    k = bisect_left(starts, found.start)
    if found.label is Label.NOM and 0 < k < len(starts) and starts[k] == found.start:
        return k
    return None


def covered_words(toks: Sequence[Token], found: Sequence[Finding]) -> list[bool]:
    """Per word, whether a finding of ``found`` touches it (the words the trained taggers are not
    asked about)."""
    spans = sorted((f.start, f.end) for f in found)
    covered = [False] * len(toks)
    k = 0
    for i, t in enumerate(toks):
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        j = k
        while j < len(spans) and spans[j][0] < t.end:
            if spans[j][1] > t.start:
                covered[i] = True
                break
            j += 1
    return covered


def gap_feature(marks: str, none: str = "0", digit: str = "d", space: str = "s") -> Callable[[str], str]:
    """A classifier's reading of the gap between two words: ``none`` when the words touch, ``nl``
    across a line break, else the first of ``marks`` the gap holds, ``digit`` for a digit, ``space``.
    Each trained classifier was trained with its own marks and names, which its weights' features
    spell (« gb=nl », « ga=digit »): each keeps them, one function reads them all."""

    def gap(text: str) -> str:
        if not text:
            return none
        if "\n" in text:
            return "nl"
        for c in marks:
            if c in text:
                return c
        if any(ch.isdigit() for ch in text):
            return digit
        return space

    return gap


def tokenise(text: str) -> list[Token]:
    """The words of ``text`` in order."""
    tokens: list[Token] = []
    append = tokens.append
    previous: Token | None = None
    previous_end = 0
    capitals = 0
    line_breaks: list[int] = []  # the words after a line break (« \n » in the gap before them)
    # ``split`` hands over the words and what lies between them in one call, without a match object
    # per word (the most expensive part of the loop with ``finditer``): gap, word, gap, word, …, gap.
    parts = _split_words(text)
    end = 0
    cell = False
    usual_gap, key_and_shape, token = _USUAL_GAPS.get, _key_and_shape, Token  # local names: faster
    for k in range(1, len(parts), 2):
        word = parts[k]
        between = parts[k - 1]
        start = end + len(between)
        # The text since the previous token is what ``split`` found between the words, unless the
        # previous word lost its trailing apostrophe (then the text is sliced, as before).
        gap = between if previous_end == end else text[previous_end:start]
        end = start + len(word)
        if (
            gap == " "
            and previous is not None
            and "'" not in word
            and not (word[0] in _GLUED_INITIALS and _glued_title(word))
        ):
            # Most words: one piece after one space, inside a sentence: the loop below, shortened.
            key, shape = key_and_shape(word)
            if shape == "U":
                capitals += 1
            previous.gap_after = gap
            previous = token(start, end, word, key, shape, gap, False)
            append(previous)
            previous_end = end
            continue
        if gap in _LINE_CUTS and previous is not None and _cut_goes_on(previous, word):
            # « M. Clémen- ceau »: the rest of a capitalised word cut at a line end, read as one word
            previous.text = text[previous.start : end]
            previous.key, previous.shape = key_and_shape(previous.text.replace(gap, ""))
            previous.end = previous_end = end
            continue
        if "\n" in gap and gap in _LINE_CUTS and previous is not None and _capitals_cut(previous, word):
            # « Monsieur DEMAR-⏎CQ Jean-Claude »: a surname in capitals cut at a line's end, read as one
            # word (its hyphen kept in the key: the cut may be the compound's own, « DUPONT-⏎LAJOIE »)
            previous.text = text[previous.start : end]
            previous.key, previous.shape = key_and_shape(previous.text.replace(gap, "-"))
            previous.end = previous_end = end
            continue
        pieces = _pieces(start, end, word) if "'" in word else ((start, end, word),)
        if len(pieces) == 1 and word[0] in _GLUED_INITIALS and _glued_title(word):
            cut = start + _glued_title(word)
            pieces = ((start, cut, word[: cut - start]), (cut, end, word[cut - start :]))
        for s, e, w in pieces:
            if s != start:
                gap = ""  # the rest of an elided word (« examen » of « l'examen ») follows at once
            if gap == " ":
                starts = False
            elif previous is None:
                starts = True
            elif (usual := usual_gap(gap)) is None and ("|" in gap or "\t" in gap) and "\n" not in gap:
                # « Dupont | Martin », « (Blon) | Martin »: the separator reads as a comma wherever it
                # stands in the gap; the sentence ends only where the rest of the gap says so.
                gap = _CELL_SEPARATOR.sub(_LIST_COMMA, gap)
                starts = gap != _LIST_COMMA and _SENTENCE_END.search(gap) is not None
                cell = True
            else:
                if "\n" in gap:
                    line_breaks.append(len(tokens))
                starts = usual if usual is not None else _SENTENCE_END.search(gap) is not None
                if starts and gap.strip() == "." and _abbreviation(previous):
                    starts = False  # « M. Dupont », « J. Martin »: the dot ends an abbreviation
            key, shape = key_and_shape(w)
            if shape == "U":
                capitals += 1
            if (
                gap == ". "
                and shape in "CU"
                and previous is not None
                and _clipped_given_name(previous)
                and not _clipped_word(key, parts[k + 1] if k + 1 < len(parts) else "")
            ):
                # « Ch. Méré », « Ph. Tournadre »: a given name clipped to two letters before a surname
                # is its initial, and the dot ends no sentence
                previous.shape, starts = "I", False
            if previous is not None:
                previous.gap_after = gap
            previous = token(s, e, w, key, shape, gap, starts)
            if cell:
                previous.cell_start, cell = True, False
            append(previous)
            previous_end = e
    if previous is not None:
        previous.gap_after = text[previous_end : previous_end + 16]
    if capitals >= _LOUD_MIN_WORDS:  # usually not: too few words in capitals for any line to be loud
        _mark_loud_lines(tokens, line_breaks, capitals)
    return tokens


# A hyphen then a space or a line end: where a word cut at a line end is left when the lines are
# joined (« M. Clémen- ceau », « le président Clemen-\nceau »), as « ¬ » marks it elsewhere.
_LINE_CUTS = frozenset({"- ", "-\n", "- \n", "-\r\n"})
# Lower-case words that begin the second half of « pré- et post-opératoire », never a word's end.
_NOT_CUT_ENDS = frozenset(
    {"et", "ou", "a", "au", "aux", "de", "du", "des", "en", "le", "la", "les", "un", "une"}
)


def _cut_goes_on(previous: Token, word: str) -> bool:
    """``word`` ends the capitalised word ``previous`` cut at a line end (« Clémen- ceau »): the first
    part is capitalised inside a sentence (« Pré- et post-opératoire » opens one) and no word of its
    own, the second in lower case, two letters or more and no small word either."""
    return (
        previous.shape == "C"
        and not previous.sentence_start
        and "'" not in previous.text
        and len(word) >= 2
        and word.isalpha()
        and word.islower()
        and fold(word) not in _NOT_CUT_ENDS
        and previous.key not in common_words()  # « Hémoglobine- glyquée »: a word and its compound
    )


def _capitals_cut(previous: Token, word: str) -> bool:
    """``word``, in capitals at the next line's start, goes on with the word in capitals ``previous`` that
    a hyphen cut at the line's end (« DEMAR-⏎CQ », « CARDIO-⏎LOGIE »): both two letters or more."""
    return (
        previous.shape == "U"
        and len(previous.text) >= 2
        and "'" not in previous.text
        and len(word) >= 2
        and word.isalpha()
        and word.isupper()
    )


def _pieces(start: int, end: int, word: str) -> tuple[tuple[int, int, str], ...]:
    """The word, or its elided article and the rest: « l'examen » → « l' » + « examen »."""
    if word.endswith("'"):
        head = word[:-1]
        if (head.islower() and head in _ELISION) or word in _CAPITAL_ELISIONS:
            # An elision before a space (« syndrome d' Evans », « qu' Epivir »: a text split into
            # words, an OCR'd page) is the elided word, as when it is glued (« d'Evans »): the eponym
            # and medicine contexts read « d' » either way.
            return ((start, end, word),)
        # A trailing apostrophe is a quote. The word pattern starts with a letter, so something is left.
        end -= 1
        word = word[:-1]
    head, sep, rest = word.partition("'")
    if (
        sep
        and rest
        and head.lower() in _ELISION
        # « N'Diaye », « D'Alembert », « O'Brien » are names; « L'IRM », « D'ENTRÉE » are not
        and not (head in {"N", "D", "O"} and rest[0].isupper() and not rest.isupper())
        # « n'diaye », « N'Diaye » stay whole; « d'Arcy » is the particle « d' » then « Arcy »
        and not (
            (word[0].isupper() or word.islower()) and _known_surname(word) and not _article_then_word(rest)
        )
    ):
        cut = start + len(head) + 1
        return (start, cut, word[: len(head) + 1]), (cut, end, rest)
    return ((start, end, word),)


def _article_then_word(rest: str) -> bool:
    """What follows an elided article is a French word in lower case: the article is one even when
    both glued make a listed surname (« l'avocat » Lavocat, « L'abbé » Labbé, « l'homme » Lhomme:
    « l'avocat Morvillard » names Morvillard, a trade before him)."""
    return rest.islower() and list_key(fold(rest)) in common_words()


@lru_cache(maxsize=65536)
def _glued_title(word: str) -> int:
    """Length of a title glued to a name (« MmeDupont », « DrMARTIN » → 3, 2), else 0.

    The rest must read as a name of three letters or more: capitalised, in capitals, or a surname in
    capitals glued to the given name after it (« MmeLAMBERTOdile »: a fax's OCR lost both spaces)
    (« PrEP », « MrX », « Drépanocytose » are no title and a name).
    """
    m = _GLUED_NAME.match(word)
    if m is None:
        return 0
    rest = word[m.end() :].replace(_CUT, "")
    if len(rest) < 3 or not rest.isalpha():
        return 0
    if not (rest[1:].islower() or rest.isupper() or _CAPITALS_THEN_GIVEN_NAME.fullmatch(rest)):
        return 0
    return m.end()


@lru_cache(maxsize=65536)  # bounded like ``fold``: words recur from one text to the next
def _key_and_shape(word: str) -> tuple[str, str]:
    """The folded key and the case shape of a word, looked up once per distinct word."""
    if _CUT in word or "--" in word:
        word = word.replace(_CUT, "").replace("--", "")  # « Phi¬lippe », « Jac--ques »
    shape = "L" if word.islower() else _shape(word)  # most words are lower case: one cheap test
    if shape == "X" and word[-1].isupper() and word[:-1].lower() in _GLUED_TITLES:
        shape = "I"  # « MmeN. Pittam »: a title glued to an initial is read as the initial
    key = list_key(fold(word))
    if shape == "X" and (read := _capitals_with_small_l(word)) is not None:
        return read, "U"  # « AMRANl », « BOUTEllER »: an OCR's small l for a capital I in a surname
    if shape in "XL" and not word.islower() and _mixed_case_name(word, key):
        shape = "C"  # « GuiLLoT », « ReNé », « bERNARD »: handwriting read by an OCR, a name all the same
    return key, shape


def _capitals_with_small_l(word: str) -> str | None:
    """The key of a word in capitals but for one or two small « l » after its first letter, each read as
    the capital I an OCR took it for (« AMRANl » → « amrani », « KHEllF » → « khelif »), when that reading
    is a listed surname or first name that is no French word; else None. A small « l » first is left
    alone (« lOOS »: a 1 and zeros)."""
    if len(word) < 4 or not word.isalpha() or word[0] == "l":
        return None
    small = [c for c in word if c.islower()]
    if not small or len(small) > 2 or any(c != "l" for c in small) or sum(c.isupper() for c in word) < 3:
        return None
    key = list_key(fold(word.replace("l", "I")))
    if key in common_words() or not (key in surnames() or key in first_names()):
        return None
    return key


# The least letters a mixed-case word needs to be read as a name: « pH », « mA », « eGFR » are units.
_MIXED_MIN_LETTERS = 4


def _mixed_case_name(word: str, key: str) -> bool:
    """A word of letters only whose capitals fall anywhere (« GuiLLoT », « MaRTiNEau », « sAndRine »,
    handwriting read by an OCR) and that is a listed first name, or a surname that is no French word:
    codes that mix cases (« PaCO2 », « HbA1c », « NT-proBNP », « BiPAP ») are in no list of names, or
    hold one small letter only."""
    lower = sum(c.islower() for c in word)
    return (
        len(word) >= _MIXED_MIN_LETTERS
        and word.isalpha()
        # two small letters at least (« PaCO » of « PaCO2 » has one), or only the first one small
        # (« bERNARD »: the shift key held after the first letter)
        # (« lOOS », « oSSB »: a small l or o before capitals is an OCR's 1 or 0 opening a number)
        and (lower >= 2 or (word[0].islower() and word[0] not in "lo" and word[1:].isupper()))
        # a first name even when it is a word too (« ReNé »: capitals inside say it is no word as
        # written), a surname only when it is no word
        and (key in first_names() or (key in surnames() and key not in common_words()))
    )


_LOUD_MIN_WORDS = 6
_LOUD_SHARE = 0.8


def _mark_loud_lines(tokens: list[Token], line_breaks: list[int], capitals: int) -> None:
    """Flag the words of lines of six words or more, four fifths of them in capitals.

    ``line_breaks``: the words that start a line (but the first); ``capitals``: the words in capitals
    in the whole text. A line is counted only until it has more words than ``capitals`` allows it to
    have while staying loud: a long line of prose is settled in a few words instead of all of them.
    """
    bounds = [0, *line_breaks, len(tokens)]
    for first, stop in itertools.pairwise(bounds):
        line = tokens[first:stop]
        words = loud_words = 0
        for t in line:
            if len(t.key) >= 2:  # one-letter words (« à », initials) do not count
                words += 1
                loud_words += t.shape == "U"
                if _LOUD_SHARE * words > capitals:
                    break  # even with every capital of the text, this line would not be loud
        else:
            _mark_if_loud(line, words, loud_words)


def _mark_if_loud(line: list[Token], words: int, capitals: int) -> None:
    if words >= _LOUD_MIN_WORDS and capitals >= _LOUD_SHARE * words:
        for t in line:
            t.loud = True


def words(doc: Document) -> list[Token]:
    """The words of a document, read once and shared by :meth:`NameDetector.find`, propagation and the
    establishments' reader (the key of ``doc.shared``: this function, wherever it is imported from)."""
    return tokenise(doc.text)
