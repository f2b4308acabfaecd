"""URLs: with a scheme, starting with « www. », or a bare domain under a common top-level domain.

Trailing punctuation of the sentence (« voir https://exemple.fr/x. ») is not part of the URL. A
domain inside an e-mail address is left to the e-mail recogniser.

The namespaces of the health-data standards are no one's address: the code systems and profiles that
every FHIR or CDA fragment names (« "system": "http://loinc.org" », « http://unitsofmeasure.org »,
« https://hl7.fr/ig/fhir/core/… », « http://snomed.info/sct ») are left as written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label

# Top-level domains trusted for bare domains (no scheme, no « www. »). Those that are also French
# words or abbreviations (« de », « es », « re », « ca », « co », « it », « us »…) are left out: a
# missing space after a full stop (« traitement.de ») must not become a URL.
_TLDS = (
    "fr",
    "com",
    "org",
    "net",
    "eu",
    "io",
    "gouv",
    "sante",
    "ch",
    "lu",
    "uk",
    "bzh",
    "paris",
    "corsica",
    "health",
)
_PATH = r"(?:[/?#][^\s<>\"'«»]*)?"
_HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+"
_URL = re.compile(
    r"(?<![\w@.\-])(?:"
    r"(?P<scheme>(?i:https?|ftp|sftp|file)://[^\s<>\"'«»]+)"
    r"|(?P<www>(?i:www)\.[^\s<>\"'«»]+)"
    rf"|(?P<bare>{_HOST}(?:{'|'.join(_TLDS)})(?::\d{{2,5}})?{_PATH})"
    r")"
)
# The hosts of the standards' namespaces (code systems, units, profiles), with or without « www. ».
_STANDARD_HOSTS = frozenset(
    {
        "loinc.org", "unitsofmeasure.org", "snomed.info", "hl7.org", "terminology.hl7.org", "hl7.fr",
        "interopsante.org", "mos.esante.gouv.fr", "w3.org", "fhir.org", "ihe.net", "who.int",
    }
)  # fmt: skip
_HOST_OF = re.compile(r"(?i:(?:https?|ftp|sftp|file)://)?(?:www\.)?(?P<host>[^/:?#\s]+)")
_BARE_TLD = re.compile(r"\.(?:" + "|".join(_TLDS) + r")\b")
_TRAILING = ".,;:!?)]}'\""
# Every URL starts with a run of ASCII letters, digits and dashes (its scheme, « www », the first
# label of its host) that ends on « :// » or a dot; a run longer than a label (63) starts none.
_ANCHOR = re.compile(r"\.|://")
_RUN_CHARS = string.ascii_letters + string.digits + "-"
_LONGEST_RUN = 64


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """``_URL.finditer(text)``, the pattern tried only where a URL can start.

    ``_URL`` opens on a look-behind, so ``re`` would try it at every character and read every word
    as a host name that might end on a dot. A URL starts where a run (see ``_RUN_CHARS``) ends on
    « :// » or a dot: those few places are found first (the dots of the sentences, mostly), and the
    pattern is tried there only, in order and past the last match, as ``finditer`` would.
    """
    starts = set()
    for anchor in _ANCHOR.finditer(text):
        at = anchor.start()
        before = text[max(0, at - _LONGEST_RUN - 1) : at]
        run = len(before) - len(before.rstrip(_RUN_CHARS))
        if 0 < run <= _LONGEST_RUN:
            starts.add(at - run)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        match = _URL.match(text, start)
        if match is not None:
            pos = match.end()
            yield match


@dataclass(slots=True)
class UrlRecogniser:
    name: str = "fr.url"
    scores: tuple[float, float, float] = (0.9, 0.85, 0.6)

    def may_match(self, doc: Document) -> bool:
        """Every URL holds « :// », « www. » or a dot before a listed top-level domain (no line break
        in any: see :func:`egide.detect.recogniser.may_match`)."""
        return "://" in doc.text or "www." in doc.lower or _BARE_TLD.search(doc.text) is not None

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if not self.may_match(doc):
            return
        for match in _url_matches(text):
            start, end = match.span()
            # Strip the sentence's punctuation, but keep a closing bracket that the URL opened.
            while end > start and text[end - 1] in _TRAILING:
                if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                    break
                end -= 1
            if match.group("bare") is not None:
                if end < len(text) and text[end] == "@":  # the domain of an e-mail, not a URL
                    continue
                score = self.scores[2]
            else:
                score = self.scores[0] if match.group("scheme") is not None else self.scores[1]
            host = _HOST_OF.match(text, start, end)
            if host is not None and host["host"].lower() in _STANDARD_HOSTS:
                continue  # a standard's namespace: a code system, a unit, a profile
            if end - start >= 4:
                yield Finding(start, end, Label.URL, score, self.name)


def build() -> UrlRecogniser:
    return UrlRecogniser()
