"""TELEPHONE: an internal extension in brackets right after a person named with a title, as an on-call
list or a directory's line prints it: « Réa méd : Dr Julie Pierre (7 65 21) · Chir viscérale :
Dr Benhamida (7 60 88) », « Pr MARTIN (62 418) », « Mme Roux, cadre (4412) ».

The brackets hold the number alone, in a switchboard's groups (« 7 65 21 », « 6.43.12 », « 62 418 »)
or four or five digits glued; a year (« Dr Martin (2019) ») is no extension, nor a measure (the
closing bracket must follow the digits). The title and the capitalised name before the bracket are
what make the digits someone's line: without them, « (7 65 21) » is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# The number in its brackets; led by the bracket, a literal that ``re`` scans for quickly.
_BRACKETED = re.compile(
    r"\((?P<value>[0-9](?P<s>[ .])[0-9]{2}(?P=s)[0-9]{2}|[0-9]{2}[ .][0-9]{3}|(?!(?:19|20)[0-9]{2}\))[0-9]{4,5})\)"
)
# The person before it: a title, one to three capitalised words (initials with their dot too), maybe
# the person's role after a comma (« Mme Roux, cadre »), then the bracket.
_NAMED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Dr|Dre|Pr|Docteur|Professeur|Mme|Mlle|M\.|Mr|IDE|IBODE|IADE|Sage-femme)\.?[ \t]+"
    r"(?:[A-ZÀ-Ý][\w'’.\-]*[ \t]+){0,3}[A-ZÀ-Ý][\w'’\-]*"
    r"(?:,[ \t]*[^\W\d_]{3,20})?[ \t]*\Z"
)
_REACH = 60
SCORE = 0.7


class NamedExtensionRecogniser:
    """TELEPHONE: an extension in brackets after a titled name."""

    name = "fr.named_extension"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "(" not in text:
            return
        for m in _BRACKETED.finditer(text):
            start = m.start()
            if _NAMED_BEFORE.search(text, max(0, start - _REACH), start) is not None:
                yield Finding(m.start("value"), m.end("value"), Label.TELEPHONE, SCORE, self.name)


def build() -> NamedExtensionRecogniser:
    return NamedExtensionRecogniser()
