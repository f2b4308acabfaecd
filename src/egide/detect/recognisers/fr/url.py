"""URLs: with a scheme, starting with « www. », or a bare domain under a common top-level domain.

Trailing punctuation of the sentence (« voir https://exemple.fr/x. ») is not part of the URL. A
domain inside an e-mail address is left to the e-mail recogniser.
"""

from __future__ import annotations

import re
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
_BARE_TLD = re.compile(r"\.(?:" + "|".join(_TLDS) + r")\b")
_TRAILING = ".,;:!?)]}'\""


@dataclass(slots=True)
class UrlRecogniser:
    name: str = "fr.url"
    scores: tuple[float, float, float] = (0.9, 0.85, 0.6)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "://" not in text and "www." not in doc.lower and _BARE_TLD.search(text) is None:
            return
        for match in _URL.finditer(text):
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
            if end - start >= 4:
                yield Finding(start, end, Label.URL, score, self.name)


def build() -> UrlRecogniser:
    return UrlRecogniser()
