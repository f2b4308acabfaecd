"""A name found once is found everywhere: in the same text, later messages, any case.

Each name finding gives the words it is made of. Every word of three letters or more that is not a
function word, a title or a particle is then looked for in all the texts of the conversation or
document. Words that are also common French words (« Blanc », « Claire ») are only looked for with
their capital, so that « urine claire » stays (and so are the trades: « il est boulanger »); the others are found in any case (« vu avec
dupont »). Occurrences after an eponym context (« maladie de Parkinson ») or in a place name are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.formulas import measure_formula
from egide.detect.names.lexicon import fold
from egide.detect.names.naming import TRADE_KEYS
from egide.detect.names.particles import with_particles
from egide.detect.names.rules import Lexicon, Rules
from egide.detect.names.tokens import Token, tokenise

SCORE = 0.85
_MIN_LEN = 3


def name_words(
    texts: Sequence[str], findings: Sequence[Sequence[Finding]], lexicon: Lexicon, min_score: float = 0.0
) -> tuple[set[str], set[str]]:
    """Words to look for: ``(any_case, capitalised_only)``, as they were written.

    Only findings the engine will keep (``min_score``) are spread: a doubtful one is not multiplied.
    The parts of a hyphenated surname are looked for too (« DUPONT-MARTIN » → « Dupont »), not
    those of a compound first name (« Jean-Pierre » does not make every « Pierre » a name).
    """
    any_case: set[str] = set()
    capitalised: set[str] = set()
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.label != Label.NOM or f.score < min_score:
                continue
            words = tokenise(text[f.start : f.end])
            for t in list(words):
                if "-" in t.key and t.key not in lexicon.first:
                    words.extend(tokenise(t.text.replace("-", " ")))
            for t in words:
                key = t.key
                if len(key) < _MIN_LEN or key in cues.FUNCTION_WORDS or key in cues.TITLES:
                    continue
                if key in cues.PARTICLES or t.shape == "I":
                    continue
                # (a trade is a word too, though the common words' list, built from frequencies, holds
                # few of those that are also surnames: « M. Boulanger … il est boulanger »)
                if lexicon.is_common(t) or key in TRADE_KEYS:
                    if t.shape != "L":
                        capitalised.add(t.text[0].upper() + t.text[1:].lower())
                        capitalised.add(t.text.upper())
                        capitalised.add(t.text)
                else:
                    any_case.add(key)
    return any_case, capitalised


def _according_to(toks: list[Token], i: int) -> bool:
    """« selon Fontaine », where the text named Fontaine a person: the speaker, not a classification
    (« selon Fontaine » alone stays an eponym: this is asked only of a name found elsewhere)."""
    return i > 0 and toks[i - 1].key == "selon" and toks[i].gap_before == " " and toks[i].capitalised


def _initial_after(t: Token, nxt: Token) -> bool:
    """``nxt`` is the initial of a first name written after the surname ``t`` (« BRIAND Y. », « Kerlo
    M. » in a footer or a list of staff): one capital, a dot, right after it."""
    return t.shape in "UC" and nxt.shape == "I" and nxt.gap_before == " " and nxt.gap_after.startswith(".")


def propagate(
    texts: Sequence[str],
    findings: list[list[Finding]],
    rules: Rules,
    tokens: Sequence[list[Token]] | None = None,
    min_score: float = 0.0,
) -> list[list[Finding]]:
    """``findings`` with every other occurrence of the name words added; ``tokens`` are the texts'
    words when the caller has read them already.

    Words are compared by their folded key (« Dupont », « DUPONT », « dupont », « Dupönt » are one),
    so the cost is one set lookup per word of the texts.
    """
    any_case, capitalised = name_words(texts, findings, rules.lex, min_score)
    if not any_case and not capitalised:
        return findings
    short = _short_name_words(texts, findings, min_score)
    result: list[list[Finding]] = []
    for n, (text, found) in enumerate(zip(texts, findings, strict=True)):
        covered = sorted((f.start, f.end) for f in found if f.label == Label.NOM)
        added: list[Finding] = []
        toks = tokens[n] if tokens is not None else tokenise(text)
        k = 0  # words and spans are both in text order: one pass over each
        for i in [i for i, t in enumerate(toks) if t.key in any_case or t.text in capitalised]:
            t = toks[i]
            while k < len(covered) and covered[k][1] <= t.start:
                k += 1
            if k < len(covered) and covered[k][0] <= t.start and t.end <= covered[k][1]:
                continue
            if rules.excluded(toks, i, heading_ends=True) and not _according_to(toks, i):
                continue
            if measure_formula(t):
                continue  # « Paco Herrera … PaCO2 66 mmHg »: the gas's formula, not his name again
            # « van Luyten » again: the particle before the word goes with it
            first = toks[with_particles(toks, i)]
            end = t.end
            if i + 1 < len(toks) and _initial_after(t, toks[i + 1]):
                end = toks[i + 1].end  # « VAN DER BERG L. · NIP … »: a footer's surname and initial
            added.append(Finding(first.start, end, Label.NOM, SCORE, "propagation"))
        if short:
            added.extend(_short_words_after_names(toks, [*found, *added], short))
        result.append([*found, *added] if added else found)
    return result


# A word of two letters inside a name (« TRAN Thi Thu Hà », « NGUYEN Van Ly »): too short to be looked
# for alone (« Hà », « Ly », « Vo » say nothing by themselves), it is found again right after another
# word of a name, one space between, written as it was.
_SHORT = 2


def _short_name_words(
    texts: Sequence[str], findings: Sequence[Sequence[Finding]], min_score: float
) -> set[str]:
    """The words of two letters, capitalised or in capitals, that follow another word inside a name."""
    short: set[str] = set()
    for text, found in zip(texts, findings, strict=True):
        for f in found:
            if f.label != Label.NOM or f.score < min_score or f.end - f.start < 2 * _SHORT + 2:
                continue
            # (split on spaces, not read into words again: only the words between two spaces matter)
            for word in text[f.start : f.end].split(" ")[1:]:
                if len(word) == _SHORT and word[0].isupper() and word.isalpha():
                    key = fold(word)
                    if (
                        key not in cues.FUNCTION_WORDS
                        and key not in cues.TITLES
                        and key not in cues.PARTICLES
                    ):
                        short.add(word)
    return short


def _short_words_after_names(toks: list[Token], found: list[Finding], short: set[str]) -> list[Finding]:
    """The words of ``short`` written right after a name found (one space between) and not in one."""
    ends = {f.end for f in found if f.label == Label.NOM}
    starts = {f.start for f in found if f.label == Label.NOM}
    return [
        Finding(t.start, t.end, Label.NOM, SCORE, "propagation")
        for i, t in enumerate(toks)
        if t.text in short
        and i > 0
        and t.gap_before == " "
        and toks[i - 1].end in ends
        and t.start not in starts
    ]
