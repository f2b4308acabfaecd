"""IPv4 and IPv6 addresses.

Four dotted octets are an address unless they continue into a longer dotted number (a dotted NIR,
a version string); IPv6 candidates are confirmed by the standard library's parser, which rejects
times (« 12:30:45 ») and ratios.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recogniser import PatternRecogniser
from egide.detect.recognisers.fr.dates.base import windowed_finditer

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Four dotted groups, starting with a digit so that the regex engine can skip ahead; boundaries and
# octet values are checked in Python (``_is_ipv4``).
_IPV4_CANDIDATE = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:/\d{1,2})?")
# Every candidate has a dot then a digit at most three characters after its start, and ends at most
# thirteen characters after that pair. A pattern that starts with a literal is scanned for twenty
# times faster than one that starts with « \d »: the candidates are looked for around these pairs.
_DOT_DIGIT = re.compile(r"\.\d")
_AROUND_DOT_DIGIT = (3, 16)  # characters before and after the pair
_OCTET_RE = re.compile(_OCTET)
# Hex groups joined by colons, at least two colons; starts with a character class so that the regex
# engine skips ahead. Boundaries are checked in Python and the address by the standard library.
_IPV6 = re.compile(r"(?:[0-9A-Fa-f]{1,4}:|:)[0-9A-Fa-f:]{2,40}(?:%\w+)?")

CONTEXT = ("ip", "adresse ip", "ipv4", "ipv6", "serveur", "poste", "hôte", "host", "connexion")


@dataclass(slots=True)
class Ipv4Recogniser:
    name: str = "fr.ipv4"
    score: float = 0.6
    _context: PatternRecogniser = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._context = PatternRecogniser(self.name, Label.IP, (), context=CONTEXT)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        before, after = _AROUND_DOT_DIGIT
        for match in windowed_finditer(
            _IPV4_CANDIDATE, text, _DOT_DIGIT.finditer(text), before=before, after=after
        ):
            start, end = match.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
                continue  # inside a longer number or word
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            if text.startswith(".", end) and end + 1 < len(text) and text[end + 1].isdigit():
                continue  # a longer dotted number (a dotted NIR, a version string)
            address = match.group().split("/", 1)[0]
            if not all(_OCTET_RE.fullmatch(part) for part in address.split(".")):
                continue
            score = self.score + (0.3 if self._context.has_context(text, start) else 0.0)
            yield Finding(start, end, Label.IP, score, self.name)


@dataclass(slots=True)
class Ipv6Recogniser:
    name: str = "fr.ipv6"
    score: float = 0.85

    def may_match(self, doc: Document) -> bool:
        """An address holds « :: » or seven colons (see :func:`egide.detect.recogniser.may_match`)."""
        return "::" in doc.text or doc.text.count(":") >= 7

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.may_match(doc):
            return
        for match in _ipv6_candidates(text):
            start, end = match.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":_"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] in ":_"):
                continue
            value = match.group().split("%", 1)[0]
            if "::" not in value and value.count(":") != 7:
                continue
            if sum(c.isalnum() for c in value) < 3:  # « :: » alone, « a::b »
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield Finding(start, end, Label.IP, self.score, self.name)


def _ipv6_candidates(text: str) -> Iterator[re.Match[str]]:
    """``_IPV6.finditer(text)``, the pattern tried only where a match can start.

    Every match holds a colon in its first five characters (« :: », or one to four hex digits then
    « : »), so it starts at most four characters before a colon. ``re`` cannot skip ahead to such a
    place (the pattern opens on a class holding « a » to « f »: it stops at most letters of French
    prose); the colons of a clinical text (« Patient : », « IPP : ») are few, and each is tried from
    the four characters before it, in order and past the last match, as ``finditer`` would.
    """
    pos = 0
    colon = text.find(":")
    while colon != -1:
        for start in range(max(pos, colon - 4), colon + 1):
            match = _IPV6.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = max(pos, colon + 1)  # every start up to this colon failed
        colon = text.find(":", max(colon + 1, pos))


def build() -> Ipv4Recogniser:
    return Ipv4Recogniser()


def build_v6() -> Ipv6Recogniser:
    return Ipv6Recogniser()
