"""E-mail addresses, MSSanté (« …@…mssante.fr ») included.

Written « jean.dupont@chu-exemple.fr », with spaces around « @ » or as « [at] »/« (at) » to dodge
filters. The look-behind keeps the scan linear on long runs without « @ ».
"""

from __future__ import annotations

import re
import string

from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser

_LOCAL = r"[A-Za-z0-9._%+\-'àâçéèêëîïôûùüÿ]+"
# Labels separated by dots: each repetition starts with a dot, so the regex cannot backtrack
# quadratically; the top-level domain is checked afterwards.
# A dot may be written « (dot) », « [point] » to dodge filters, or typed with a space after it before a
# usual top-level domain (« @gmail. com »).
_DOT = r"(?:\.|\s?[\[(](?i:dot|point)[\])]\s?|\.\s(?=(?:com|fr|net|org|eu|be|ch|lu|de|es|it|uk|info)(?![A-Za-z0-9\-])))"
_DOMAIN = rf"[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)+"
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-'àâçéèêëîïôûùüÿ])"
    + _LOCAL
    + r"(?:@|\s?[\[(](?i:at|arobase)[\])]\s?|\s@\s)"
    + _DOMAIN
    + r"(?![A-Za-z0-9\-])"
)


# Where the part before « @ » ends: a separator (the « \\s? » or « \\s » before it is read below).
# (« [@\[(] » first: ``re`` skips ahead to a leading class, and tries a leading alternation at every
# character; « (?<=@) » is the « @ » alone, a bracket goes on with « at »: the matches of
# « @|[\[(](?i:at|arobase)[\])] »)
_SEPARATOR = re.compile(r"[@\[(](?:(?<=@)|(?i:at|arobase)[\])])")
_LOCAL_CHARS = frozenset(string.ascii_letters + string.digits + "._%+-'àâçéèêëîïôûùüÿ")


def _email_starts(text: str) -> list[int]:
    """Every place where an address can start, in order: the start of the run of characters of its
    first part (``_LOCAL``) that ends at a separator, or one white space before it.

    ``_EMAIL`` opens on a look-behind, so ``re`` would try it at every character; an address holds
    a separator, which ``re`` finds fast, and its first part, which the look-behind makes start where
    its run starts, must run up to it: the pattern need be tried at those starts only.
    """
    starts = set()
    for separator in _SEPARATOR.finditer(text):
        end = separator.start()
        if end and text[end - 1].isspace():
            end -= 1  # « jean.dupont @ exemple.fr », « jean.dupont [at] exemple.fr »
        start = end
        while start and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        if start < end:
            starts.add(start)
    return sorted(starts)


_LAST_DOT = re.compile(r"(?:\.\s?|[\[(](?i:dot|point)[\])]\s?)(?=[A-Za-z0-9\-]+$)")


def score_email(value: str, score: float) -> float | None:
    tld = _LAST_DOT.split(value)[-1]
    if not (2 <= len(tld) <= 24 and tld.isalpha()):
        return None
    return score


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.email",
        label=Label.EMAIL,
        patterns=[Pattern("email", _EMAIL, 0.95)],
        validate=score_email,
        needles=("@", "[at]", "(at)", "arobase"),
        match_starts=_email_starts,
    )
