"""A number given with its issuer's letters: « n° adhérent : HM 7730 2291 », « Mutuelle : GAN 6603 5172 48 »,
« contrat n° AB 123 456 78 », « N° AME : A75 26 114 0982 ».

An insurer, a fund or a registry numbers what it issues with its own code of capitals, a space, then
digits, often in groups. Left readable, the code says whose number it is. This module is the one reading
of the family « a cue, the issuer's code, the number »; the cue says how long a code it vouches for:

* « n° » (« nº », « no. », « no », « numéro »), perhaps with what the number is (« n° d'adhérent : »,
  « n° contrat »): one to three capitals (« n° HM »); a longer run of capitals after « n° » is as often
  a word;
* the same sign with a member's or an insurer's word on its line before the number (« mutuelle »,
  « adhérent », « complémentaire », « assuré », « contrat », « prévoyance », « AME »): up to five, an
  insurer's acronym (« MGEN », « MACIF »);
* the insurer's field itself (« Mutuelle : », « Complémentaire santé : », « N° AME : », « n° adhérent »):
  an insurer's whole name in capitals (« PREVIFRANCE »), or a letter glued to a few digits (« A75 »).

The capitals are never the kind of number the sign names (« n° IPP 8001… », « n° SS … »).

Two readers use these predicates. :class:`IssuerNumberRecogniser` reads the digit groups itself where the
cue vouches for the whole: a member's sign and word, then two to four groups (the reading of reference
numbers, ``numbered.py``, takes letters glued to the digits only, and the long runs', ``unexplained.py``,
the digits without their letters and too weakly); or the insurer's field, then two to four groups and seven
digits or more (« Mutuelle : MGEN 2 ans » is no number). :func:`code_before` serves the long runs'
reading, which reads a number no other reading explains: where the issuer's code before it opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer, search
from egide.detect.labels import Label
from egide.detect.needles import Needles

SCORE = 0.8

# The sign that a number follows: « n° », « nº », « no. », « numéro »; « no » without its dot where no
# letter follows it (« nom », « nombre » are words).
_SIGN = r"(?:(?i:n[°º]|num[ée]ro|no\.)|[nN]o(?![^\W\d_]))"
# What the number is, said after the sign: « n° d'adhérent », « n° assuré », « n° contrat ».
_MEMBER_KIND = r"(?i:d['’][ \t]*adh[ée]rent|adh[ée]rent|assur[ée]e?|contrat)"
_SIGNED_CUE = rf"(?<![^\W\d_]){_SIGN}[ \t]*{_MEMBER_KIND}?[ \t]*:?[ \t]*"
# The insurer's field as the label itself: « Mutuelle : », « Complémentaire santé : », « N° AME : »,
# « n° adhérent », « n° d'adhérent : ».
_FIELD_CUE = (
    r"(?<![^\W\d_])(?:(?i:mutuelle|compl[ée]mentaire(?:[ \t]+sant[ée])?)[ \t]*:"
    rf"|{_SIGN}[ \t]*(?:AME[ \t]*:|(?i:d['’][ \t]*)?(?i:adh[ée]rent)[ \t]*:?))[ \t]*"
)
# A member's or an insurer's word on the line before a signed number.
_MEMBER_WORD = re.compile(
    r"(?i:mutuelle|adh[ée]rent|compl[ée]mentaire|assur[ée]|contrat|pr[ée]voyance)|AME\b"
)
_MEMBER_WORD_BACK = 80  # how far back on its line the member's word is looked for
# A group of digits after the code, and the end of the number: no word, path or decimal goes on.
_GROUP = r"[0-9]{2,5}"
_END = r"(?![\w/]|[.,][0-9])"

# The issuer's code: capitals after a sign (an acronym of five at most, three where no member's word
# vouches for it), an insurer's whole name after its field, or a letter glued to its first digits.
_ACRONYM = r"[A-Z]{1,5}"
_SIGNED_CODE = 3
_NAME = r"[A-Z]{2,12}"
_GLUED = r"[A-Z][0-9]{1,3}"
# The labels that name the number's kind (« n° IPP 8001… », « Mutuelle n° RPPS … »): words of the text, no
# issuer's code. (The longer ones matter where a member's word or the field vouches for a longer code.)
_KIND_LABELS = frozenset(
    {"IPP", "NDA", "NIR", "INS", "SS", "SIR", "DOS", "RPP", "TEL", "FAX", "CB", "ID"}
    | {"RPPS", "ADELI", "SIRET", "SIREN", "INSEE", "FINESS"}
)

# The sign (a member's word on its line), then the code and its groups: « n° adhérent : AB 4471 2290 ».
_SIGNED_NUMBER = re.compile(
    _SIGNED_CUE + rf"(?P<value>(?P<code>{_ACRONYM})[ \t][0-9]{{3,5}}(?:[ \t]{_GROUP}){{1,3}}){_END}"
)
# The insurer's field, then a whole name in capitals or a letter glued to its first digits, then groups.
_FIELD_NUMBER = re.compile(
    _FIELD_CUE + rf"(?P<value>(?P<code>{_NAME}|{_GLUED})(?:[ \t]{_GROUP}){{2,4}}){_END}"
)
_MIN_FIELD_DIGITS = 7
# The cue and the code right before a number that another reading reads (one space, then the number).
_CODE_BEFORE = re.compile(rf"(?:{_FIELD_CUE}(?P<named>{_NAME})|{_SIGNED_CUE}(?P<code>{_ACRONYM}))[ \t]\Z")
_CODE_BACK = 48  # how far back from the number its cue may begin

# What each of the recogniser's readings needs, looked for before it scans the text (lower case, as
# ``Document.holds`` looks; « AME » in capitals, as a word): the sign, and a member's word for the signed
# reading; the insurer's field word, or the sign and « adhérent » or « AME », for the field's.
_SIGNS = Needles(("n°", "nº", "uméro", "umero", "no.", "no ", "no\t", "no:"))
_FIELD_WORDS = Needles(("mutuelle", "complémentaire", "complementaire"))
_ADHERENT = Needles(("adhérent", "adherent"))
_MEMBER_WORDS = Needles(("mutuelle", "complémentaire", "complementaire", "adhérent", "adherent", "assuré", "assure",
                         "contrat", "prévoyance", "prevoyance"))  # fmt: skip
_AME = re.compile(r"AME\b")


def _may_sign(doc: Document) -> bool:
    return doc.holds(_SIGNS) and (doc.holds(_MEMBER_WORDS) or _AME.search(doc.text) is not None)


def _may_field(doc: Document) -> bool:
    return doc.holds(_FIELD_WORDS) or (
        doc.holds(_SIGNS) and (doc.holds(_ADHERENT) or _AME.search(doc.text) is not None)
    )


def _issuer_code(code: str) -> bool:
    return code not in _KIND_LABELS


def _member_word_before(text: str, cue: int, value: int) -> bool:
    """A member's or an insurer's word between the line's start (or a few words before the cue) and the
    value: the cue's own words count (« n° adhérent »)."""
    line_start = text.rfind("\n", 0, cue) + 1
    return _MEMBER_WORD.search(text, max(line_start, cue - _MEMBER_WORD_BACK), value) is not None


def code_before(text: str, start: int) -> int:
    """Where the issuer's code before the number at ``start`` opens, or ``start`` without one: « n° HM »,
    « Mutuelle n° MGEN », « Mutuelle : HARMONIE » and one space before it."""
    # (asked of every long number: most have no capital and a space before them, and end here)
    if start < 2 or text[start - 1] not in " \t" or not "A" <= text[start - 2] <= "Z":
        return start
    m = search(_CODE_BEFORE, text, max(0, start - _CODE_BACK), start)
    if m is None:
        return start
    named = m["named"]
    if named is not None:
        return m.start("named") if _issuer_code(named) else start
    code = m["code"]
    if not _issuer_code(code) or (
        len(code) > _SIGNED_CODE and not _member_word_before(text, m.start(), m.start("code"))
    ):
        return start
    return m.start("code")


@dataclass(slots=True)
class IssuerNumberRecogniser:
    """IDENTIFIANT: an issuer's code and digit groups after a member's sign or an insurer's field."""

    # (the source its findings have carried since it read members' numbers only)
    name: str = "fr.member_number"

    def may_match(self, doc: Document) -> bool:
        return _may_sign(doc) or _may_field(doc)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if _may_sign(doc):
            for m in finditer(_SIGNED_NUMBER, text):
                if _issuer_code(m["code"]) and _member_word_before(text, m.start(), m.start("value")):
                    yield Finding(m.start("value"), m.end("value"), Label.IDENTIFIANT, SCORE, self.name)
        if _may_field(doc):
            for m in finditer(_FIELD_NUMBER, text):
                if _issuer_code(m["code"]) and sum(c.isdigit() for c in m["value"]) >= _MIN_FIELD_DIGITS:
                    yield Finding(m.start("value"), m.end("value"), Label.IDENTIFIANT, SCORE, self.name)


def build() -> IssuerNumberRecogniser:
    return IssuerNumberRecogniser()
