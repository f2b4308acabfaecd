"""The shortcuts taken for speed change no finding: each is compared with the slow way it replaces."""

from __future__ import annotations

import dataclasses
import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.names import tokens
from egide.detect.names.reader import Lexicon
from egide.detect.names.rules import Rules
from egide.detect.names.tokens import tokenise
from egide.detect.needles import Needles
from egide.detect.places import postcode
from egide.detect.recognisers.fr import extension, hospital_ids, ip_address, licence_plate, phone, secrets
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser
from egide.detect.recognisers.fr.dates import age
from egide.detect.recognisers.fr.dates.base import matches_at, windowed_finditer, word_starts
from egide.detect.recognisers.fr.dates.words import words_to_int


def _all(findings: object) -> list[tuple[int, int, str, float]]:
    return sorted((f.start, f.end, f.label, f.score) for f in findings)  # type: ignore[attr-defined]


def _same_as_full_scan(
    recogniser: PrefilteredRecogniser, full_scan: PrefilteredRecogniser, text: str
) -> None:
    """The recogniser finds what it finds with its shortcut switched off (``full_scan``)."""
    assert _all(recogniser.find(Document(text))) == _all(full_scan.find(Document(text)))


# « ſ » and « ı » are read as « s » and « i » by ``re.I``; « İ » lower-cases to two characters (the
# recogniser then scans the whole text); « hôtel » holds « tel » inside a word.
EXTENSION_TOKENS = [
    "poste", "Poste", "POSTE", "poſte", "bip", "BıP", "bipper", "dect", "DECT", "tél", "Tél.", "TEL", "tel",
    "téléphone", "int.", "interne", "ligne", "ext.", "EXT.", " ", "  ", "\n", ":", "n°", ".", ",", "-",
    "4521", "23", "45", "12345", "0", "mg", "MG", "%", "h", "ans", "İ", "hôtel", "é", "a",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(EXTENSION_TOKENS), min_size=1, max_size=40).map("".join))
def test_extensions_tried_at_label_starts_are_those_of_a_full_scan(text: str) -> None:
    recogniser = extension.build()
    _same_as_full_scan(recogniser, dataclasses.replace(recogniser, starts=None), text)


# The label starts as first written: one pattern; the words of ``extension.LABEL_STARTS`` spell it out.
_EXTENSION_STARTS_AS_WRITTEN = re.compile(r"po[sſ]te|b[iı]p|dect|t[ée]l|l[iı]gne|ext\.")


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(EXTENSION_TOKENS), min_size=1, max_size=40).map("".join))
def test_extension_label_words_start_where_the_label_pattern_matches(text: str) -> None:
    low = text.lower()
    expected = [i for i in range(len(low)) if _EXTENSION_STARTS_AS_WRITTEN.match(low, i)]
    assert Needles(extension.LABEL_STARTS).starts(low) == expected


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab-@.é", min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text(alphabet="ab-@.é \n", max_size=30),
)
def test_needle_starts_are_every_position_a_needle_starts(words: list[str], text: str) -> None:
    expected = [i for i in range(len(text)) if any(text.startswith(word, i) for word in words)]
    assert Needles(words).starts(text) == expected


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab-@.é", min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text(alphabet="ab-@.é \n", max_size=30),
)
def test_needles_are_found_where_a_word_is(words: list[str], text: str) -> None:
    # words alone with their first character (looked for with ``in``), several (one pattern), repeated
    assert Needles(words).found_in(text) == any(word in text for word in words)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(["ab", "a", "b", " ", "c", "abab", "ba"]), max_size=30).map("".join),
    pattern=st.sampled_from([r"ab+", r"a\s*b", r"(?<![a-z])a[ab]*", r"a(?=b)", r"ab?(?!a)"]),
)
def test_matches_at_every_possible_start_are_those_of_finditer(text: str, pattern: str) -> None:
    regex = re.compile(pattern)
    starts = [i for i, c in enumerate(text) if c == "a"]  # every pattern above starts with « a »
    expected = [m.span() for m in regex.finditer(text)]
    assert [m.span() for m in matches_at(regex, text, starts)] == expected


def _phone_scores_always_parsing(text: str) -> list[tuple[int, int, str, float]]:
    """The French and international numbers as scored before the parse could be skipped."""
    recogniser = phone.build()
    found = []
    for regex, region, scores in (
        (phone._FRENCH, "FR", recogniser.french_scores),
        (phone._INTERNATIONAL, None, recogniser.international_scores),
    ):
        for match in regex.finditer(text):
            value = match.group()
            if value.startswith("00"):
                value = "+" + value[2:]
            score = scores[0] if phone._parses(value, region) else scores[1]
            if region == "FR" and not phone._grouped_like_a_phone(value):
                score = min(score, 0.3)
            if recogniser._context.has_context(text, match.start()):
                score = min(1.0, score + 0.4)
            found.append(Finding(match.start(), match.end(), "TELEPHONE", score, recogniser.name))
    return _all(found)


PHONE_TOKENS = [
    "06 12 34 56 78", "0612345678", "01234 5678 9", "06 00 00 00 00", "0 800 123 456", "+33 6 12 34 56 78",
    "0033 1 23 45 67 89", "+44 20 7946 0958", "+1 202 555 0143", "+99 123 456 789", "00 44 1234 567890",
    "tél. ", "joindre le ", "appeler au ", "lot ", " ", ", ", "\n", "le patient ", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PHONE_TOKENS), min_size=1, max_size=12).map("".join))
def test_phone_scores_skipping_the_parse_are_those_of_always_parsing(text: str) -> None:
    reference = _phone_scores_always_parsing(text)
    spans = {(start, end) for start, end, _, _ in reference}
    # the other findings (slashed numbers, lists of numbers) are never parsed this way
    assert [f for f in _all(phone.build().find(Document(text))) if (f[0], f[1]) in spans] == reference


IP_TOKENS = ["1", "12", "192", "255", "256", "1234", ".", "..", "/", "/24", " ", "a", "-", "_", "\n"]


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(IP_TOKENS), min_size=1, max_size=40).map("".join))
def test_ipv4_candidates_around_dot_digit_pairs_are_those_of_a_full_scan(text: str) -> None:
    before, after = ip_address._AROUND_DOT_DIGIT
    windowed = windowed_finditer(
        ip_address._IPV4_CANDIDATE, text, ip_address._DOT_DIGIT.finditer(text), before=before, after=after
    )
    assert [m.span() for m in windowed] == [m.span() for m in ip_address._IPV4_CANDIDATE.finditer(text)]


HOSPITAL_TOKENS = [
    "ipp", "IPP", "nip", "iep", "id", "id.", "identifiant", "du", "patient", "Patient", "n°", "nº", "n °", "no",
    "no.", "num", "numéro", "nda", "NDA", "de", "l'", "d'", "séjour", "sejour", "dossier", "venue", "épisode",
    "hospitalisation", "passage", "identification", " ", "  ", "\n", ":", "-", "_", "x", "é", "1", "12345",
    "2023-001234", "mg",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(HOSPITAL_TOKENS), min_size=1, max_size=30).map("".join))
def test_hospital_ids_tried_at_label_starts_are_those_of_a_full_scan(text: str) -> None:
    low = text.lower()
    at_starts = matches_at(hospital_ids._LABELLED, low, hospital_ids.label_starts(low))
    assert [m.span("value") for m in at_starts] == [
        m.span("value") for m in hospital_ids._LABELLED.finditer(low)
    ]


# The label starts as first found: one pattern, a character that is no letter then a label word.
_LABEL_STARTS_AS_WRITTEN = re.compile(
    r"[^a-zà-ÿ](?=i(?:pp|d|ep)|n(?:ip|\s?[°º]|o|um|da)|patient|passage|dossier|s[ée]jour|venue|[ée]pisode)"
)


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*HOSPITAL_TOKENS, "n°ipp", "épisodépisode", "episodepisode", "ı", "À"]),
        min_size=1,
        max_size=30,
    ).map("".join)
)
def test_label_starts_one_word_at_a_time_are_those_of_one_pattern(text: str) -> None:
    low = text.lower()
    assert hospital_ids.label_starts(low) == list(word_starts(_LABEL_STARTS_AS_WRITTEN, low))


PLATE_TOKENS = [
    "AB", "A", "B", "I", "O", "CD", "ABC", "XYZ", "-", " ", "  ", "123", "1", "12", "1234", "56", "2A", "971",
    "x", "é", "_", "\n", "immatriculé", "véhicule", "1234 AB 56", "130-LCL-29", "AB-123-CD", "AB 123 CD",
    "AB123CD", " AB ", "-AB-", "1234AB56",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(PLATE_TOKENS), min_size=1, max_size=30).map("".join))
def test_plates_looked_for_around_capitals_then_digit_are_those_of_a_full_scan(text: str) -> None:
    recogniser = licence_plate.build()
    _same_as_full_scan(recogniser, dataclasses.replace(recogniser, around=None), text)


AGE_LABEL_TOKENS = [
    "Âge", "âge", "Age", "age", "AGE", "ge", "g", "e", " ", "\t", ":", "92", "9", "101", "125", "x", ",", ".",
    "ans", "a", "quatre-vingt-douze ", "cent ", "deux ", "de tabac", "Âge : 94", "âge:101", "Age\t: 92",
]  # fmt: skip


def _ages_by_full_scans(text: str) -> list[tuple[int, int, str, float]]:
    """The age recogniser as written before its prefilters on « ge : » and on the lower-cased text."""
    found = []
    for m in age.AGE_90_PLUS.finditer(text):
        found.append(Finding(m.start("age"), m.end("age"), "AGE", 0.9, "fr_age_90_plus"))
    for m in age.AGE_IN_WORDS.finditer(text):
        if 90 <= words_to_int(m["age"]) <= 125:
            found.append(Finding(m.start("age"), m.end("age"), "AGE", 0.85, "fr_age_90_plus"))
    for m in age.AGE_LABELLED.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            found.append(Finding(m.start("age"), m.end("age"), "AGE", 0.85, "fr_age_90_plus"))
    return _all(found)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(AGE_LABEL_TOKENS), min_size=1, max_size=20).map("".join))
def test_ages_are_those_of_full_scans(text: str) -> None:
    assert _all(age.AgeRecogniser().find(Document(text))) == _ages_by_full_scans(text)


# The postcode pattern as first written, with the departments as an alternation (and, since a scan's
# spaced digits are read, « 12 5 8 0 »: the department in one box, each other digit in its own).
_POSTCODE_AS_WRITTEN = re.compile(
    r"(?P<code>(?:0[1-9]|[1-8][0-9]|9[0-5]|97|98)(?:[ ]?[0-9]{3}|[ ][0-9][ ]?[0-9][ ]?[0-9]))"
    r"(?![\w/]|[.,][0-9])"
)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="0123456789 .,/a", max_size=40))
def test_postcodes_starting_with_a_class_are_those_of_the_alternation(text: str) -> None:
    def spans(regex: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span("code") for m in regex.finditer(text)]

    assert spans(postcode.POSTCODE) == spans(_POSTCODE_AS_WRITTEN)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="aéBÉ'’- .\n1,:", max_size=40))
@example(text="B1Ba- aa")  # a cut at a line end joins two of the pattern's words (found by hypothesis)
def test_words_split_in_one_call_sit_where_the_word_pattern_finds_them(text: str) -> None:
    toks = tokenise(text)
    assert all(t.text == text[t.start : t.end] for t in toks)
    assert [t.gap_before for t in toks] == [
        text[toks[k - 1].end if k else 0 : t.start] for k, t in enumerate(toks)
    ]
    assert [t.gap_after for t in toks[:-1]] == [t.gap_before for t in toks[1:]]
    found: set[int] = set()
    for match in re.finditer(tokens._WORD, text):
        start, end = match.span()
        end -= text[end - 1] == "'"  # a trailing apostrophe is no part of the word
        over = [k for k, t in enumerate(toks) if t.start < end and start < t.end]
        if len(over) == 1 and (toks[over[0]].start < start or toks[over[0]].end > end):
            # a word cut at a line end, read as one with its rest (« Clémen- ceau »)
            assert any(cut in toks[over[0]].text for cut in tokens._LINE_CUTS)
            found.update(over)
            continue
        # one token, or two when an elided article is split off (« l'examen »)
        pieces = [toks[k] for k in over]
        assert pieces[0].start == start and pieces[-1].end == end and len(pieces) <= 2
        assert all(a.end == b.start for a, b in itertools.pairwise(pieces))
        found.update(over)
    assert len(found) == len(toks)  # and no token elsewhere


def _loud_counting_every_word(toks: list[tokens.Token]) -> list[bool]:
    """Which words are on a loud line, every line counted to its end (before lines were cut short)."""
    loud = [False] * len(toks)
    start = words = capitals = 0

    def close(stop: int) -> None:
        if words >= tokens._LOUD_MIN_WORDS and capitals >= tokens._LOUD_SHARE * words:
            loud[start:stop] = [True] * (stop - start)

    for k, t in enumerate(toks):
        if k > start and "\n" in t.gap_before:
            close(k)
            start, words, capitals = k, 0, 0
        if len(t.key) >= 2:
            words += 1
            capitals += t.shape == "U"
    close(len(toks))
    return loud


# Mostly capitals, so that lines of six words and more, four fifths in capitals, come up often.
LOUD_WORDS = [
    "PATIENT", "DE", "ANS", "CHU", "LYON", "A", "à", "l'", "patient", "Dupont", "né", "29", ",", ".",
]  # fmt: skip
LOUD_LINES = st.lists(st.lists(st.sampled_from(LOUD_WORDS), max_size=12).map(" ".join), max_size=6)


@settings(max_examples=500, deadline=None)
@given(lines=LOUD_LINES, gap=st.sampled_from(["\n", " \n", ".\n\n", "\n- "]))
def test_loud_lines_settled_early_are_those_counted_to_the_end(lines: list[str], gap: str) -> None:
    toks = tokenise(gap.join(lines))
    # the reference only applies when the text has enough capitals for ``tokenise`` to look at all
    enough = sum(t.shape == "U" for t in toks) >= tokens._LOUD_MIN_WORDS
    expected = _loud_counting_every_word(toks) if enough else [False] * len(toks)
    assert [t.loud for t in toks] == expected


# The prefilter of the secrets recogniser as first written: one substring search per needle.
SECRET_NEEDLES_AS_WRITTEN = (
    "sk-", "akia", "asia", "agpa", "aida", "aroa", "anpa", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
    "github_pat_", "glpat-", "gldt-", "glrt-", "xox", "aiza", "_live_", "_test_",
    "hf_", "eyj", "bearer", "token", "basic", "passe", "mdp", "passwd", "password", "passphrase", "pwd", "key", "secret", "jeton",
    "clé", "cle ", "auth", "credential", "private key", "pin ", "pin\t", "pin\n", "pin\r", "pin:", "pin=",
)  # fmt: skip
# Pieces of the needles (so that texts hold some and miss others by a letter) and what surrounds them.
SECRET_PIECES = [
    *SECRET_NEEDLES_AS_WRITTEN, "sk", "-", "a", "ki", "ia", "gh", "p", "_", "w", "pass", "wd", "ord", "cl", "é",
    "e", " ", "ke", "y", "private", "to", "ken", "x", "o", "au", "th", "hf", "git", "hub", "code", "pin", "\n", ":", "=", "\t",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(SECRET_PIECES), max_size=12).map("".join))
def test_secret_needles_by_first_letter_and_rare_character_are_those_searched_one_by_one(text: str) -> None:
    assert secrets.may_hold_secret(text) == any(needle in text for needle in SECRET_NEEDLES_AS_WRITTEN)


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab-@.é ", min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text(alphabet="ab-@.é \n", max_size=30),
)
def test_needles_by_first_letter_are_those_of_one_substring_search_each(words: list[str], text: str) -> None:
    assert Needles(words).found_in(text) == any(word in text for word in words)


def test_the_letter_ranges_hold_the_letters_of_the_category_class_below_u10000() -> None:
    plane = "".join(map(chr, range(0x10000)))
    assert re.findall(tokens._LETTER_BELOW_U10000, plane) == re.findall(tokens._LETTER, plane)


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(st.sampled_from("aé'- 1_\n²µ"), st.characters(max_codepoint=0xFFFF)), max_size=40
    )
)
def test_words_split_with_the_letter_ranges_are_those_of_the_category_class(text: str) -> None:
    assert tokens._WORD_SPLIT_BELOW_U10000.split(text) == tokens._WORD_SPLIT.split(text)


@given(text=st.text(alphabet=st.sampled_from("a 1\U0001d400\U0001f600\ud800"), max_size=12))
def test_texts_with_characters_above_uffff_are_split_with_the_category_class(text: str) -> None:
    assert tokens._split_words(text) == tokens._WORD_SPLIT.split(text)


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from([*PHONE_TOKENS, "0", "+", "00", "+33", "(0)", "-", "."]), max_size=12).map(
        "".join
    )
)
def test_phone_numbers_tried_at_plus_and_zeros_are_those_of_a_full_scan(text: str) -> None:
    starts = phone._plus_and_zeros(text)
    for regex in (phone._FRENCH, phone._INTERNATIONAL):
        assert [m.span() for m in matches_at(regex, text, starts)] == [m.span() for m in regex.finditer(text)]


NAME_WORDS = [
    "Jean", "JEAN", "jean", "Dupont", "DUPONT", "dupont", "Martin", "martin", "Marie", "de", "De", "la", "Le", "le",
    "Goff", "M.", "J.", "Mme", "Dr", "par", "pour", "lobe", "droit", "Rose", "Signe", "l'", "d'", "Arcy", "N'Diaye",
    "Jean-Pierre", "ans", "72", ",", ".", "\n", "Zorglub", "zorglub", "ZORGLUB", "HbA",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(NAME_WORDS), max_size=25).map(" ".join), min_size=1, max_size=3)
)
def test_run_words_remembered_by_key_and_shape_are_those_tested_each_time(texts: list[str]) -> None:
    remembering, testing = Rules(Lexicon()), Rules(Lexicon())
    testing._run_word_known = testing._run_word  # type: ignore[method-assign]
    for text in texts:  # the memory filled by one text serves the next
        toks = tokenise(text)
        taken = [False] * len(toks)
        assert remembering.by_lists(toks, list(taken)) == testing.by_lists(toks, list(taken))
