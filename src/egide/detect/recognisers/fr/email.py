"""E-mail addresses, MSSanté (« …@…mssante.fr ») included.

Written « jean.dupont@chu-exemple.fr », with spaces around « @ » or as « [at] »/« (at) » to dodge
filters. The look-behind keeps the scan linear on long runs without « @ ».
"""

from __future__ import annotations

import re

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
    )
