"""Secrets pasted by mistake: API keys, tokens, private keys, passwords.

Vendor formats are recognised by their prefixes (OpenAI ``sk-``, AWS ``AKIA``, GitHub ``ghp_``,
Slack ``xox?-``, JWTs ``eyJ….eyJ…``); « mot de passe : … », ``password=…``, ``Bearer …`` and a
long high-entropy value after « key », « token », « secret »… are secrets whatever they look like.
A PEM private-key block is masked whole, and up to the end of its base64 body when truncated.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import finditer
from egide.detect.labels import Label
from egide.detect.needles import Needles

_TOKEN_END = r"(?![A-Za-z0-9_\-])"
_VENDOR = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:"
    r"sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_\-]{20,}"  # OpenAI, Anthropic
    r"|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"  # GitHub
    r"|gl(?:pat|dt|rt)-[A-Za-z0-9_\-]{20,}"  # GitLab
    r"|xox[abposre]-[A-Za-z0-9\-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_\-]{35}"  # Google API key
    r"|(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}"  # Stripe
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"  # JWT
    r")" + _TOKEN_END
)
_SLACK_WEBHOOK = re.compile(r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+")
_BEARER = re.compile(
    r"(?<![A-Za-z])(?i:bearer|token|basic)\s+(?P<value>[A-Za-z0-9\-._~+/]{16,}=*)" + _TOKEN_END
)
# « mot de passe : xxx », « password=xxx », « mdp: "xxx" »: the value up to a space or a quote.
_PASSWORD = re.compile(
    r"(?<![A-Za-z])(?i:mot\s+de\s+passe|mdp|password|passwd|pwd|passphrase|code\s+secret|code\s+pin)"
    r"\s*[:=]\s*[\"']?(?P<value>[^\s\"']{3,128})"
)
# A long value after a word that says it is a secret; kept only when it looks random.
_KEYWORD_VALUE = re.compile(
    r"(?<![A-Za-z])(?i:api[_\- ]?key|apikey|access[_\- ]?key|secret(?:[_\- ]?key)?|client[_\- ]?secret"
    r"|token|jeton|cl[ée]\s+(?:d['’]\s?api|secr[èe]te|priv[ée]e)|auth|credentials?)"
    r"[\"']?\s*[:=]\s*[\"']?(?P<value>[A-Za-z0-9_\-+/.=]{16,})"
)
_PEM_BEGIN = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = re.compile(r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
# Base64 lines (possessive: no backtracking), stopping at the next « - » or punctuation.
_PEM_BODY = re.compile(r"(?:\s*+[A-Za-z0-9+/=]++)*+")

# Words that every secret format above holds (in lower case). A text holding none of them holds no
# secret, and most texts are ruled out here (see ``Needles``).
_NEEDLES = (
    "sk-", "akia", "asia", "agpa", "aida", "aroa", "anpa", "glpat-", "gldt-", "glrt-", "xox", "aiza", "eyj",
    "bearer", "token", "basic", "passe", "passphrase", "mdp", "key", "secret", "jeton", "clé",
    "cle ", "auth", "credential",  # « private key » holds « key »
    # « code pin : » with any spaces between the words: what follows « pin » before its « : » or « = »
    "pin ", "pin\t", "pin\n", "pin\r", "pin:", "pin=",
)  # fmt: skip
# Needles holding a character that is rare in French prose, looked for only when the text has that
# character: one character is found some thirty times faster than a word (``memchr``).
_GATED_NEEDLES = (
    ("_", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "_live_", "_test_", "hf_")),
    ("w", ("passwd", "password", "pwd")),
)
_NEEDLE_SEARCH = Needles(_NEEDLES)


def may_hold_secret(lowered: str) -> bool:
    """Whether the lower-cased text holds one of the words every secret format holds."""
    return _NEEDLE_SEARCH.found_in(lowered) or any(
        gate in lowered and any(needle in lowered for needle in needles) for gate, needles in _GATED_NEEDLES
    )


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_random(value: str) -> bool:
    """Letters and digits mixed, and at least 3 bits of entropy per character."""
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    return has_digit and has_alpha and entropy(value) >= 3.0


@dataclass(slots=True)
class SecretRecogniser:
    name: str = "fr.secrets"
    score: float = 0.95

    def may_match(self, doc: Document) -> bool:
        """The needles, looked for with every line break read as a space (see
        :func:`egide.detect.recogniser.may_match`)."""
        # « cle » at a line's end, then « d'API » on the next, is « cle d'api » once the lines are
        # joined (two needles hold a space)
        return may_hold_secret(doc.lower.replace("\n", " ").replace("\r", " "))

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        lowered = doc.lower
        if not may_hold_secret(lowered):
            return
        for match in _VENDOR.finditer(text):
            yield self._finding(match.start(), match.end())
        for match in _SLACK_WEBHOOK.finditer(text):
            yield self._finding(match.start(), match.end())
        # (these three open on a look-behind and a group ignoring case, which ``re`` tries at every
        # character: they are tried at the first letters of their words only, same matches)
        for match in finditer(_BEARER, text):
            if looks_random(match.group("value")) or match.group().lower().startswith("bearer"):
                yield self._finding(*match.span("value"))
        for match in finditer(_PASSWORD, text):
            start, end = match.span("value")
            while end > start + 3 and text[end - 1] in ".,;)":  # the sentence's punctuation
                end -= 1
            yield self._finding(start, end, 0.9)
        for match in finditer(_KEYWORD_VALUE, text):
            if looks_random(match.group("value")):
                yield self._finding(*match.span("value"), 0.85)
        if "private key" in lowered:
            yield from self._private_keys(text)

    def _private_keys(self, text: str) -> Iterator[Finding]:
        # One search for the END marker per BEGIN at most, and none once we know there is no END
        # further on: linear even on a text made of BEGIN markers.
        no_end_after = len(text) + 1
        for begin in _PEM_BEGIN.finditer(text):
            end_match = None if begin.end() >= no_end_after else _PEM_END.search(text, begin.end())
            if end_match is not None:
                yield self._finding(begin.start(), end_match.end())
                continue
            no_end_after = min(no_end_after, begin.end())
            body = _PEM_BODY.match(text, begin.end())
            yield self._finding(begin.start(), body.end() if body else begin.end())

    def _finding(self, start: int, end: int, score: float | None = None) -> Finding:
        return Finding(start, end, Label.SECRET, self.score if score is None else score, self.name)


def build() -> SecretRecogniser:
    return SecretRecogniser()
