"""IPv4 and IPv6 addresses; dotted NIRs, versions and times are not addresses."""

from __future__ import annotations

import pytest

from egide.detect.recognisers.fr import ip_address
from tests.detect.inline import assert_finds, parse_inline
from tests.detect.recognisers.support import kept

V4 = ip_address.build()
V6 = ip_address.build_v6()


@pytest.mark.parametrize(
    "marked",
    [
        "Poste <IP>192.168.12.34</IP>.",
        "Connexion depuis <IP>10.0.0.1</IP> refusée",
        "Réseau <IP>172.16.0.0/12</IP>",
        "Serveur <IP>255.255.255.255</IP>",
    ],
)
def test_ipv4_addresses(marked: str) -> None:
    assert_finds(kept(V4, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "marked",
    [
        "Hôte <IP>2001:db8::8a2e:370:7334</IP> injoignable",
        "adresse <IP>fe80::1%eth0</IP>",
        "<IP>2001:0db8:85a3:0000:0000:8a2e:0370:7334</IP>",
        "passerelle <IP>fd00::a:1</IP>.",
    ],
)
def test_ipv6_addresses(marked: str) -> None:
    assert_finds(kept(V6, parse_inline(marked)[0]), marked)


@pytest.mark.parametrize(
    "text",
    [
        "NIR 1.85.05.78.006.084.91",
        "Logiciel v1.2.3.4 installé",
        "Valeurs 300.1.2.3 et 1.2.3",
        "Perfusion de 12:30 à 14:45:10",
        "Ratio 1:2:3 ; note::important",
        "Code 2001:db8:zz::1",
    ],
)
def test_non_addresses(text: str) -> None:
    assert kept(V4, text) == []
    assert kept(V6, text) == []
