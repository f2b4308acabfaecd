"""Digital contact details: e-mail addresses, URLs and IP addresses in the ranges kept for examples."""

from __future__ import annotations

import re

from egide.transform import pools
from egide.transform.keyed import KeyedRandom
from egide.transform.operators.base import ScopeContext
from egide.transform.surrogates.names import PART_LABEL, apply_case, case_pattern
from egide.transform.surrogates.shape import same_shape

# Domains of the reserved example space (RFC 2606 / 6761), MSSanté-looking when the original is.
_DOMAINS = ("exemple.fr", "example.org", "hopital.example", "sante.example")
_MSSANTE_DOMAINS = ("mssante.example", "hopital.mssante.example")


def email(value: str, rng: KeyedRandom, ctx: ScopeContext) -> str:
    local, at, domain = value.rpartition("@")
    if not at:
        return same_shape(value, rng)

    # Words of the local part that are names already mapped in the scope keep their surrogate
    # (« jean.dupont@… » → « paul.martin@… » when Jean DUPONT is Paul MARTIN); the others are drawn.
    def word(m: re.Match[str]) -> str:
        text = m.group(0)
        part = ctx.mapping.get(PART_LABEL, text)
        if part is not None:
            return apply_case(part.replacement, case_pattern(text))
        if len(text) == 1:
            return apply_case(rng.choice("abcdefghijklmnoprstv"), case_pattern(text))
        return apply_case(rng.choice(pools.surnames()), case_pattern(text))

    new_local = re.sub(r"[^\W\d_]+", word, local)
    new_local = re.sub(r"\d", lambda _: rng.digit(), new_local)
    domains = _MSSANTE_DOMAINS if "mssante" in domain.lower() else _DOMAINS
    return new_local + "@" + rng.choice(domains)


def url(value: str, rng: KeyedRandom) -> str:
    m = re.match(r"^(?P<scheme>[a-zA-Z][\w+.-]*://)?(?P<host>[^/?#\s]+)(?P<rest>.*)$", value)
    if m is None:
        return same_shape(value, rng)
    host = "www.exemple-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) + ".fr"
    if not m.group("host").lower().startswith("www."):
        host = host[4:]
    return (m.group("scheme") or "") + host + same_shape(m.group("rest"), rng, keep_first=False)


def ip(value: str, rng: KeyedRandom) -> str:
    if ":" in value:  # IPv6: the documentation prefix 2001:db8::/32
        return f"2001:db8::{rng.below(0xFFFF):x}:{rng.below(0xFFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))  # RFC 5737 TEST-NETs
    return f"{net}.{rng.between(1, 254)}"
