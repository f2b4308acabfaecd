"""Characters: invisible ones deleted, lookalikes folded, combining marks composed or dropped.

Deleted: every Unicode default-ignorable and format code point — zero-width spaces and joiners, word
joiner, BOM, soft hyphen, bidi marks, embeddings, overrides and isolates, invisible operators,
variation selectors, Hangul fillers, the combining grapheme joiner, interlinear annotation marks.
None of them shows, so a name or a number cut by them reads whole once they are gone.

Tag characters (U+E0020–U+E007E) are invisible too, but they spell ASCII that a model can read
(« ASCII smuggling »): they are read as the ASCII characters they stand for, so that a name hidden
in them is found and masked like a visible one.

Folded one for one: non-breaking, narrow and other Unicode spaces, full-width and other decimal
digits, mathematical, circled and dingbat letters and digits (« 𝐃𝐔𝐏𝐎𝐍𝐓 », « ⓪⑥ »), Cyrillic
and Greek capitals that look Latin, Unicode dashes and quotes.

Combining marks (U+0300–U+036F and the supplements) are composed with the letter before them when
Unicode has that letter precomposed (« e » + U+0301 → « é », text from a Mac keeps its accents),
and dropped otherwise: on a digit, on a letter with no such composition (« D » + U+0332 underline),
or stacked to disguise (« é » + U+0332 → « é »).
"""

from __future__ import annotations

import re
import unicodedata

from egide.detect.normalise.mapping import Draft, Edit

# Deleted outright: default-ignorable code points and format characters (Unicode category Cf).
# Kept in two classes, the Basic Multilingual Plane and beyond: a class of BMP characters only
# compiles to a bitmap (one lookup per character), a class that mixes in higher planes to a list of
# ranges tried one by one, four times slower on every prompt.
_DELETED_BMP = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2"
)
_DELETED_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e001f\U000e007f-\U000e0fff"
)
_DELETED_CLASS = "[" + _DELETED_BMP + _DELETED_ASTRAL + "]"
# Combining marks, the grapheme joiner U+034F excepted (it is deleted above).
_MARKS = "\u0300-\u034e\u0350-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKS_CLASS = "[" + _MARKS + "]"

# One-to-one replacements (same length, so offsets are unchanged).
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\u000b\u000c"
_HOMOGLYPHS = {
    # Cyrillic lookalikes
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek capitals that look Latin (lower-case Greek is left alone: µ, α, β occur in medicine)
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Dashes and quotes to ASCII
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'",
    # Lookalike digits and letters
    "\u2024": ".", "\uff0e": ".",
}  # fmt: skip

TABLE: dict[int, int] = {ord(c): ord(" ") for c in _SPACES}
TABLE.update({ord(k): ord(v) for k, v in _HOMOGLYPHS.items()})
# Full-width ASCII (U+FF01..U+FF5E) to ASCII, and other Unicode decimal digits to ASCII digits.
TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
for _zero in (0x0660, 0x06F0, 0x0966, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6):
    TABLE.update({_zero + i: ord("0") + i for i in range(10)})
# Styled letters and digits that look like ordinary ones: mathematical bold, italic, script,
# double-struck, sans-serif and monospace (« 𝐃𝐔𝐏𝐎𝐍𝐓 »), circled (« Ⓓⓤⓟⓞⓝⓣ », « ⓪ ① … ⑨ »)
# and the dingbat digits. Unicode's compatibility form says which ordinary character each one is.
for _cp in [*range(0x1D400, 0x1D7CE), *range(0x24B6, 0x24EA), 0x24EA, *range(0x2460, 0x2469),
            *range(0x2776, 0x277F), *range(0x2780, 0x2789), *range(0x278A, 0x2793)]:  # fmt: skip
    _plain = unicodedata.normalize("NFKC", chr(_cp))
    if _cp in range(0x2776, 0x2793):  # dingbat digits have no compatibility form
        _plain = str((_cp - 0x2776) % 10 + 1)
    if len(_plain) == 1 and _plain.isascii() and _plain.isalnum():
        TABLE[_cp] = ord(_plain)
# Tag characters spell printable ASCII.
TABLE.update({cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)})

# Exactly the characters of the table, in two classes like the deleted ones.
_FOLDED_BMP = re.escape("".join(chr(cp) for cp in sorted(TABLE) if cp < 0x10000))
_FOLDED_ASTRAL = re.escape("".join(chr(cp) for cp in sorted(TABLE) if cp >= 0x10000))
# Every character this pass changes: the prefilter of the pass.
_NEEDS_WORK = re.compile("[" + _FOLDED_BMP + _DELETED_BMP + _MARKS + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NEEDS_WORK_ASTRAL = re.compile("[" + _FOLDED_ASTRAL + _DELETED_ASTRAL + "]")
_REMOVED = re.compile("(" + _DELETED_CLASS + ")|" + _MARKS_CLASS + "+")
_MARK = re.compile(_MARKS_CLASS)


def is_deleted(char: str) -> bool:
    """True for a character this pass deletes whatever surrounds it (not a combining mark)."""
    return re.fullmatch(_DELETED_CLASS, char) is not None


def fold_characters(draft: Draft) -> None:
    """Fold lookalikes, delete invisible characters and compose or drop combining marks."""
    text = draft.text
    present = set(_NEEDS_WORK.findall(text))
    if _ASTRAL.search(text) is not None:
        present.update(_NEEDS_WORK_ASTRAL.findall(text))
    if not present:
        return
    # French text often has a few distinct such characters (« – », « ’ », the no-break space before
    # « : »), each many times. ``str.translate`` looks every character of the text up in the table;
    # replacing each character present, once, gives the same text ten times faster. No
    # replacement is itself in the table, so the order of the replacements does not matter.
    folded = text
    removed = False
    for char in present:
        replacement = TABLE.get(ord(char))
        if replacement is not None:
            folded = folded.replace(char, chr(replacement))
        else:
            removed = True
    draft.same_length(folded)
    if removed:
        draft.apply(_removals(folded))


def _removals(text: str) -> list[Edit]:
    edits: list[Edit] = []
    last_end = 0  # end of the previous edit: a mark after a deleted character has no letter to join
    for match in _REMOVED.finditer(text):
        start, end = match.span()
        if match.group(1) is not None:
            edits.append((start, end, ""))
        elif start > last_end and text[start - 1].isalnum():
            base = text[start - 1]
            composed = "" if base.isdigit() else unicodedata.normalize("NFC", text[start - 1 : end])
            # Marks with no precomposed letter are dropped; the base keeps them in its group so
            # that a finding ending on it covers them too.
            edits.append((start - 1, end, _MARK.sub("", composed) or base))
        else:
            edits.append((start, end, ""))
        last_end = end
    return edits
