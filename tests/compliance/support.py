"""Helpers of the compliance tests: the fixture referentials, people, facts."""

from __future__ import annotations

from pathlib import Path

from egide.compliance import ComplianceConfig, Facts, LoadedReferential, parse
from egide.governance import Role, add_user
from egide.store import Database

FIXTURES = Path(__file__).parent / "fixtures"
DEFAULT_MATRIX = {
    "public": "block",
    "contracted": "pseudonymise",
    "hds": "pseudonymise",
    "on_premise": "pseudonymise",
}


def fixture_referential(version: str) -> LoadedReferential:
    path = FIXTURES / f"v{version}.toml"
    return parse(path.read_text(encoding="utf-8"), origin=path.name)


def add_person(db: Database, name: str, email: str, role: Role = Role.PROFESSIONAL) -> int:
    with db.session(write=True) as session:
        return add_user(session, name=name, email=email, role=role).id


def facts(**overrides: object) -> Facts:
    values: dict[str, object] = {
        "retention_days": 183,
        "policy_matrix": dict(DEFAULT_MATRIX),
        "config": ComplianceConfig(
            establishment="Centre hospitalier de Trouville", dpo_contact="dpo@ch-trouville.example"
        ),
    }
    values.update(overrides)
    return Facts(**values)  # type: ignore[arg-type]
