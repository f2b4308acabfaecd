"""Synthetic people and every form clinical text writes their names in.

Gold spans cover the name only, never the title (« Dr », « Mme »): the title is not identifying and
masking it would lose the gender and role that the reader needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.corpus.builder import Piece, ent, plain

__all__ = ["ent", "plain"]  # re-exported for templates
from bench.corpus.context import Ctx

NOM = "NOM"

# Surnames with particles and compound forms that Faker's list rarely produces.
_PARTICLE_SURNAMES = [
    "de la Fontaine",
    "Le Goff",
    "Le Gall",
    "de Saint-Exupéry",
    "Du Pont",
    "d'Arcy",
    "Le Bihan",
    "de Kerguelen",
    "Van der Berg",
    "Da Silva",
    "dos Santos",
    "Le Floch",
    "de Villiers",
    "N'Diaye",
    "Ben Ahmed",
    "Mac Donald",
    "de Montmorency",
    "Le Corre",
    "Ould Ahmed",
    "Della Valle",
]
_COMPOUND_FIRST_M = ["Jean-Pierre", "Jean-Marc", "Pierre-Yves", "Jean-Baptiste", "Marc-Antoine", "Jean-Luc"]
_COMPOUND_FIRST_F = ["Marie-Claire", "Anne-Sophie", "Marie-Thérèse", "Marie-Christine", "Anne-Laure"]
# Rarer surnames of many origins, as in any French hospital's patient list.
_RARE_SURNAMES = [
    "Kerhervé", "Etcheverry", "Benaïssa", "Nguyen Van Thanh", "Kowalczyk", "Diallo", "Oyono", "Achour",
    "Le Quéré", "Goasdoué", "Iparraguirre", "Ferreira da Costa", "Zeroual", "Tchakarian", "Quintard",
    "Abgrall", "Rakotomalala", "Bouchareb", "Hennequin", "Vuillermoz", "Mazoyer", "Pellegrini", "Ouédraogo",
    "Wojciechowski", "Guérineau", "Lhuillier", "Traoré", "Karamanlis", "Sahraoui", "Coquelin",
]  # fmt: skip
# Names that are also common words or medical words: the hard cases for any detector.
_AMBIGUOUS_SURNAMES = ["Petit", "Blanc", "Fontaine", "Roux", "Marchand", "Boulanger", "Lenoir", "Masse"]
_AMBIGUOUS_FIRST = ["Rose", "Pascal", "Claude", "Olive", "Prudence", "Ange", "France", "Sébastien"]  # fmt: skip


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    maiden: str | None = None

    @property
    def civility(self) -> str:
        return "Mme" if self.female else "M."


def person(ctx: Ctx, female: bool | None = None) -> Person:
    if female is None:
        female = ctx.chance(0.5)
    roll = ctx.rng.random()
    if roll < 0.12:
        last = ctx.pick(_PARTICLE_SURNAMES)
    elif roll < 0.2:
        last = ctx.pick(_RARE_SURNAMES)
    elif roll < 0.26:
        last = ctx.pick(_AMBIGUOUS_SURNAMES)
    elif roll < 0.3:
        last = f"{ctx.fake.last_name()}-{ctx.fake.last_name()}"
    else:
        last = ctx.fake.last_name()
    roll = ctx.rng.random()
    if roll < 0.1:
        first = ctx.pick(_COMPOUND_FIRST_F if female else _COMPOUND_FIRST_M)
    elif roll < 0.14:
        first = ctx.pick(_AMBIGUOUS_FIRST)
    else:
        first = ctx.fake.first_name_female() if female else ctx.fake.first_name_male()
    maiden = ctx.fake.last_name() if female and ctx.chance(0.35) else None
    return Person(first, last, female, maiden)


def upper_last(last: str) -> str:
    """« DUPONT », « LE GOFF », and the particle kept lower-case in « de la FONTAINE »."""
    words = last.split(" ")
    if words[0] in {"de", "d'", "du", "des", "van", "von", "dos", "da"} and len(words) > 1:
        return " ".join([*words[:-1], words[-1].upper()])
    return last.upper()


def initial(first: str) -> str:
    """« J. », « J.-P. » for compound first names."""
    return "-".join(part[0] + "." for part in first.split("-"))


def full(ctx: Ctx, p: Person) -> Piece:
    """A patient's name in a header or a sentence, with or without civility."""
    form = ctx.rng.randrange(11)
    civ = ctx.pick([p.civility, "Madame" if p.female else "Monsieur"]) + " "
    if form == 0:
        return [(civ, None), (f"{p.first} {upper_last(p.last)}", NOM)]
    if form == 1:
        return [(civ, None), (f"{upper_last(p.last)} {p.first}", NOM)]
    if form == 2:
        return ent(NOM, f"{upper_last(p.last)} {p.first}")
    if form == 3:
        return ent(NOM, f"{p.first} {p.last}")
    if form == 4:
        return [(civ, None), (p.last, NOM)]
    if form == 5:
        return ent(NOM, f"{p.first.upper()} {p.last.upper()}")
    if form == 6:
        return ent(NOM, f"{p.first.lower()} {p.last.lower()}")
    if form == 7:
        return [(civ, None), (f"{initial(p.first)} {p.last}", NOM)]
    if form == 8 and p.female and p.maiden:
        sep = ctx.pick([" épouse ", " ép. ", " née "])
        # « Mme MARTIN née DUPONT » (married name first) or « Mme Dupont épouse Martin » (maiden first).
        married_first = sep == " née "
        first_name, second = (p.last, p.maiden) if married_first else (p.maiden, p.last)
        return [(civ, None), (upper_last(first_name), NOM), (sep, None), (upper_last(second), NOM)]
    if form == 9:
        return [(civ, None), (f"{upper_last(p.last)}", NOM)]
    return [(civ, None), (f"{p.first} {p.last}", NOM)]


def doctor(ctx: Ctx, p: Person) -> Piece:
    """A professional: « Dr Martin », « Pr. LE GOFF », « Docteur Jean Martin », « Dr J. Martin »."""
    title = ctx.pick(["Dr ", "Dr ", "Dr. ", "Docteur ", "Pr ", "Pr. ", "Professeur "])
    form = ctx.rng.randrange(6)
    if form == 0:
        return [(title, None), (p.last, NOM)]
    if form == 1:
        return [(title, None), (upper_last(p.last), NOM)]
    if form == 2:
        return [(title, None), (f"{p.first} {upper_last(p.last)}", NOM)]
    if form == 3:
        return [(title, None), (f"{initial(p.first)} {p.last}", NOM)]
    if form == 4:
        return [(title, None), (f"{upper_last(p.last)} {p.first}", NOM)]
    return [(title, None), (f"{p.first} {p.last}", NOM)]


def staff_caps(p: Person) -> Piece:
    """Lists of staff in capitals: « DUPONT Jean »."""
    return ent(NOM, f"{upper_last(p.last)} {p.first}")


def ent_last(p: Person) -> Piece:
    """The surname alone, as in a list or a handover: « DUPONT »."""
    return ent(NOM, upper_last(p.last))


def first_only(p: Person) -> Piece:
    return ent(NOM, p.first)


def short(ctx: Ctx, p: Person) -> Piece:
    """How a patient is referred to later in a note: « Mme Dupont », « M. DUPONT », « le patient »."""
    form = ctx.rng.randrange(4)
    if form == 0:
        return [(p.civility + " ", None), (p.last, NOM)]
    if form == 1:
        return [(p.civility + " ", None), (upper_last(p.last), NOM)]
    if form == 2:
        return plain("la patiente" if p.female else "le patient")
    return [(p.civility + " ", None), (p.last, NOM)]


def relative(ctx: Ctx, patient: Person) -> tuple[str, Person]:
    """A relative of the patient, sharing the surname when it is a child or a spouse."""
    role = ctx.pick(["sa fille", "son fils", "son épouse", "son mari", "sa sœur", "son frère", "sa nièce"])
    female = role in {"sa fille", "son épouse", "sa sœur", "sa nièce"}
    other = person(ctx, female)
    if role in {"sa fille", "son fils", "son épouse", "son mari"} and ctx.chance(0.6):
        other = Person(other.first, patient.last, female)
    return role, other
