"""Administrative identifiers: IBAN (with a valid RIB key), SIRET, bank cards, identity documents,
licence plates, URLs, IP addresses and secrets pasted by mistake."""

from __future__ import annotations

import string

from stdnum import luhn

from bench.corpus.builder import Piece, ent
from bench.corpus.context import Ctx


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(str(ctx.rng.randrange(10)) for _ in range(n))


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban(ctx: Ctx) -> Piece:
    bank, branch, account = _digits(ctx, 5), _digits(ctx, 5), _digits(ctx, 11)
    rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = 98 - _mod97(bban + "FR00")
    value = f"FR{check:02d}{bban}"
    if ctx.chance(0.6):
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return ent("IBAN", value)


def siret(ctx: Ctx) -> Piece:
    siren = _digits(ctx, 8)
    siren += luhn.calc_check_digit(siren)
    nic = _digits(ctx, 4)
    nic += luhn.calc_check_digit(siren + nic)
    value = f"{siren}{nic}"
    return ent("SIRET", f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}" if ctx.chance(0.5) else value)


def card(ctx: Ctx) -> Piece:
    body = ctx.pick(["4", "51", "53", "4970"]) + ""
    body += _digits(ctx, 15 - len(body))
    value = body + luhn.calc_check_digit(body)
    return ent("CARTE_BANCAIRE", " ".join(value[i : i + 4] for i in range(0, 16, 4)))


def identity_document(ctx: Ctx) -> tuple[str, Piece]:
    """(the words that say what it is, the number)."""
    kind = ctx.rng.randrange(3)
    if kind == 0:
        return "passeport n° ", ent(
            "PIECE_IDENTITE",
            f"{_digits(ctx, 2)}{ctx.rng.choice(string.ascii_uppercase)}{ctx.rng.choice(string.ascii_uppercase)}{_digits(ctx, 5)}",
        )
    if kind == 1:
        return "carte d'identité n° ", ent("PIECE_IDENTITE", _digits(ctx, 12))
    alphabet = string.ascii_uppercase + string.digits
    return "CNI n° ", ent("PIECE_IDENTITE", "".join(ctx.rng.choice(alphabet) for _ in range(9)))


def plate(ctx: Ctx) -> Piece:
    letters = string.ascii_uppercase.replace("I", "").replace("O", "").replace("U", "")

    def two() -> str:
        return "".join(ctx.rng.choice(letters) for _ in range(2))

    return ent("IMMATRICULATION", f"{two()}-{_digits(ctx, 3)}-{two()}")


def url(ctx: Ctx, last: str) -> Piece:
    return ent(
        "URL",
        ctx.pick(
            [
                f"https://dpi.chu-exemple.fr/patient/{_digits(ctx, 8)}/cr",
                f"https://www.doctolib.fr/medecin-generaliste/rouen/{last.lower().replace(' ', '-')}",
                f"http://10.12.{ctx.rng.randrange(256)}.{ctx.rng.randrange(256)}/pacs/viewer?study={_digits(ctx, 10)}",
                f"www.cabinet-{last.lower().replace(' ', '')}.fr",
            ]
        ),
    )


def ip(ctx: Ctx) -> Piece:
    if ctx.chance(0.8):
        return ent(
            "IP",
            f"{ctx.pick(['10', '172', '192'])}.{ctx.rng.randrange(256)}.{ctx.rng.randrange(256)}.{ctx.rng.randrange(1, 255)}",
        )
    return ent("IP", f"2001:db8:{ctx.rng.randrange(16**4):x}::{ctx.rng.randrange(16**4):x}")


def secret(ctx: Ctx) -> Piece:
    alphabet = string.ascii_letters + string.digits

    def rand(n: int) -> str:
        return "".join(ctx.rng.choice(alphabet) for _ in range(n))

    return ent(
        "SECRET",
        ctx.pick(
            [
                f"sk-proj-{rand(48)}",
                f"ghp_{rand(36)}",
                f"AKIA{rand(16).upper()}",
                f"xoxb-{_digits(ctx, 12)}-{rand(24)}",
            ]
        ),
    )
