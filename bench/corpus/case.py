"""One synthetic patient stay: the people, identifiers, places and dates a document draws from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.corpus.builder import Piece, ent, plain
from bench.corpus.context import Ctx
from bench.corpus.dates import date_between
from bench.corpus.people import Person, person

REFERENCE_DAY = dt.date(2025, 6, 30)  # fixed so that ages do not depend on when the corpus is generated


@dataclass
class Case:
    patient: Person
    birth: dt.date
    admission: dt.date
    discharge: dt.date
    doctor: Person  # the author
    gp: Person  # médecin traitant, the usual addressee
    colleague: Person
    nurse: Person

    @property
    def age(self) -> int:
        years = self.admission.year - self.birth.year
        return years - ((self.admission.month, self.admission.day) < (self.birth.month, self.birth.day))

    def age_piece(self, ctx: Ctx) -> Piece:
        """« 93 ans » is identifying (AGE) from 90 on; younger ages are plain text."""
        text = str(self.age)
        suffix = " ans"
        if self.age >= 90:
            if self.age < 100 and ctx.chance(0.2):
                from bench.corpus.dates import words_below_100

                return [*ent("AGE", words_below_100(self.age)), (suffix, None)]
            return [*ent("AGE", text), (suffix, None)]
        return plain(text + suffix)


def new_case(ctx: Ctx) -> Case:
    female = ctx.chance(0.5)
    patient = person(ctx, female)
    admission = date_between(ctx, 2016, 2025)
    if ctx.chance(0.15):  # the very old, whose age alone identifies them
        birth = date_between(ctx, admission.year - 101, admission.year - 91)
    else:
        birth = date_between(ctx, admission.year - 88, admission.year - 18)
    discharge = admission + dt.timedelta(days=ctx.rng.randrange(1, 21))
    return Case(patient, birth, admission, discharge, person(ctx), person(ctx), person(ctx), person(ctx))
