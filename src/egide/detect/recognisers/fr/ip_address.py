"""IPv4 and IPv6 addresses.

Four dotted octets are an address unless they continue into a longer dotted number (a dotted NIR,
a version string); IPv6 candidates are confirmed by the standard library's parser, which rejects
times (« 12:30:45 ») and ratios.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass

from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.recogniser import Pattern
from egide.detect.recognisers.fr.atoms import PrefilteredRecogniser

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?:/\d{{1,2}})?(?![\w]|\.\d)")
# Hex groups joined by colons; at least two colons. Parsed afterwards, so the regex may be loose.
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}|)(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?![\w:])")

CONTEXT = ("ip", "adresse ip", "ipv4", "ipv6", "serveur", "poste", "hôte", "host", "connexion")


@dataclass(slots=True)
class Ipv6Recogniser:
    name: str = "fr.ipv6"
    score: float = 0.85

    def find(self, text: str) -> Iterator[Finding]:
        if text.count(":") < 2:
            return
        for match in _IPV6.finditer(text):
            value = match.group().split("%", 1)[0]
            if "::" not in value and value.count(":") != 7:
                continue
            if sum(c.isalnum() for c in value) < 3:  # « :: » alone, « a::b »
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield Finding(match.start(), match.end(), Label.IP, self.score, self.name)


def build() -> PrefilteredRecogniser:
    return PrefilteredRecogniser(
        name="fr.ipv4",
        label=Label.IP,
        patterns=[Pattern("ipv4", _IPV4, 0.6)],
        context=CONTEXT,
        context_boost=0.3,
        needles=(".",),
    )


def build_v6() -> Ipv6Recogniser:
    return Ipv6Recogniser()
