"""The first name's initial after a surname in a file's name joins it: « ETT_ARROSSAMENA_M_20261202.pdf »,
« CR_DUPONT_J.docx » (issue 8, probe18: an export names its file after the patient, the surname in
capitals, then the initial, then the date or the extension).

Underscores join the parts of a file's name, so the initial stands between two of them (or before the
extension's dot): one capital letter, an underscore before it, and after it an underscore then a digit
(the date, a number) or the dot of an extension. A name found anywhere in the text (by the rules or by
propagation) ends on the surname; the initial after it stayed in clear.

A compound given name goes by the initials of its parts, two or three capitals (« CORRE_JY.hpr » for
Jean-Yves, « LEDUC_MA_20261203.pdf » for Marie-Anne): read so when a name found in the text holds that
given name in full, hyphenated (two capitals alone are as often a document's kind: « DUPONT_CR.pdf »).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.tokens import Token

# After the initial: an underscore then a digit, or the dot of a document's or an image's extension.
_NUMBER_AFTER = re.compile(r"_[0-9]")
_EXTENSIONS = frozenset(
    {
        "pdf",
        "doc",
        "docx",
        "odt",
        "rtf",
        "txt",
        "jpg",
        "jpeg",
        "png",
        "tif",
        "tiff",
        "dcm",
        "hl7",
        "xml",
        "csv",
        # (an HPRIM file of lab results, an archive, a saved e-mail)
        "hpr",
        "hprim",
        "zip",
        "eml",
    }
)
_MAX_INITIALS = 3


def with_file_name_initials(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name in capitals ended on the initial that follows it in a file's name."""
    if not found or not any(t.shape in "IU" and t.gap_before == "_" for t in toks):
        return found  # the usual case: no initial after an underscore
    ends = [t.end for t in toks]
    compound: set[str] | None = None  # the initials of the hyphenated given names found, read once
    out = []
    for f in found:
        if f.label is Label.NOM:
            k = bisect_left(ends, f.end)
            if (
                k + 1 < len(toks)
                and toks[k].end == f.end
                and toks[k].shape == "U"
                and toks[k + 1].gap_before == "_"
                and _file_name_goes_on(toks, k + 1)
            ):
                after = toks[k + 1]
                if after.shape == "I":
                    f = f.shifted(f.start, after.end)
                elif after.shape == "U" and len(after.text) <= _MAX_INITIALS:
                    if compound is None:
                        compound = _compound_initials(toks, found, ends)
                    if after.text in compound:
                        f = f.shifted(f.start, after.end)
        out.append(f)
    return out


def _compound_initials(toks: list[Token], found: list[Finding], ends: list[int]) -> set[str]:
    """The initials of each hyphenated word of the names found (« Jean-Yves » → « JY »)."""
    initials = set()
    for f in found:
        if f.label is not Label.NOM:
            continue
        k = bisect_left(ends, f.start + 1)
        while k < len(toks) and toks[k].start < f.end:
            parts = [p for p in toks[k].text.split("-") if p]
            if 1 < len(parts) <= _MAX_INITIALS and all(p[0].isalpha() for p in parts):
                initials.add("".join(p[0] for p in parts).upper())
            k += 1
    return initials


def _file_name_goes_on(toks: list[Token], k: int) -> bool:
    """After the initial at token ``k``: an underscore then a number, or the dot of the extension."""
    gap = toks[k].gap_after
    if _NUMBER_AFTER.match(gap):
        return True
    return gap == "." and k + 1 < len(toks) and toks[k + 1].key in _EXTENSIONS
