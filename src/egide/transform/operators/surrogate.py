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
from egide.transform import dates, pools
from egide.transform.keyed import KeyedRandom
from egide.transform.mapping import Entry, Kind
from egide.transform.normalise import fold, value_key
from egide.transform.operators.base import Operator, ScopeContext
from egide.transform.operators.dateshift import DATE_LABELS, DateShift
from egide.transform.operators.placeholder import Placeholder
from egide.transform.surrogates import contact, nir, phone, places, shape
from egide.transform.surrogates.names import apply_case, case_pattern
from egide.transform.surrogates.names import name as name_surrogate

_ATTEMPTS = 50
_MONTH_YEAR = dates.DateForm("month_year_num", has_day=False)

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
        if label == Label.VILLE:
            paired = self._paired_city(value, ctx)
            if paired is not None:
                return paired
        elif label == Label.CODE_POSTAL:
            paired = self._paired_postcode(value, ctx)
            if paired is not None:
                return paired
        elif label == Label.ADRESSE:
            commune = self._address_commune(value, ctx)
            generator = lambda v, r, c: places.address(v, r, commune)  # noqa: E731
        elif label == Label.NIR:
            born = self._nir_birth(value, ctx)
            generator = lambda v, r, c: nir.nir(v, r, born)  # noqa: E731
        key = value_key(value)
        for attempt in range(_ATTEMPTS):
            candidate = generator(value, ctx.random("surrogate-" + label, key, attempt), ctx)
            if fold(value_key(candidate)) != fold(key) and not ctx.clashes(candidate):
                return ctx.mapping.add(Entry(label, value, candidate, Kind.SURROGATE)).replacement
        return self.fallback.replace(value, label, ctx)  # the form allows too few values (ages 90..99)

    # -- places: a postcode and its city are a real pair of the pool -------------------------------
    def _record(self, value: str, label: str, candidate: str, ctx: ScopeContext) -> str | None:
        if fold(value_key(candidate)) == fold(value_key(value)) or ctx.clashes(candidate):
            return None
        return ctx.mapping.add(Entry(label, value, candidate, Kind.SURROGATE)).replacement

    def _paired_city(self, value: str, ctx: ScopeContext) -> str | None:
        """The commune whose postcode the city's postcode (« Rouen (76000) ») already became."""
        code = ctx.mapping.get(Label.CODE_POSTAL, ctx.partner) if ctx.partner else None
        commune = pools.commune_coded(code.replacement) if code is not None else None
        if commune is None:
            return None
        return self._record(value, Label.VILLE, places.city_as_written(value, commune[1]), ctx)

    def _city_commune(self, town: str, postcode: str, ctx: ScopeContext) -> tuple[str, str] | None:
        """The pool commune ``town`` becomes in this scope, drawn now if the scope has not met it."""
        entry = ctx.mapping.get(Label.VILLE, town)
        if entry is None:
            # The city is drawn before its own finding is reached; it then finds its entry.
            partner, ctx.partner = ctx.partner, postcode
            try:
                self.replace(town, Label.VILLE, ctx)
            finally:
                ctx.partner = partner
            entry = ctx.mapping.get(Label.VILLE, town)
        return pools.commune_named(entry.replacement) if entry is not None else None

    def _paired_postcode(self, value: str, ctx: ScopeContext) -> str | None:
        """The postcode of the commune the postcode's city (« 76000 Rouen ») becomes."""
        if not ctx.partner or len(value.strip()) != 5:
            return None
        commune = self._city_commune(ctx.partner, value, ctx)
        return self._record(value, Label.CODE_POSTAL, commune[0], ctx) if commune is not None else None

    def _address_commune(self, value: str, ctx: ScopeContext) -> tuple[str, str] | None:
        """The commune an address's « 76000 Rouen » becomes: the city's, so both agree everywhere."""
        code, town = places.postcode_and_city(value)
        if town:
            commune = self._city_commune(town, code, ctx)
        else:
            entry = ctx.mapping.get(Label.CODE_POSTAL, code) if code else None
            commune = pools.commune_coded(entry.replacement) if entry is not None else None
        if commune is not None and code and ctx.mapping.get(Label.CODE_POSTAL, code) is None:
            self._record(code, Label.CODE_POSTAL, commune[0], ctx)  # « 76000 » alone later: the same code
        return commune

    # -- NIR: its year and month of birth are those of the surrogate birth date --------------------
    def _nir_birth(self, value: str, ctx: ScopeContext) -> tuple[int, int] | None:
        encoded = nir.birth_month(value)
        if encoded is None:
            return None
        year, month = encoded
        offset = self.date_shift.offset(ctx)
        births = [e.original for e in ctx.mapping.entries() if e.label == Label.DATE_NAISSANCE]
        births += [v for label, v in ctx.findings if label == Label.DATE_NAISSANCE]
        for birth in births:
            parsed = dates.parse(birth)
            if (
                parsed is not None
                and parsed.year is not None
                and (parsed.year % 100, parsed.month) == encoded
            ):
                shifted_year, shifted_month, _ = dates.shift(parsed, offset)
                if shifted_year is not None and shifted_month is not None:
                    return shifted_year, shifted_month
        # No birth date (yet): the month moves like « 02/1961 » would, so a birth date given later
        # agrees unless its day crosses a month boundary.
        moved_year, moved_month, _ = dates.shift(
            dates.ParsedDate(1900 + year, month, None, _MONTH_YEAR), offset
        )
        return (moved_year, moved_month) if moved_year is not None and moved_month is not None else None
