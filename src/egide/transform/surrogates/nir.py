"""NIR / INS surrogates: same sex digit, same layout, a plausible body and a valid key."""

from __future__ import annotations

from egide.transform.keyed import KeyedRandom
from egide.transform.surrogates.shape import same_shape


def birth_month(value: str) -> tuple[int, int] | None:
    """The (two-digit year, month) of birth a NIR encodes (digits 2–5), if the month is a real one.

    Months 20 and over mean « unknown » (people registered from abroad): nothing to agree with.
    """
    alnum = [ch for ch in value if ch.isalnum()]
    if len(alnum) not in (13, 15) or not "".join(alnum[1:5]).isdigit():
        return None
    year, month = int("".join(alnum[1:3])), int("".join(alnum[3:5]))
    return (year, month) if 1 <= month <= 12 else None


def nir(value: str, rng: KeyedRandom, born: tuple[int, int] | None = None) -> str:
    """``born``: the (year, month) the surrogate must encode, that of the scope's surrogate birth date."""
    alnum = [ch for ch in value if ch.isalnum()]
    if len(alnum) not in (13, 15) or alnum[0] not in "12345678":
        return same_shape(value, rng)
    sex = alnum[0]
    year = rng.between(0, 99)
    month = rng.between(1, 12)
    if born is not None:
        year, month = born[0] % 100, born[1]
    dept = rng.choice([d for d in range(1, 96) if d != 20])  # 20 is Corsica, written 2A / 2B
    commune = rng.between(1, 990)
    order = rng.between(1, 999)
    body = f"{sex}{year:02d}{month:02d}{dept:02d}{commune:03d}{order:03d}"
    if len(alnum) == 15:
        body += f"{97 - int(body) % 97:02d}"
    it = iter(body)
    return "".join(next(it) if ch.isalnum() else ch for ch in value)


def nir_key_is_valid(value: str) -> bool:
    """The key of a 15-character NIR (Corsica's 2A / 2B counted as 19 / 18)."""
    compact = "".join(ch for ch in value if ch.isalnum()).upper()
    if len(compact) != 15:
        return False
    body = compact[:13].replace("2A", "19", 1) if compact[5:7] == "2A" else compact[:13]
    body = body.replace("2B", "18", 1) if compact[5:7] == "2B" else body
    return body.isdigit() and compact[13:].isdigit() and 97 - int(body) % 97 == int(compact[13:])
