"""Realistic surrogates: a value of the same kind and form, keyed so one value maps to one surrogate.

Dates are shifted (:class:`DateShift`); names go word by word (:mod:`surrogates.names`); every other
label has a generator of the same form. A candidate already standing for another value of the scope
(or equal to one of the scope's originals) is rejected and the next keyed attempt is drawn, so
restoration is never ambiguous. Labels without a generator get a placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from egide.detect.labels import Label
from egide.transform.keyed import KeyedRandom
from egide.transform.mapping import Entry, Kind
from egide.transform.normalise import value_key
from egide.transform.operators.base import Operator, ScopeContext
from egide.transform.operators.dateshift import DATE_LABELS, DateShift
from egide.transform.operators.placeholder import Placeholder
from egide.transform.surrogates import contact, nir, phone, places, shape
from egide.transform.surrogates.names import apply_case, case_pattern
from egide.transform.surrogates.names import name as name_surrogate

_ATTEMPTS = 50

Generator = Callable[[str, KeyedRandom, ScopeContext], str]


def _age(value: str, rng: KeyedRandom, ctx: ScopeContext) -> str:
    # Ages of 90 and over are what is flagged: another age in 90..99, the words around it kept.
    return re.sub(
        r"\d+", lambda m: str(rng.between(90, 99)) if int(m.group(0)) >= 90 else m.group(0), value, count=1
    )


def _plate(value: str, rng: KeyedRandom, ctx: ScopeContext) -> str:
    return shape.same_shape(value, rng, keep_first=False)


GENERATORS: dict[str, Generator] = {
    Label.NIR: lambda v, r, c: nir.nir(v, r),
    Label.TELEPHONE: lambda v, r, c: phone.phone(v, r),
    Label.EMAIL: contact.email,
    Label.URL: lambda v, r, c: contact.url(v, r),
    Label.IP: lambda v, r, c: contact.ip(v, r),
    Label.IBAN: lambda v, r, c: shape.iban(v, r),
    Label.IPP: lambda v, r, c: shape.with_luhn(v, r),
    Label.NDA: lambda v, r, c: shape.with_luhn(v, r),
    Label.RPPS: lambda v, r, c: shape.with_luhn(v, r),
    Label.ADELI: lambda v, r, c: shape.with_luhn(v, r),
    Label.FINESS: lambda v, r, c: shape.with_luhn(v, r),
    Label.SIRET: lambda v, r, c: shape.with_luhn(v, r),
    Label.CARTE_BANCAIRE: lambda v, r, c: shape.with_luhn(v, r),
    Label.PIECE_IDENTITE: lambda v, r, c: shape.same_shape(v, r),
    Label.IMMATRICULATION: _plate,
    Label.SECRET: lambda v, r, c: shape.same_shape(v, r, keep_first=False),
    # Nothing is known of an unexplained number but its shape: keep the shape, change every character.
    Label.IDENTIFIANT: lambda v, r, c: shape.same_shape(v, r, keep_first=False),
    Label.AGE: _age,
    Label.VILLE: lambda v, r, c: places.city(v, r),
    Label.CODE_POSTAL: lambda v, r, c: places.postcode(v, r),
    Label.ADRESSE: lambda v, r, c: places.address(v, r),
    Label.ETABLISSEMENT: lambda v, r, c: places.establishment(v, r),
}


@dataclass(frozen=True)
class Surrogate(Operator):
    date_shift: DateShift = field(default_factory=DateShift)
    fallback: Operator = field(default_factory=Placeholder)
    name: ClassVar[str] = "surrogate"
    reversible: ClassVar[bool] = True

    def replace(self, value: str, label: str, ctx: ScopeContext) -> str:
        if label in DATE_LABELS:
            return self.date_shift.replace(value, label, ctx)
        if label == Label.NOM:
            same = ctx.mapping.get(label, value)
            if same is not None and same.original == value:
                return same.replacement
            # Word by word from the parts already recorded, so « Jeanne Dupont » after « Jeanne DUPONT »
            # keeps its own case; the whole finding is recorded too (restoring it as written).
            replacement = name_surrogate(value, ctx)
            ctx.mapping.add(Entry(label, value, replacement, Kind.SURROGATE))
            return replacement
        existing = ctx.mapping.get(label, value)
        if existing is not None:
            if value == existing.original:
                return existing.replacement
            # Same value written in another case (« ROUEN », then « Rouen »): same surrogate, that case.
            return apply_case(existing.replacement, case_pattern(value))
        generator = GENERATORS.get(label)
        if generator is None:
            return self.fallback.replace(value, label, ctx)
        key = value_key(value)
        for attempt in range(_ATTEMPTS):
            candidate = generator(value, ctx.random("surrogate-" + label, key, attempt), ctx)
            if value_key(candidate) != key and not ctx.clashes(candidate):
                return ctx.mapping.add(Entry(label, value, candidate, Kind.SURROGATE)).replacement
        return self.fallback.replace(value, label, ctx)  # the form allows too few values (ages 90..99)
