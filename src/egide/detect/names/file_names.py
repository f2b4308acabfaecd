"""The first name's initial after a surname in a file's name joins it: « ETT_ARROSSAMENA_M_20261202.pdf »,
« CR_DUPONT_J.docx » (issue 8, probe18: an export names its file after the patient, the surname in
capitals, then the initial, then the date or the extension).

Underscores join the parts of a file's name, so the initial stands between two of them (or before the
extension's dot): one capital letter, an underscore before it, and after it an underscore then a digit
(the date, a number) or the dot of an extension. A name found anywhere in the text (by the rules or by
propagation) ends on the surname; the initial after it stayed in clear.
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
    }
)


def with_file_name_initials(toks: list[Token], found: list[Finding]) -> list[Finding]:
    """``found`` with each name in capitals ended on the initial that follows it in a file's name."""
    if not found or not any(t.shape == "I" and t.gap_before == "_" for t in toks):
        return found  # the usual case: no initial after an underscore
    ends = [t.end for t in toks]
    out = []
    for f in found:
        if f.label is Label.NOM:
            k = bisect_left(ends, f.end)
            if (
                k + 1 < len(toks)
                and toks[k].end == f.end
                and toks[k].shape == "U"
                and toks[k + 1].gap_before == "_"
                and toks[k + 1].shape == "I"
                and _file_name_goes_on(toks, k + 1)
            ):
                f = f.shifted(f.start, toks[k + 1].end)
        out.append(f)
    return out


def _file_name_goes_on(toks: list[Token], k: int) -> bool:
    """After the initial at token ``k``: an underscore then a number, or the dot of the extension."""
    gap = toks[k].gap_after
    if _NUMBER_AFTER.match(gap):
        return True
    return gap == "." and k + 1 < len(toks) and toks[k + 1].key in _EXTENSIONS
