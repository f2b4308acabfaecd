"""The date and the number of a legal text are nobody's: « la loi du 4 mars 2002 », « décret n°
2021-1234 du 12 octobre 2021 ».

A law, a decree, an order or a circular is named by the day it was signed, and often by a number
made of its year and a counter (« loi n° 2002-303 »). Summaries of patients' rights, consent forms
and protocols quote them; the date recognisers read the date as any other, and the fail-closed rule
on long numbers (:mod:`~egide.detect.recognisers.fr.unexplained`) reads the number as an identifier.

Dates are the core of de-identification, so the exemption is narrow: a date holding a year, right
after the name of a legal text and « du » (or « en date du »), with in between at most a
qualifier (« ministériel », « interministériel », « organique », « modifié », an issuer's acronym:
« circulaire DGS du … ») and the text's number (« n° 2021-1234 », « n° DGOS/R2/2019/123 »).

* « loi », « décret », « circulaire » always name a legal text;
* « arrêté » only when a minister signs it (« arrêté ministériel du », « arrêté interministériel
  n° … du »): a prefect's or a mayor's order is one patient's (« arrêté préfectoral n° 2025-0412 »,
  « la copie de l'arrêté du 11/03/2025 » of an admission under constraint), and « traitement arrêté
  du 3 mai 2025 » is a participle;
* « ordonnance », « instruction », « directive », « délibération » also name a patient's things
  (« l'ordonnance du 12 mars 2024 »: a prescription, « directive anticipée du … »): a legal text
  only with a number of a legal text's shape (« ordonnance n° 2020-232 du ») or a qualifier
  (« directive européenne du »).

:func:`drop_legal_dates` drops those dates from a reading's findings (after the names, before the
overlaps are resolved); :func:`legal_text_number` tells the fail-closed rule that « 2021-1234 »
after « décret n° » is the text's number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import search
from egide.detect.labels import Label
from egide.detect.needles import Needles

# Cheap pre-check: one of the heads, lower-cased (« arr » for « arrêté », « ordonnance »…).
_HEADS_LOWER = ("loi", "décret", "decret", "circulaire", "arrêté", "arrete", "ordonnance", "instruction",
                "directive", "délibération", "deliberation")  # fmt: skip
_HEADS_NEEDLES = Needles(_HEADS_LOWER)

_STRONG = r"(?i:lois?|d[ée]crets?|circulaires?)"
_WEAK = r"(?i:ordonnances?|instructions?|directives?|d[ée]lib[ée]rations?)"
# A prefect's or a mayor's order is one person's (« arrêté préfectoral n° 2025-0412 »: an admission
# under constraint, its date the patient's): an order is a legal text only when a minister signs it.
_ARRETE = r"(?i:arr[êe]t[ée]s?[ \t]+(?:interminist[ée]riel|minist[ée]riel)(?:le)?s?)"
# A qualifier between the head and « du »: an adjective of legal texts; after a strong head, an
# issuer's acronym too (« circulaire DGS/DH du »: after « ordonnance », « ALD » is a prescription's).
_ADJECTIVE = r"(?i:minist[ée]riel(?:le)?|interminist[ée]riel(?:le)?|organique|modifi[ée]e?|europ[ée]enne)"
_QUALIFIER = rf"(?:{_ADJECTIVE}|[A-Z]{{2,6}}(?:/[A-Z0-9]{{1,6}})*)"
_NO = r"(?:n[°º]|N[°º]|no\.?|num[ée]ro)[ \t]*"
# Any number after a strong head; after a weak one, the shape of a legal text's (« 2020-232 »,
# « DGOS/R2/2019/123 »), no prescription's or order's counter.
_ANY_NUMBER = rf"{_NO}[0-9A-Za-z][\w/.\-]*"
_LEGAL_NUMBER = rf"{_NO}(?:(?:19|20)[0-9]{{2}}-[0-9]{{1,5}}|[A-Z]{{2,}}(?:/[\w.\-]+)+)"
_DU = r"[ \t]+(?i:en[ \t]+date[ \t]+)?(?i:du)[ \t]+\Z"
_LEGAL_BEFORE = re.compile(
    rf"""
    (?<![^\W\d_])
    (?:
        (?:{_STRONG}|{_ARRETE}) (?:[ \t]+{_QUALIFIER}){{0,2}} (?:[ \t]+{_ANY_NUMBER})? {_DU}
      | {_WEAK} (?:[ \t]+{_ADJECTIVE}){{0,2}} [ \t]+{_LEGAL_NUMBER} {_DU}
      | {_WEAK} (?:[ \t]+{_ADJECTIVE}){{1,2}} {_DU}
    )
    """,
    re.VERBOSE,
)
_REACH = 80  # the head, two qualifiers, a number and « du » fit in it
_YEAR = re.compile(r"[0-9]{4}")

# A legal text's number: its year, a dash, a counter (« 2002-303 », « 2021-1234 »), after the head
# and « n° » (with at most a qualifier between).
_NUMBER_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{_STRONG}|{_WEAK}|{_ARRETE})(?:[ \t]+{_ADJECTIVE}){{0,2}}[ \t]+{_NO}\Z"
)
_NUMBER_SHAPE = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{1,5}")


def legal_text_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the number of a legal text (« décret n° 2021-1234 »)."""
    return (
        _NUMBER_SHAPE.fullmatch(text, start, end) is not None
        and _NUMBER_BEFORE.search(text, max(0, start - 50), start) is not None
    )


def _after_du(text: str, start: int) -> bool:
    """« du » (in any case) and blanks end the text before ``start``, as every match of
    ``_LEGAL_BEFORE`` ends (:data:`_DU`): where they do not, it need not be looked for. (« loi » is in
    « emploi », and most prompts name one: every date of them was searched for a legal text.)"""
    end = start
    while end and text[end - 1] in " \t":
        end -= 1
    return end < start and end >= 2 and text[end - 2 : end].lower() == "du"


def _legal_date(text: str, f: Finding) -> bool:
    """The date ``f`` holds a year and follows a legal text's name and « du »."""
    if not _after_du(text, f.start) or _YEAR.search(text, f.start, f.end) is None:
        return False
    low = max(0, f.start - _REACH, text.rfind("\n", 0, f.start) + 1)
    # (tried only where a legal text's name can begin: the pattern opens on a look-behind)
    return search(_LEGAL_BEFORE, text, low, f.start) is not None


def drop_legal_dates(doc: Document, found: Sequence[Finding]) -> list[Finding]:
    """``found`` without the dates of legal texts, and without any other date read inside them."""
    dates = [f for f in found if f.label == Label.DATE]
    if not dates:
        return list(found)
    lowered = doc.lower  # (cached on the document, shared with the recognisers)
    if not _HEADS_NEEDLES.found_in(lowered):
        return list(found)  # the usual case: no legal text named
    spans = [(f.start, f.end) for f in dates if _legal_date(doc.text, f)]
    if not spans:
        return list(found)
    return [
        f for f in found if not (f.label == Label.DATE and any(s <= f.start and f.end <= e for s, e in spans))
    ]
