"""What changed from one version of the referential to another: added, removed, changed requirements."""

from __future__ import annotations

from dataclasses import dataclass

from egide.compliance.referential import Referential, Requirement

#: The fields compared, with their French names for the page and the command.
FIELDS: dict[str, str] = {
    "source": "source",
    "article": "article",
    "title": "intitulé",
    "statement": "énoncé",
    "evidence": "preuves",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return FIELDS[self.field]


@dataclass(frozen=True)
class ChangedRequirement:
    before: Requirement
    after: Requirement
    changes: tuple[FieldChange, ...]

    @property
    def id(self) -> str:
        return self.after.id


@dataclass(frozen=True)
class ReferentialDiff:
    old_version: str
    new_version: str
    added: tuple[Requirement, ...]
    removed: tuple[Requirement, ...]
    changed: tuple[ChangedRequirement, ...]
    unchanged: int

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    @property
    def summary(self) -> str:
        """« 2 ajoutées, 1 retirée, 3 modifiées, 20 inchangées »."""
        return (
            f"{len(self.added)} ajoutée{'s' if len(self.added) > 1 else ''}, "
            f"{len(self.removed)} retirée{'s' if len(self.removed) > 1 else ''}, "
            f"{len(self.changed)} modifiée{'s' if len(self.changed) > 1 else ''}, "
            f"{self.unchanged} inchangée{'s' if self.unchanged > 1 else ''}"
        )


def _shown(requirement: Requirement, field: str) -> str:
    value = getattr(requirement, field)
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def compare(old: Referential, new: Referential) -> ReferentialDiff:
    """Requirements are matched by id; order follows the new version (the old one for removals)."""
    before = {r.id: r for r in old.requirements}
    after_ids = {r.id for r in new.requirements}
    added: list[Requirement] = []
    changed: list[ChangedRequirement] = []
    unchanged = 0
    for requirement in new.requirements:
        previous = before.get(requirement.id)
        if previous is None:
            added.append(requirement)
            continue
        changes = tuple(
            FieldChange(field, _shown(previous, field), _shown(requirement, field))
            for field in FIELDS
            if getattr(previous, field) != getattr(requirement, field)
        )
        if changes:
            changed.append(ChangedRequirement(previous, requirement, changes))
        else:
            unchanged += 1
    removed = tuple(r for r in old.requirements if r.id not in after_ids)
    return ReferentialDiff(old.version, new.version, tuple(added), removed, tuple(changed), unchanged)
