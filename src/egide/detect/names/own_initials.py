"""Initials that sign a letter or a form with the initials of a person the text names in full: « TLN »
after a header « Dr Nguyen Thi Lan », « J.-B. O. » under a letter headed « Dr Jean-Baptiste ORSINI »
(issue 8, the twentieth batch: a writer signs a letter with their initials, or a secretary types them).

Initials alone say nothing a reader could not take for an acronym (« CHU », « IRM ») or an outline (« I. A. »);
they identify when the letters are those of a name the same text holds. Two shapes are read, each where
a signature stands, at the end of a line, opening it or after a sentence's end or a colon:

- one word in capitals of three or four letters after a line's start, a sentence's end, a dash or a
  closing formula (« TLN », « Amitiés, TLN »), no
  clinical acronym (« AVC »), or of two letters alone on the text's last line (« JD »);
- two initials or more, each with its dot (« J.-B. O. », « M. D. »).

The letters must spell a name found in the text, a name of two words at least: in its order, or with
its first words moved to the end (a header writes the surname first, initials give it last: « Nguyen
Thi Lan » → « TLN », « Le Goff Anne-Sophie » → « ASLG »). A hyphenated word gives one letter per part
(« Jean-Baptiste » → « J.-B. »); particles in lower case give none (« Van » of « Tran Van Minh » does).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names import cues
from egide.detect.names.medical_words import MEDICAL_WORDS, ORGANISATION_ACRONYMS
from egide.detect.names.message_signatures import CLOSINGS
from egide.detect.names.tokens import Token

SCORE = 0.85
_MIN_CAPITALS = 3
_MAX_CAPITALS = 4
_MIN_CAPITALS_ALONE = 2
_MAX_DOTTED = 4
# What may stand between two initials of a signature: their dots, a hyphen (« J.-B. »), a space.
_DOTTED_GAPS = frozenset({".", ". ", ".-", ". -"})


def with_own_initials(text: str, toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with the initials that spell one of its names, where a signature stands."""
    if len(toks) < 2 or not any(f.label is Label.NOM and " " in text[f.start : f.end] for f in found):
        return found  # the usual case: no name of two words, no initials to read against it
    candidates = _signature_initials(text, toks)
    if not candidates:
        return found
    spelt = _spelt_names(text, toks, found)
    added = []
    for first, last in candidates:
        if "".join(toks[k].text for k in range(first, last)).upper() in spelt:
            end = toks[last - 1].end + toks[last - 1].gap_after.startswith(".")
            added.append(Finding(toks[first].start, end, Label.NOM, SCORE, "own_initials"))
    if not added:
        return found
    # (initials another finding holds already are left to it: one sort, then one look-up each)
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    kept = [f for f in added if (i := bisect_right(starts, f.start) - 1) < 0 or reach[i] < f.end]
    return [*found, *kept] if kept else found


def _signature_initials(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The token ranges, at each line's end, shaped as a signature's initials."""
    ends = [t.end for t in toks]
    found: list[tuple[int, int]] = []
    line_end = text.find("\n")
    while True:
        stop = len(text) if line_end < 0 else line_end
        k = bisect_right(ends, stop) - 1  # the last word of the line
        if k >= 0 and toks[k].start < stop and _ends_line(toks[k]):
            span = _initials_ending_at(toks, k)
            if span is not None:
                found.append(span)
        if line_end < 0:
            return found
        line_end = text.find("\n", line_end + 1)


def _ends_line(t: Token) -> bool:
    """Nothing but a dot or spaces after ``t`` on its line."""
    rest = t.gap_after.lstrip(". \t")
    return rest == "" or rest[0] in "\r\n"


def _opens(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens its line, a sentence or a field's value (« Signature : »)."""
    return k == 0 or toks[k].sentence_start or "\n" in toks[k].gap_before


def _initials_ending_at(toks: list[Token], k: int) -> tuple[int, int] | None:
    t = toks[k]
    if t.shape == "U" and t.text.isalpha():
        if t.key in MEDICAL_WORDS or t.key in ORGANISATION_ACRONYMS:
            return None  # « Conclusion. AVC », « … UDAF »: a clinical or a care team's acronym
        # after a line's start, a sentence's end, a dash or a closing formula (« Amitiés, TLN »); not
        # after a colon, where a field's value stands
        opens = (
            k == 0
            or "\n" in t.gap_before
            or any(c in ".!?—–" for c in t.gap_before)
            or (toks[k - 1].key in CLOSINGS and t.gap_before.strip() in {"", ","})
        )
        if (_MIN_CAPITALS <= len(t.text) <= _MAX_CAPITALS and opens) or (
            len(t.text) == _MIN_CAPITALS_ALONE and "\n" in t.gap_before and k == len(toks) - 1
        ):
            return k, k + 1  # (two capitals only alone on the text's last line: « CH », « MD »)
        return None
    if t.shape != "I" or not t.gap_after.startswith("."):
        return None
    first = k
    while (
        first > 0
        and k - first + 1 < _MAX_DOTTED
        and toks[first - 1].shape == "I"
        and toks[first].gap_before in _DOTTED_GAPS
    ):
        first -= 1
    if first == k or not _opens(toks, first):
        return None
    return first, k + 1


def _spelt_names(text: str, toks: list[Token], found: list[Finding]) -> set[str]:
    """The initials of the names of two words or more in ``found`` (names side by side read as one)."""
    spelt: set[str] = set()
    names = sorted((f.start, f.end) for f in found if f.label is Label.NOM)
    merged: list[list[int]] = []
    for start, end in names:
        # overlapping, or side by side on a line (« Nguyen » and « Thi Lan » found apart)
        if merged and (start < merged[-1][1] or text[merged[-1][1] : start].strip(" ") == ""):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [t.start for t in toks]
    for start, end in merged:
        k = bisect_right(starts, start - 1)
        letters: list[str] = []
        while k < len(toks) and toks[k].end <= end:
            t = toks[k]
            k += 1
            if t.shape == "I" or (t.shape == "L" and t.key in cues.PARTICLES) or t.key in cues.TITLES:
                continue
            letters.extend(part[0].upper() for part in t.text.split("-") if part)
        if len(letters) >= _MIN_CAPITALS_ALONE:
            # each cut between the surname and the given name: « Le Goff Anne-Sophie » → « ASLG »
            spelt.update("".join(letters[i:] + letters[:i]) for i in range(len(letters)))
    return spelt
