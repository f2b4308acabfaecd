"""The regulatory referential: requirements kept as versioned TOML data, read and checked here.

The versions égide ships live in ``egide/compliance/data/v<version>.toml``; an establishment may
adopt a newer one from a file (``egide compliance referential adopt --file``). Parsing and checks
are the same for both; a file that does not pass them is refused with the first problem named.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from egide.errors import InputError

#: « 2026-12 », optionally « 2026-12-b » for a second version in one month.
VERSION_PATTERN = r"^\d{4}-\d{2}(-[a-z0-9]{1,8})?$"
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,59}$"
_EVIDENCE_KEY = r"^[a-z][a-z0-9_]{0,59}$"
_DATA = "egide.compliance.data"


class Source(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=300)


class Requirement(BaseModel):
    """One requirement: who asks it (``source``, ``article``), what it asks in plain French, and which
    evidence égide computes for it (keys of :mod:`egide.compliance.evidence`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID_PATTERN)
    source: str = Field(min_length=1, max_length=40)
    article: str = Field(min_length=1, max_length=80)
    title: str = Field(min_length=1, max_length=120)
    statement: str = Field(min_length=1, max_length=600)
    evidence: tuple[str, ...] = ()

    @field_validator("evidence")
    @classmethod
    def _evidence_keys(cls, keys: tuple[str, ...]) -> tuple[str, ...]:
        for key in keys:
            if not re.fullmatch(_EVIDENCE_KEY, key):
                raise ValueError(f"clé de preuve invalide : {key!r}")
        if len(set(keys)) != len(keys):
            raise ValueError("clé de preuve en double")
        return keys

    @property
    def digest(self) -> str:
        """A fingerprint of what the requirement says: a status set on another wording is to review."""
        text = "\x1f".join((self.source, self.article, self.title, self.statement, *self.evidence))
        return hashlib.sha256(text.encode()).hexdigest()


class Referential(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(pattern=VERSION_PATTERN)
    published: date
    title: str = Field(min_length=1, max_length=200)
    sources: tuple[Source, ...]
    requirements: tuple[Requirement, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Referential:
        ids = [r.id for r in self.requirements]
        doubles = sorted({i for i in ids if ids.count(i) > 1})
        if doubles:
            raise ValueError(f"exigences en double : {', '.join(doubles)}")
        known = {s.id for s in self.sources}
        unknown = sorted({r.source for r in self.requirements} - known)
        if unknown:
            raise ValueError(f"sources non déclarées : {', '.join(unknown)}")
        return self

    def requirement(self, requirement_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == requirement_id), None)

    def source_name(self, source_id: str) -> str:
        return next((s.name for s in self.sources if s.id == source_id), source_id)


@dataclass(frozen=True)
class LoadedReferential:
    """A referential and the exact text it was read from (stored on adoption, digest for the record)."""

    referential: Referential
    text: str

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def parse(text: str, *, origin: str = "référentiel") -> LoadedReferential:
    """Read a referential from TOML text; :class:`InputError` names the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{origin} : TOML illisible ({exc})", param="referential") from None
    try:
        referential = Referential.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "racine"
        raise InputError(f"{origin} : {where} : {first['msg']}", param="referential") from None
    return LoadedReferential(referential, text)


def shipped_versions() -> list[str]:
    """The versions inside this égide package, oldest first."""
    names = (entry.name for entry in resources.files(_DATA).iterdir())
    found = [name[1:-5] for name in names if name.startswith("v") and name.endswith(".toml")]
    return sorted(found)


@cache
def shipped(version: str) -> LoadedReferential:
    """A version shipped with égide (read once per process)."""
    if version not in shipped_versions():
        raise InputError(f"version du référentiel inconnue : {version}", param="version")
    text = resources.files(_DATA).joinpath(f"v{version}.toml").read_text(encoding="utf-8")
    return parse(text, origin=f"référentiel {version}")


def latest_shipped() -> LoadedReferential:
    return shipped(shipped_versions()[-1])
