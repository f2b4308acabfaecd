"""Numeric dates glued to a word in capitals, as fixed-width exports and banners print them when a
column overflows: « GUILLOT BERNARD12/02/1949 », « HOSP DU 03/03/2025AU08/03/2025 », « CONSULT11/03 ».

``numeric`` refuses a date with a letter on either side (« A12/03 » is a code, « 2/3cp » a dose). Here a
date is read through that boundary only when the glued letters are capitals (two at least: a single
capital is a code's prefix, « C3/05 ») and the date is complete: day, month and a four-digit year with
slashes, a real calendar day. A day and month alone (« 11/03 ») only after a
glued capital date cue (« CONSULT », « DU », « AU », « LE », « RDV », « HOSP »…). The other side must not
be a digit (the date would be a piece of a longer number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recognisers.fr.dates.atoms import DAY, MONTH, YEAR4
from egide.detect.recognisers.fr.dates.base import is_valid_date

_CAPS = r"[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]"
# Slashes only: a dotted or dashed number glued to capitals is more often a code (« AB12.03.2024 »).
# Whether capitals are glued before or after is checked in ``find``; never a digit around.
GLUED_FULL = re.compile(rf"(?<![0-9/])(?P<d>{DAY})/(?P<m>{MONTH})/(?P<y>{YEAR4})(?![0-9/])")
_CUE = r"(?:CONSULTATION|CONSULT|CS|RDV|HOSP|HOSPI|ENTREE|ENTRÉE|SORTIE|DU|AU|LE|VU|VUE|DATE)"
GLUED_DAY_MONTH = re.compile(rf"(?<![^\W\d_]){_CUE}(?P<dm>(?P<d>{DAY})/(?P<m>{MONTH}))(?![0-9/.\-,])")
_TWO_CAPS = re.compile(rf"{_CAPS}{{2}}")
# Both patterns need two capitals glued to a date's digits, before (« BERNARD12/ », « DU11/ ») or
# after its year (« /2025AU »): a text without them is not read further (most texts). Written from
# the slash that both hold (capitals + one or two digits before it, or four digits + capitals after
# it): ``re`` finds a leading literal fast, and tries a leading class at every character.
_GLUE = re.compile(rf"/(?:(?<={_CAPS}{{2}}\d/)|(?<={_CAPS}{{2}}\d\d/)|\d{{4}}{_CAPS}{{2}})")


class GluedCapsDateRecogniser:
    """DATE: a complete numeric date glued to capitals, or a day and month glued to a capital cue."""

    name = "fr_date_glued_caps"

    def may_match(self, doc: Document) -> bool:
        """Two capitals glued to a date's digits are in the text. The glue holds no white space, so
        the text with its line breaks read as spaces has it only where the text has it (see
        :func:`egide.detect.recogniser.may_match`)."""
        return _GLUE.search(doc.text) is not None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.may_match(doc):
            return
        for m in GLUED_FULL.finditer(text):
            # two characters on either side, read directly: a search back from the match would make
            # the scan quadratic on a text of dates
            glued_before = m.start() >= 2 and bool(_TWO_CAPS.fullmatch(text, m.start() - 2, m.start()))
            glued_after = bool(_TWO_CAPS.match(text, m.end()))
            if not (glued_before or glued_after):
                continue  # not glued: ``numeric`` reads it
            if not is_valid_date(int(m["d"]), int(m["m"]), int(m["y"])):
                continue
            yield Finding(m.start(), m.end(), Label.DATE, 0.8, self.name)
        for m in GLUED_DAY_MONTH.finditer(text):
            if is_valid_date(int(m["d"]), int(m["m"]), None):
                yield Finding(m.start("dm"), m.end("dm"), Label.DATE, 0.7, self.name)
