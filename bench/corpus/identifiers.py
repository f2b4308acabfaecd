"""Structured identifiers with valid keys, written the ways people write them (and some typos)."""

from __future__ import annotations

from stdnum import luhn

from bench.corpus.builder import Piece, ent
from bench.corpus.context import Ctx


def _group(ctx: Ctx, digits: str, groups: list[int]) -> str:
    """Digits as typed: glued, spaced in groups, dotted or with dashes."""
    style = ctx.pick(["", "", " ", " ", ".", "-"])
    if not style:
        return digits
    out, i = [], 0
    for size in groups:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return style.join(out)


def nir_value(ctx: Ctx, female: bool, year: int, month: int) -> str:
    """A NIR with a valid key (Corsica 2A/2B included); about one in ten has a typo."""
    dept = ctx.pick(["75", "76", "13", "69", "59", "33", "2A", "2B", "14", "35", "99", "971"])
    commune = f"{ctx.rng.randrange(1, 990):03d}" if len(dept) == 2 else f"{ctx.rng.randrange(1, 99):02d}"
    order = f"{ctx.rng.randrange(1, 999):03d}"
    body = f"{2 if female else 1}{year % 100:02d}{month:02d}{dept}{commune}{order}"
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    value = f"{body}{key:02d}"
    if ctx.chance(0.1):  # a typo in the key or a digit: still a NIR, must still be masked
        pos = ctx.pick([3, 8, 13, 14])
        wrong = str((int(value[pos]) + 1) % 10) if value[pos].isdigit() else "1"
        value = value[:pos] + wrong + value[pos + 1 :]
    return value


def nir(ctx: Ctx, female: bool, year: int, month: int) -> Piece:
    value = nir_value(ctx, female, year, month)
    return ent("NIR", _group(ctx, value, [1, 2, 2, 2, 3, 3]))


def ipp(ctx: Ctx) -> Piece:
    digits = ctx.pick([8, 8, 9, 10, 7])
    return ent("IPP", str(ctx.rng.randrange(10 ** (digits - 1), 10**digits)))


def nda(ctx: Ctx) -> Piece:
    value = ctx.pick(
        [
            f"{ctx.rng.randrange(2015, 2026)}{ctx.rng.randrange(0, 10**6):06d}",
            str(ctx.rng.randrange(10**8, 10**9)),
            f"{ctx.rng.choice('SHU')}{ctx.rng.randrange(10**7, 10**8)}",
        ]
    )
    return ent("NDA", value)


def rpps(ctx: Ctx) -> Piece:
    body = "10" + f"{ctx.rng.randrange(10**8):08d}"
    return ent("RPPS", _group(ctx, body + luhn.calc_check_digit(body), [1, 2, 4, 4]))


def adeli(ctx: Ctx) -> Piece:
    dept = ctx.pick(["75", "76", "13", "69", "92", "33"])
    body = f"{dept}{ctx.pick(['1', '0', '9', '6'])}{ctx.rng.randrange(10**5):05d}"
    return ent("ADELI", body + luhn.calc_check_digit(body))


def finess(ctx: Ctx) -> Piece:
    body = f"{ctx.pick(['76', '75', '13', '69', '2A', '33'])}0{ctx.rng.randrange(10**5):05d}"
    return ent("FINESS", body + luhn.calc_check_digit(body.replace("2A", "20")))


def phone(ctx: Ctx) -> Piece:
    prefix = ctx.pick(["01", "02", "03", "04", "05", "06", "07", "09"])
    rest = "".join(str(ctx.rng.randrange(10)) for _ in range(8))
    digits = prefix + rest
    style = ctx.rng.randrange(6)
    if style == 0:
        value = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    elif style == 1:
        value = ".".join(digits[i : i + 2] for i in range(0, 10, 2))
    elif style == 2:
        value = digits
    elif style == 3:
        value = "+33 " + digits[1] + " " + " ".join(digits[i : i + 2] for i in range(2, 10, 2))
    elif style == 4:
        value = "+33 (0)" + digits[1] + " " + " ".join(digits[i : i + 2] for i in range(2, 10, 2))
    elif ctx.chance(0.5):
        value = "-".join(digits[i : i + 2] for i in range(0, 10, 2))
    else:
        value = "+33" + digits[1:]
    return ent("TELEPHONE", value)


def extension(ctx: Ctx) -> Piece:
    """« poste 4521 », « bip 312 »: the label word is context, the number is the identifier."""
    word = ctx.pick(["poste ", "poste ", "bip ", "DECT "])
    return [(word, None), *ent("TELEPHONE", str(ctx.rng.randrange(100, 10000)))]


def _slug(text: str) -> str:
    table = str.maketrans("éèêëàâäîïôöûüùç' ", "eeeeaaaiioouuuc--")
    return text.lower().translate(table)


def email(ctx: Ctx, first: str, last: str, domain: str | None = None) -> Piece:
    if domain is None:
        domain = ctx.pick(
            [
                "chu-rouen.mssante.fr", "aphp.fr", "medecin.mssante.fr", "ch-dieppe.mssante.fr",
                "gmail.com", "orange.fr", "wanadoo.fr", "pharmacien.mssante.fr", "infirmier.mssante.fr",
                "chu-lyon.fr", "laposte.net",
            ]
        )  # fmt: skip
    local = ctx.pick(
        [
            f"{_slug(first)}.{_slug(last)}",
            f"{_slug(first)[0]}{_slug(last)}",
            f"{_slug(last)}{ctx.rng.randrange(10, 99)}",
        ]
    )
    return ent("EMAIL", f"{local}@{domain}")
