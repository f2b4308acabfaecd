"""Restoration: find the replacements of a scope in later text (an LLM's answer) and put the originals back.

Models do not copy replacements faithfully, so each kind is recognised loosely:

- placeholders by label and number, in any case, with or without their brackets, with spaces,
  other brackets or escapes around them: « <NOM_1> », « <nom_1> », « NOM_1 », « < NOM_1 > »,
  « [NOM_1] », « {NOM-1} », « &lt;NOM_1&gt; », « \\<NOM\\_1\\> », « \\u003cNOM_1\\u003e », « NOM 1 »
  (this last one in capitals only: « nom 1 » is too often plain French);
- surrogates by their letters in any case, separators loosened (« MARTIN », « Martin », « martin »,
  « Martin's »), restored in the case the model used;
- shifted dates by their value, in any written form the date parser reads, restored in that form.

Markdown and punctuation around a replacement stay where the model put them (« **<NOM_1>** » →
« **Jean DUPONT** »). Everything the matcher does not recognise is left as it is.

The pattern obeys two rules that make stream restoration exact (see :mod:`stream`): lookarounds
look at most one character past a match, and every quantifier is bounded.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import regex

from egide.transform import dates
from egide.transform.mapping import Entry, Kind, Mapping
from egide.transform.surrogates.names import apply_case, case_pattern

_OPEN = r"(?:<|\[|\{|\(|&lt;|\\<|\\\[|\\u003[cC]|‹|«)"
_CLOSE = r"(?:>|\]|\}|\)|&gt;|\\>|\\\]|\\u003[eE]|›|»)"
_SEP = r"(?:_|\\_|-)"
_WORD_BEFORE = r"(?<![\p{L}\p{N}_])"
_WORD_AFTER = r"(?![\p{L}\p{N}])"


def _label_pattern(label: str, separator: str) -> str:
    return separator.join(regex.escape(part) for part in label.split("_"))


def _literal_pattern(replacement: str) -> str:
    """A surrogate's letters, with its separators loosened (« Jean-Paul » also as « Jean Paul »)."""
    out: list[str] = []
    i = 0
    while i < len(replacement):
        ch = replacement[i]
        if ch.isalnum():
            out.append(regex.escape(ch))
            i += 1
            continue
        j = i
        while j < len(replacement) and not replacement[j].isalnum():
            j += 1
        run = replacement[i:j]
        between_digits = (
            i > 0 and replacement[i - 1].isdigit() and j < len(replacement) and replacement[j].isdigit()
        )
        if all(c in " \t\n\u00a0\u202f-./" for c in run):
            if between_digits:  # « 06 09 23 96 11 » also as « 0609239611 » or « 06.09.23.96.11 »
                out.append(r"[\s\-./]{0,3}")
            else:
                out.append(r"[\s\-./]{1,3}" if run.strip(" \t\n\u00a0\u202f") else r"\s{1,3}")
        else:
            out.append("".join(r"['’]" if c in "'’" else regex.escape(c) for c in run))
        i = j
    return "".join(out)


class Matcher:
    """The compiled pattern of one version of a mapping, and what each match restores to."""

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.version = mapping.version
        alternatives: list[str] = []
        placeholder_labels: set[str] = set()
        literals: list[str] = []
        date_keys: set[str] = set()
        for entry in mapping.entries():
            if entry.kind == Kind.PLACEHOLDER:
                placeholder_labels.add(entry.label)
            elif entry.kind in (Kind.SURROGATE, Kind.PART):
                literals.append(entry.replacement)
            elif entry.kind == Kind.DATE:
                date_keys.add(entry.date_key)
        if placeholder_labels:
            labels = sorted(placeholder_labels, key=len, reverse=True)
            loose = "|".join(_label_pattern(lab, r"(?:_|\\_|-|\s)?") for lab in labels)
            strict = "|".join(_label_pattern(lab, r"(?:_|\\_|-)") for lab in labels)
            caps = "|".join(_label_pattern(lab, r"(?:_|\\_|-|\s)") for lab in labels)
            alternatives.append(
                # bracketed: any case, any separator, spaces inside the brackets
                rf"(?P<ph_open>{_OPEN}\s{{0,2}}(?P<ph_l1>(?i:{loose})){_SEP}?\s{{0,2}}(?P<ph_n1>\d{{1,6}})(?!\d)"
                rf"(?:\s{{0,2}}{_CLOSE})?)"
                # bare with an underscore or hyphen: any case
                rf"|(?P<ph_bare>{_WORD_BEFORE}(?P<ph_l2>(?i:{strict})){_SEP}(?P<ph_n2>\d{{1,6}})(?!\d)(?:{_CLOSE})?)"
                # bare with a space: capitals only (« NOM 1 »)
                rf"|(?P<ph_caps>{_WORD_BEFORE}(?P<ph_l3>{caps})\s(?P<ph_n3>\d{{1,6}})(?![\d\p{{L}}]))"
            )
        if date_keys:
            # Full dates first, then month and year, day and month, years alone: longest forms first.
            ordered = sorted(date_keys, key=lambda k: (k.count("-"), k))
            body = "|".join(p for k in ordered for p in dates.value_patterns(k))
            alternatives.append(rf"(?P<date>{_WORD_BEFORE}(?i:{body}){_WORD_AFTER})")
        if literals:
            unique = sorted(set(literals), key=lambda s: (-len(s), s))
            body = "|".join(_literal_pattern(s) for s in unique)
            alternatives.append(rf"(?P<lit>{_WORD_BEFORE}(?i:{body}){_WORD_AFTER})")
        self.empty = not alternatives
        pattern = "|".join(alternatives) if alternatives else r"(?!)"
        self.pattern = regex.compile(pattern)
        # Used by streams: the leftmost position where a match could still run to or past the end of
        # the text. « \Z[\s\S] » can never match, so every match reaching the end is reported as
        # partial (the regex module prefers a complete match anywhere to an earlier partial one).
        self.live = regex.compile(rf"(?:{pattern})\Z[\s\S]")

    def replacement(self, m: regex.Match[str]) -> str | None:
        """The original for a match, or None when the match is not a replacement of this scope."""
        groups = m.groupdict()
        if groups.get("ph_open") or groups.get("ph_bare") or groups.get("ph_caps"):
            label = groups.get("ph_l1") or groups.get("ph_l2") or groups.get("ph_l3") or ""
            number = groups.get("ph_n1") or groups.get("ph_n2") or groups.get("ph_n3") or ""
            label = regex.sub(r"(?:\\_|[_\-\s])+", "_", label.upper())
            entry = self.mapping.by_replacement(f"<{label}_{int(number)}>")
            return entry.original if entry is not None else None
        if groups.get("date"):
            return _restore_date(self.mapping, m.group(0))
        if groups.get("lit"):
            text = m.group(0)
            entry = self._literal_entry(text)
            if entry is None:
                return None
            if text == entry.replacement:
                return entry.original
            return apply_case(entry.original, case_pattern(text))
        return None

    def _literal_entry(self, text: str) -> Entry | None:
        entry = self.mapping.by_replacement(text)
        if entry is None:
            # The separators were loosened: compare letters and digits only.
            squeezed = "".join(ch for ch in text if ch.isalnum()).casefold()
            for candidate in self.mapping.entries():
                if candidate.kind in (Kind.SURROGATE, Kind.PART) and (
                    "".join(ch for ch in candidate.replacement if ch.isalnum()).casefold() == squeezed
                ):
                    return candidate
        return entry


def _restore_date(mapping: Mapping, text: str) -> str | None:
    parsed = dates.parse(text)
    if parsed is None:
        return None
    entry = mapping.by_date_key(parsed.key)
    if entry is None:
        return None
    original = dates.parse(entry.original)
    if original is None:
        return entry.original
    form = parsed.form
    # « 23 » says nothing about padding: take the original's widths where the answer's are ambiguous.
    if parsed.day is not None and parsed.day >= 10 and original.form.kind == form.kind:
        form = replace(form, day_width=original.form.day_width)
    if parsed.month is not None and parsed.month >= 10 and original.form.kind == form.kind:
        form = replace(form, month_width=original.form.month_width)
    return dates.render(original.year, original.month, original.day, form)


def json_escape(text: str) -> str:
    """``text`` as it must appear inside a JSON string (quotes, backslashes, controls escaped)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def substitute(
    matcher: Matcher, text: str, json_string: bool = False, pos: int = 0, endpos: int | None = None
) -> str:
    """Restore every replacement in ``text[pos:endpos]`` (lookbehinds may see before ``pos``)."""
    end = len(text) if endpos is None else endpos
    if matcher.empty:
        return text[pos:end]
    escape: Callable[[str], str] = json_escape if json_string else (lambda s: s)
    out: list[str] = []
    last = pos
    for m in matcher.pattern.finditer(text, pos, end):
        original = matcher.replacement(m)
        if original is None:
            continue
        out.append(text[last : m.start()])
        out.append(escape(original))
        last = m.end()
    out.append(text[last:end])
    return "".join(out)
