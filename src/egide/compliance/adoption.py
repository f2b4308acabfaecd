"""Which version of the referential the establishment uses, and adopting a new one (audited).

The version in use is the last one adopted (its text is stored, so it stays readable when égide
is upgraded); before any adoption, the newest version shipped with égide. A newer shipped version
than the one adopted is *pending*: the console shows what it changes and the DPO adopts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from egide.audit.log import append_events
from egide.compliance.diff import ReferentialDiff, compare
from egide.compliance.events import ReferentialAdopted
from egide.compliance.referential import LoadedReferential, latest_shipped, parse, shipped, shipped_versions
from egide.compliance.statuses import ensure_dpo
from egide.errors import Conflict, InputError
from egide.store.models.compliance import ComplianceReferential


@dataclass(frozen=True)
class ReferentialInUse:
    loaded: LoadedReferential
    #: None: nothing adopted yet, the newest shipped version applies.
    adopted_at: datetime | None
    adopted_by: int | None

    @property
    def version(self) -> str:
        return self.loaded.referential.version


def _last_adopted(session: Session) -> ComplianceReferential | None:
    return session.scalars(
        select(ComplianceReferential).order_by(ComplianceReferential.id.desc()).limit(1)
    ).first()


def in_use(session: Session) -> ReferentialInUse:
    row = _last_adopted(session)
    if row is None:
        return ReferentialInUse(latest_shipped(), None, None)
    loaded = parse(row.source_text, origin=f"référentiel {row.version} (base)")
    return ReferentialInUse(loaded, row.adopted_at, row.adopted_by)


def known_versions(session: Session) -> dict[str, LoadedReferential]:
    """Every version égide can show: shipped ones and adopted ones (the stored text wins), oldest first."""
    found = {version: shipped(version) for version in shipped_versions()}
    for row in session.scalars(select(ComplianceReferential)):
        found[row.version] = parse(row.source_text, origin=f"référentiel {row.version} (base)")
    return dict(sorted(found.items()))


def version_text(session: Session, version: str) -> LoadedReferential:
    found = known_versions(session).get(version)
    if found is None:
        raise InputError(f"version du référentiel inconnue : {version}", param="version")
    return found


def pending(session: Session) -> LoadedReferential | None:
    """The newest shipped version when it is newer than the one in use, else None."""
    newest = latest_shipped()
    current = in_use(session)
    if current.adopted_at is None or newest.referential.version <= current.version:
        return None
    return newest


def adopt(session: Session, loaded: LoadedReferential, *, actor_user_id: int) -> ReferentialDiff:
    """Adopt ``loaded`` as the referential in use; returns what changed from the previous one.

    A version already adopted or older than the one in use is refused: versions only move forward,
    and one version number always means one text. Only the DPO adopts. The first adoption compares with the version that
    applied until then (the newest shipped).
    """
    ensure_dpo(session, actor_user_id)
    version = loaded.referential.version
    current = in_use(session)
    existing = session.scalar(select(ComplianceReferential).where(ComplianceReferential.version == version))
    if existing is not None:
        raise Conflict(f"la version {version} du référentiel est déjà adoptée")
    if current.adopted_at is not None and version < current.version:
        raise Conflict(f"la version {version} est plus ancienne que celle en vigueur ({current.version})")
    if version in shipped_versions() and shipped(version).digest != loaded.digest:
        raise Conflict(f"un autre texte porte déjà le numéro de version {version} dans égide")
    difference = compare(current.loaded.referential, loaded.referential)
    session.add(
        ComplianceReferential(
            version=version, source_text=loaded.text, digest=loaded.digest, adopted_by=actor_user_id
        )
    )
    session.flush()
    append_events(
        session,
        ReferentialAdopted(
            actor_user_id=actor_user_id,
            version=version,
            previous_version=current.version if current.adopted_at is not None else None,
            digest=loaded.digest,
            added=len(difference.added),
            removed=len(difference.removed),
            changed=len(difference.changed),
        ),
    )
    return difference
