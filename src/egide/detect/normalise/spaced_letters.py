"""Letters spaced out read as words: « J e a n  D U P O N T » → « Jean DUPONT ».

A run is three or more single letters, each separated from the next by one space. The single spaces
inside a run are deleted; two or three spaces between two runs are where a word ends, and read as
one space. Two letters make a word only next to a longer spaced word (« L E  G O F F »), and so do three
in lower case (« r u e   d e   M u l h o u s e »). A hyphen spaced like the letters between two spaced
words is a compound's (« S A I N T - L O U I S » → « SAINT-LOUIS »). Inside a
run, a change of case starts a new word, as a reader sees it: a capital after a lower-case letter
(« J e a n D U P O N T ») or the capital before a lower-case letter that follows capitals
(« D U P O N T J e a n »); there the space is kept. A long run in capitals that is no word but a
surname and a first name of the lists side by side is read as the two (« B E R T I N L U C A S » →
« BERTIN LUCAS »: the wider gap between them lost in the scan).

Single letters in ordinary text are left alone: a run in lower case only is read only from four
letters on, and never a run with « à », « y » or « ô », which are French words of one letter
(« il y a à faire »), unless its case is a name's (« G u y », « S y l v a i n »: a capital opens it); a letter glued to a hyphen or an apostrophe belongs to a word (« Y a t-il »).
Runs that are not words once joined (« A B O », « a b c ») do no harm: no recogniser finds
anything in « ABO ».

A scan spaces a name in capitals irregularly and misreads its letters: a digit among the spaced
capitals (« B 0 U V I E R », « M 0 N T E L I M A R ») belongs to the run when the run, its 0, 1 and 5
read as O, I or L and S, is a listed name, a commune or a word (``lookalikes`` then reads the digit),
or stands after a name's label or a title (« Nom : K E R Z 0 U D A N »: the cue says a name is there);
a group of two or three capitals one space from runs of single capitals on both sides
(« R A B A THA L Y ») is a piece of the same word, which the scan did not space.
"""

from __future__ import annotations

import itertools
import re

from egide.detect.names.lexicon import is_common_word, is_first_name, is_surname
from egide.detect.normalise.mapping import Draft, Edit
from egide.detect.places.lexicon import load_lexicon

# A letter glued to a hyphen or an apostrophe is part of a word (« Y a t-il », « v e m d'un »).
_RUN = re.compile(r"(?<![\w'’-])[^\W\d_](?: [^\W\d_](?![\w'’-]))+")
# Every run of three letters or more has its second and third letters after a space; a pattern
# that starts with a space lets the scan skip from space to space.
_PREFILTER = re.compile(r" [^\W\d_] [^\W\d_](?![\w'’-])")
_ONE_LETTER_WORDS = frozenset("àyô")

# A digit a scan put for a letter, alone between two spaced capitals (« B 0 U V I E R »): the cheap test.
_OCR_DIGIT = re.compile(r"[015](?<=[A-ZÀ-ÖØ-Þ] [015])(?= [A-ZÀ-ÖØ-Þ](?![\w'’-]))")
# A run of spaced capitals with such digits among them.
_OCR_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ015](?: [A-ZÀ-ÖØ-Þ015](?![\w'’-]))+")
_OCR_READINGS = {"0": "O", "1": "IL", "5": "S"}
_MIN_OCR_LETTERS = 3
_MAX_OCR_DIGITS = 2


def _word_starts(letters: str) -> set[int]:
    """Positions in ``letters`` where a new word starts, from the case of the letters."""
    starts = set()
    for i in range(1, len(letters)):
        here, before = letters[i], letters[i - 1]
        if not here.isupper():
            continue
        after_capitals = before.isupper() and i >= 2 and i + 1 < len(letters) and letters[i + 1].islower()
        if before.islower() or after_capitals:
            starts.add(i)
    return starts


# A run in capitals this long may hold two words whose gap the scan lost (« B E R T I N L U C A S »).
_MIN_SPLIT = 7
_MIN_PART = 3


def _name_split(letters: str) -> int | None:
    """Where a run of capitals that is no word nor name splits into a surname and a first name (in
    either order), both of the lists: a form's boxes spaced one letter each, one space lost between
    the name and the first name (« BERTINLUCAS » → « BERTIN LUCAS »)."""
    if len(letters) < _MIN_SPLIT or not letters.isupper():
        return None
    if is_first_name(letters) or is_surname(letters) or is_common_word(letters):
        return None
    for i in range(_MIN_PART, len(letters) - _MIN_PART + 1):
        head, tail = letters[:i], letters[i:]
        if (is_surname(head) and is_first_name(tail)) or (is_first_name(head) and is_surname(tail)):
            return i
    return None


def _cased_as_a_name(letters: str) -> bool:
    """A capital then lower case (« G u y », « S y l v a i n »), or capitals then such a word
    (« B E R N A D E T S y l v a i n »): the one-letter words of French (« il y a à faire ») are in
    lower case between words, never one letter of a capitalised run."""
    if letters.isupper():
        return True
    head = next(i for i, c in enumerate(letters) if not c.isupper())
    return head >= 1 and letters[head:].islower()


def _word_gap(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` is two or three spaces: the end of a spaced word."""
    return 2 <= start - end <= 3 and text[end:start].strip(" ") == ""


def _accepted(
    text: str, runs: list[tuple[int, int]], ocr: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """Runs read as words: three letters or more, or two next to such a run (« L E  G O F F »)."""

    def alone_ok(run: tuple[int, int]) -> bool:
        if run in ocr:
            return True
        letters = text[run[0] : run[1] : 2]
        if len(letters) < 3 or not letters.isalpha():
            return False
        if _ONE_LETTER_WORDS.intersection(letters) and not _cased_as_a_name(letters):
            return False
        return not (letters.islower() and len(letters) < 4)

    ok = [alone_ok(run) for run in runs]
    # (a short word, two letters or three in lower case, next to a spaced word: « r u e   d e   M u l h o u s e »,
    # each read once its neighbour is; again until none is added, a short word between two others)
    changed = True
    while changed:
        changed = False
        for i, (start, end) in enumerate(runs):
            short = text[start:end:2]
            if (
                ok[i]
                or end - start not in (3, 5)
                or not short.isalpha()
                or _ONE_LETTER_WORDS.intersection(short)
            ):
                continue
            before = i > 0 and ok[i - 1] and _word_gap(text, runs[i - 1][1], start)
            after = i + 1 < len(runs) and ok[i + 1] and _word_gap(text, end, runs[i + 1][0])
            if before or after:
                ok[i] = changed = True
    return [run for run, keep in zip(runs, ok, strict=True) if keep]


def _ocr_reading(text: str, start: int, chars: str) -> str | None:
    """The letters a run of spaced capitals and one or two digits, none at its ends, stands for: the
    reading of its digits as the letters a scan confuses them with that is a listed name, a commune
    that is no word, or a word (« B0UVIER », « M0NTELIMAR »); after a name's label or a title, whatever
    it reads as (« Nom : K E R Z 0 U D A N »: the cue says a name is there). None for a code
    (« H T A 1 D T »)."""
    digits = sum(c.isdigit() for c in chars)
    if not digits or digits > _MAX_OCR_DIGITS or chars[0].isdigit() or chars[-1].isdigit():
        return None
    letters = len(chars) - digits
    if letters < _MIN_OCR_LETTERS or 3 * digits > letters:
        return None
    options = [_OCR_READINGS.get(c, c) for c in chars]
    readings = ["".join(reading) for reading in itertools.product(*options)]
    for word in readings:
        if is_surname(word) or is_first_name(word) or is_common_word(word):
            return word
        commune = load_lexicon().commune(word)
        if commune is not None and not commune.is_word:
            return word
    if letters > _MIN_OCR_LETTERS and _NAME_CUE_BEFORE.search(text, max(0, start - _CUE_REACH), start):
        return readings[0]
    return None


# A name's label or a title right before a run (« Nom : », « Nom d'usage : », « Prénom : », « M . », « Mme »).
_NAME_CUE_BEFORE = re.compile(
    r"(?:(?i:nom|pr[ée]noms?|naissance|usage|patient|patiente|assur[ée]e?|b[ée]n[ée]ficiaire)[ \t]*:"
    r"|(?<![^\W_])(?:M|Mme|Mlle|Mr|Dr|Pr)[ \t]*\.?)[ \t]+\Z"
)
_CUE_REACH = 24


def _runs(text: str) -> tuple[list[tuple[int, int]], dict[tuple[int, int], str]]:
    """The runs of spaced letters, and among them those a scan put digits in (« B 0 U V I E R »), with
    the letters they stand for, which replace the runs of letters alone inside them."""
    runs = [m.span() for m in _RUN.finditer(text)]
    if _OCR_DIGIT.search(text) is None:
        return runs, {}
    ocr: dict[tuple[int, int], str] = {}
    for m in _OCR_RUN.finditer(text):
        if any(c.isdigit() for c in m.group()) and (reading := _ocr_reading(text, m.start(), m.group()[::2])):
            ocr[m.span()] = reading
    if not ocr:
        return runs, ocr
    kept = [run for run in runs if not any(a <= run[0] < b for a, b in ocr)]
    return sorted([*kept, *ocr]), ocr


# A group of two or three capitals between runs of single capitals, one space on each side
# (« R A B A THA L Y »).
_GROUP = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,3}")


def _groups_between(text: str, runs: list[tuple[int, int]]) -> tuple[list[Edit], set[tuple[int, int]]]:
    """The spaces around a group of capitals that a scan left unspaced inside a spaced name, between two
    runs of single capitals, one of three letters or more (« R A B A THA L Y » → « RABATHALY »); and
    the runs so joined, read as words whatever their length (« L Y »)."""
    edits: list[Edit] = []
    linked: set[tuple[int, int]] = set()
    for (start, end), (next_start, next_end) in itertools.pairwise(runs):
        if next_start - end < 4 or text[end] != " " or text[next_start - 1] != " ":
            continue
        if _GROUP.fullmatch(text, end + 1, next_start - 1) is None:
            continue
        before, after = text[start:end:2], text[next_start:next_end:2]
        if not (before.isalpha() and after.isalpha() and before.isupper() and after.isupper()):
            continue
        if max(len(before), len(after)) < 3:
            continue
        edits.extend([(end, end + 1, ""), (next_start - 1, next_start, "")])
        linked.update({(start, end), (next_start, next_end)})
    return edits, linked


def join_spaced_letters(draft: Draft) -> None:
    """Delete the spaces inside runs of spaced letters."""
    text = draft.text
    if _PREFILTER.search(text) is None:
        return
    edits: list[Edit] = []
    previous_end = -1
    runs, ocr = _runs(text)
    group_edits, linked = _groups_between(text, runs)
    for start, end in sorted({*_accepted(text, runs, ocr), *linked}):
        if previous_end >= 0 and _word_gap(text, previous_end, start):
            edits.append((previous_end + 1, start, ""))
        elif previous_end >= 0 and text[previous_end:start] == " - ":
            # « S A I N T - L O U I S »: the hyphen of a compound word, spaced like its letters
            edits.append((previous_end, start, "-"))
        letters = text[start:end:2]
        word_starts = _word_starts(letters)
        if not word_starts and (split := _name_split(letters)) is not None:
            word_starts = {split}
        for i in range(1, len(letters)):
            if i not in word_starts:
                space = start + 2 * i - 1
                edits.append((space, space + 1, ""))
        # the scan's digits read as the letters they stand for (« B 0 U V I E R » → « BOUVIER »)
        reading = ocr.get((start, end), letters)
        edits.extend((start + 2 * i, start + 2 * i + 1, r) for i, r in enumerate(reading) if r != letters[i])
        previous_end = end
    draft.apply(sorted([*edits, *group_edits]))
