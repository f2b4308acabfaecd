"""Restoration: find the replacements of a scope in later text (an LLM's answer) and put the originals back.

Models do not copy replacements faithfully, so each kind is recognised loosely:

- placeholders by label and number, in any case, with or without their brackets, with spaces,
  other brackets or escapes around them: « <NOM_1> », « <nom_1> », « NOM_1 », « < NOM_1 > »,
  « [NOM_1] », « {NOM-1} », « &lt;NOM_1&gt; », « \\<NOM\\_1\\> », « \\u003cNOM_1\\u003e », « NOM 1 »
  (this last one in capitals only: « nom 1 » is too often plain French);
- surrogates by their letters and digits in any case and with or without their accents (« Anais » for
  « Anaïs »: the original comes back in its own spelling), separators loosened (« MARTIN », « Martin »,
  « martin », « Martin's », « 06 09 23 96 11 » as « 0609239611 »), restored in the model's case;
- shifted dates by their value, in any written form the date parser reads, restored in that form.

Markdown and punctuation around a replacement stay where the model put them (« **<NOM_1>** » →
« **Jean DUPONT** »). Everything that is not a replacement of the scope is left as it is.

How: the text is scanned at candidate positions (the start of each word, and each opening bracket).
At each one, a placeholder, then a date, then a surrogate is tried, and the first that is a
replacement of this scope wins; otherwise the scan moves on. Placeholders and dates are found by
patterns compiled once per process (so a request pays no compilation); surrogates by looking their
words up in the scope's index. All three can also tell whether a match *could still* run past the
end of the text, which is what :mod:`stream` needs to hold back the least possible.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from egide.detect.calendar import WEEKDAYS
from egide.detect.labels import Label
from egide.transform import dates
from egide.transform.mapping import Entry, Kind, Mapping
from egide.transform.normalise import fold
from egide.transform.surrogates.names import apply_case, case_pattern

_OPEN = r"(?:<|\[|\{|\(|&lt;|\\<|\\\[|\\u003[cC]|‹|«)"
_CLOSE = r"(?:>|\]|\}|\)|&gt;|\\>|\\\]|\\u003[eE]|›|»)"
_SEP = r"(?:_|\\_|-)"
_WORD_BEFORE = r"(?<![\p{L}\p{N}_])"

# Where a replacement may start: a word (its first letters tell what it could be), or an opening
# bracket or escape.
_TOKEN = re.compile(r"(?<![^\W_])[^\W_]+|[<\[{(&\\‹«]")
_WORD = re.compile(r"[^\W_]+")
# What may separate the words of a surrogate as the model writes it (« Jean-Paul », « 06.09 », « a@b.fr »).
_LITERAL_SEPARATORS = frozenset(" \t\n\u00a0\u202f-./@'’_:+,;()")
_MAX_SEPARATOR = 3
_PUNCTUATION = "".join(sorted(_LITERAL_SEPARATORS | set('()[]<>«»"!?*#&')))
_MAX_SPAN = 64  # the longest placeholder or date a pattern below can match, with room to spare


_TAXONOMY = frozenset(label.value for label in Label)
_LABEL_SEPARATORS = re.compile(r"(?:\\_|[_\-\s])+")
_OPENERS = frozenset("<[{(&\\‹«")


def _label_pattern(label: str, separator: str) -> str:
    return separator.join(regex.escape(part) for part in label.split("_"))


@lru_cache(maxsize=64)
def _placeholder_patterns(labels: frozenset[str]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The placeholder pattern for a set of labels, and its never-completing twin for streams."""
    ordered = sorted(labels, key=len, reverse=True)
    loose = "|".join(_label_pattern(lab, r"(?:_|\\_|-|\s)?") for lab in ordered)
    strict = "|".join(_label_pattern(lab, r"(?:_|\\_|-)") for lab in ordered)
    caps = "|".join(_label_pattern(lab, r"(?:_|\\_|-|\s)") for lab in ordered)
    pattern = (
        # bracketed: any case, any separator, spaces inside the brackets
        rf"(?P<open>{_OPEN}\s{{0,2}}(?P<l1>(?i:{loose})){_SEP}?\s{{0,2}}(?P<n1>\d{{1,6}})(?!\d)"
        rf"(?:\s{{0,2}}{_CLOSE})?)"
        # bare with an underscore or hyphen: any case
        rf"|(?P<bare>{_WORD_BEFORE}(?P<l2>(?i:{strict})){_SEP}(?P<n2>\d{{1,6}})(?!\d)(?:{_CLOSE})?)"
        # bare with a space: capitals only (« NOM 1 »)
        rf"|(?P<caps>{_WORD_BEFORE}(?P<l3>{caps})\s(?P<n3>\d{{1,6}})(?![\d\p{{L}}]))"
    )
    return regex.compile(pattern), _never_completing(pattern)


def _never_completing(pattern: str) -> regex.Pattern[str]:
    # « \Z[\s\S] » can never match: every match that reaches the end of the text is reported as
    # partial, which is how a stream tells that a match could still run past what has arrived
    # (the regex module prefers a complete match to a partial one, so completion must be impossible).
    return regex.compile(rf"(?:{pattern})\Z[\s\S]")


_MONTH_WORDS = "|".join(sorted((regex.escape(k) for k in dates.month_words()), key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
_DATE_PATTERN = (
    rf"(?:(?i:(?:(?:{_WEEKDAY_WORDS})\s{{1,2}})?(?:(?:1er|\d{{1,2}})\s{{0,2}})?(?:{_MONTH_WORDS})\.?"
    r"(?:\s{0,2}\d{4}(?!\d)|\s{0,2}\d{2}(?!\d))?)"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{8}"
    r"|\d{1,2}[/.-]\d{4}"
    r"|\d{4})(?![\p{L}\p{N}])"
)
_DATE = regex.compile(_DATE_PATTERN)


def _prefixes(words: Iterable[str], width: int) -> frozenset[str]:
    """Every prefix of up to ``width`` characters of ``words``: a cheap first test before a match."""
    return frozenset(w[:i] for w in words for i in range(1, width + 1))


@lru_cache(maxsize=64)
def _label_words(labels: frozenset[str]) -> frozenset[str]:
    return _prefixes([_squeeze(lab) for lab in labels], 32)


_DATE_WORDS = _prefixes([w.casefold() for w in (*dates.month_words(), *WEEKDAYS)], 12)
_LETTERS = re.compile(r"[^\W\d_]+")
_PREFIX_WIDTH = 4
_DATE_LIVE = _never_completing(_DATE_PATTERN)


def _squeeze(text: str) -> str:
    """Letters and digits only, case folded, accents dropped: how surrogates are compared."""
    return fold("".join(_WORD.findall(text)))


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    original: str


class Matcher:
    """What one version of a scope's mapping can restore, indexed for scanning."""

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.version = mapping.version
        labels: set[str] = set()
        self._literals: dict[str, Entry] = {}
        self._has_dates = False
        for entry in mapping.entries():
            if entry.kind == Kind.PLACEHOLDER:
                labels.add(entry.label)
            elif entry.kind in (Kind.SURROGATE, Kind.PART):
                self._literals.setdefault(_squeeze(entry.replacement), entry)
            elif entry.kind == Kind.DATE:
                self._has_dates = True
        self._literals.pop("", None)
        self._firsts = _prefixes(self._literals, _PREFIX_WIDTH)  # the first letters of each surrogate
        self._prefixes = {key[:i] for key in self._literals for i in range(1, len(key) + 1)}
        # One pattern for the whole taxonomy, compiled once per process; other labels (site-specific
        # ones) make a pattern of their own, cached.
        self._placeholders = _placeholder_patterns(_TAXONOMY | frozenset(labels)) if labels else None
        # The first word of a bare placeholder is the start of a label (« NOM », « DATE », « datenaissance »).
        self._ph_words = _label_words(_TAXONOMY | frozenset(labels))
        # The first letters (up to four) a word must start with to be worth a closer look.
        heads: set[str] = set(self._firsts)
        if labels:
            heads |= {w[:_PREFIX_WIDTH] for w in self._ph_words}
        self._heads = frozenset(heads)
        longest = max((len(k) for k in self._literals), default=0)
        longest_label = max((len(label) for label in _TAXONOMY | labels), default=0)
        self._span = max(_MAX_SPAN + 2 * longest_label, longest * (1 + _MAX_SEPARATOR))
        self.empty = not (labels or self._literals or self._has_dates)

    # -- one position ----------------------------------------------------------------------------
    def _kinds(self, text: str, pos: int) -> tuple[bool, bool, bool]:
        """Which kinds could start at ``pos``, from its first word alone (cheap tests before a match)."""
        first = text[pos]
        if first in _OPENERS:
            return self._placeholders is not None, False, False
        word = _WORD.match(text, pos)
        folded = word.group(0).casefold() if word is not None else ""
        placeholder = self._placeholders is not None and folded in self._ph_words
        letters = _LETTERS.match(folded)
        date = self._has_dates and (
            first.isdigit() or (letters is not None and letters.group(0) in _DATE_WORDS)
        )
        literal = (
            bool(self._literals) and word is not None and fold(word.group(0))[:_PREFIX_WIDTH] in self._firsts
        )
        return placeholder, date, literal

    def _at(self, text: str, pos: int) -> Found | None:
        """The replacement starting at ``pos``, if any: placeholder, then date, then surrogate."""
        placeholder, date, literal = self._kinds(text, pos)
        if placeholder and self._placeholders is not None:
            m = self._placeholders[0].match(text, pos)
            if m is not None:
                original = self._placeholder(m)
                if original is not None:
                    return Found(pos, m.end(), original)
        if date:
            m = _DATE.match(text, pos)
            if m is not None:
                original = _restore_date(self.mapping, m.group(0))
                if original is not None:
                    return Found(pos, m.end(), original)
        if literal:
            end, _ = self._literal(text, pos)
            if end is not None:
                matched = text[pos:end]
                entry = self._literals[_squeeze(matched)]
                return Found(pos, end, _restore_case(entry, matched))
        return None

    def _live(self, text: str, pos: int) -> bool:
        """Could a replacement starting at ``pos`` still run to or past the end of ``text``?"""
        placeholder, date, literal = self._kinds(text, pos)
        if (
            placeholder
            and self._placeholders is not None
            and self._placeholders[1].match(text, pos, partial=True)
        ):
            return True
        if date and _DATE_LIVE.match(text, pos, partial=True):
            return True
        return literal and self._literal(text, pos)[1]

    def _literal(self, text: str, pos: int) -> tuple[int | None, bool]:
        """(end of the longest surrogate at ``pos``, whether a longer one could still come)."""
        best: int | None = None
        acc = ""
        i = pos
        n = len(text)
        while True:
            m = _WORD.match(text, i)
            if m is None:
                return best, False
            acc += fold(m.group(0))
            if m.end() == n:  # the word may go on in the next chunk
                return (m.end() if acc in self._literals else best), acc in self._prefixes
            if acc not in self._prefixes:
                return best, False
            if acc in self._literals:
                best = m.end()
            j = m.end()
            while j < n and j - m.end() < _MAX_SEPARATOR and text[j] in _LITERAL_SEPARATORS:
                j += 1
            if j == n:  # the text ends inside separators: a longer surrogate could follow
                return best, j - m.end() <= _MAX_SEPARATOR and any(
                    k.startswith(acc) and k != acc for k in self._literals
                )
            if j == m.end() or not text[j].isalnum():
                return best, False
            i = j

    def _placeholder(self, m: regex.Match[str]) -> str | None:
        label = m.group("l1") or m.group("l2") or m.group("l3") or ""
        number = m.group("n1") or m.group("n2") or m.group("n3") or ""
        label = _LABEL_SEPARATORS.sub("_", label.upper())
        entry = self.mapping.by_replacement(f"<{label}_{int(number)}>")
        return self.mapping.written(entry) if entry is not None else None

    # -- the scan --------------------------------------------------------------------------------
    def _worth_a_look(self, token: str) -> bool:
        head = token[:_PREFIX_WIDTH].casefold()
        if token[0] in _OPENERS or head in self._heads:
            return True
        if not head.isascii() and fold(head)[:_PREFIX_WIDTH] in self._firsts:  # « Anaï » for « Anai »
            return True
        if not self._has_dates:
            return False
        letters = _LETTERS.match(token)  # « jan2017 », « dec1993 »: the month's letters alone
        return token[0].isdigit() or (letters is not None and letters.group(0).casefold() in _DATE_WORDS)

    def scan(self, text: str, start: int, stop: int) -> Iterator[Found]:
        """Replacements starting in ``[start, stop)``, left to right, never overlapping."""
        pos = start
        for m in _TOKEN.finditer(text, start, stop):
            if m.start() < pos or not self._worth_a_look(m.group(0)):
                continue
            found = self._at(text, m.start())
            if found is not None:
                yield found
                pos = found.end

    def hold_from(self, text: str, start: int) -> int:
        """The leftmost position from which a replacement could still run past the end of ``text``."""
        lower = max(start, len(text) - self._span)
        for m in _TOKEN.finditer(text, lower):
            if self._worth_a_look(m.group(0)) and self._live(text, m.start()):
                return m.start()
        return len(text)


def _restore_case(entry: Entry, matched: str) -> str:
    """The original, in the case the model gave the surrogate, word by word where the words line up.

    A match starts and ends on a letter or digit: punctuation the surrogate begins or ends with
    (« +33 … ») is still in the text around it, so the original's own is not repeated.
    """
    if matched == entry.replacement:
        return entry.original
    lead = len(entry.replacement) - len(entry.replacement.lstrip(_PUNCTUATION))
    trail = len(entry.replacement) - len(entry.replacement.rstrip(_PUNCTUATION))
    if lead or trail:
        inner = entry.replacement[lead : len(entry.replacement) - trail]
        core = (
            entry.original.strip(_PUNCTUATION)
            if (lead and trail)
            else (entry.original.lstrip(_PUNCTUATION) if lead else entry.original.rstrip(_PUNCTUATION))
        )
        entry = Entry(entry.label, core, inner, entry.kind)
        if matched == entry.replacement:
            return entry.original
    written, original = _WORD.findall(matched), _WORD.findall(entry.original)
    replaced = _WORD.findall(entry.replacement)
    if len(written) == len(original) == len(replaced):
        words = iter(
            o if w == r else apply_case(o, case_pattern(w))
            for w, o, r in zip(written, original, replaced, strict=True)
        )
        return _WORD.sub(lambda _: next(words), entry.original)
    return apply_case(entry.original, case_pattern(matched))


def _restore_date(mapping: Mapping, text: str) -> str | None:
    parsed = dates.parse(text)
    if parsed is None:
        return None
    entry = mapping.by_date_key(parsed.key)
    if entry is None:
        return None
    # Echoed as it was sent (perhaps with the sentence's full stop): the original exactly as written.
    for head, tail in ((text, ""), (text[:-1], ".")) if text.endswith(".") else ((text, ""),):
        echoed = mapping.by_replacement(head)
        if echoed is not None and echoed.kind == Kind.DATE and echoed.replacement == head:
            return echoed.original + tail
    original = dates.parse(entry.original)
    if original is None:
        return entry.original
    form = parsed.form
    # « 23 » says nothing about padding: take the original's widths where the answer's are ambiguous.
    if parsed.day is not None and parsed.day >= 10 and original.form.kind == form.kind:
        form = replace(form, day_width=original.form.day_width)
    if parsed.month is not None and parsed.month >= 10 and original.form.kind == form.kind:
        form = replace(form, month_width=original.form.month_width)
    if form.kind == "words" and original.form.kind == "words":
        if not form.ascii:  # « mars » does not say whether accents were used
            form = replace(form, ascii=original.form.ascii)
        if original.form.premier:  # « 12 mai » does not say whether the first is « 1er »
            form = replace(form, premier=True)
        if form.style_ambiguous:  # « mai » does not say whether months were abbreviated
            form = replace(form, month_style=original.form.month_style, dot=form.dot or original.form.dot)
    return dates.render(original.year, original.month, original.day, form)


def json_escape(text: str) -> str:
    """``text`` as it must appear inside a JSON string (quotes, backslashes, controls escaped)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def substitute(matcher: Matcher, text: str, json_string: bool = False) -> str:
    """Restore every replacement of the scope in ``text``."""
    if matcher.empty:
        return text
    out: list[str] = []
    last = 0
    for found in matcher.scan(text, 0, len(text)):
        out.append(text[last : found.start])
        out.append(json_escape(found.original) if json_string else found.original)
        last = found.end
    out.append(text[last:])
    return "".join(out)
