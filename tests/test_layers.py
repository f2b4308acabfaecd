"""The plan's arrows, checked on the code: no package imports one above it, nothing imports the
settings below the entry points, each package's public API is what its ``__all__`` says."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "egide"

#: What each package may import of égide besides itself (leaf modules: errors, keys).
ALLOWED: dict[str, set[str]] = {
    "detect": set(),
    "transform": {"detect"},
    "store": set(),
    "audit": {"store"},
    "governance": {"audit", "store"},
    "policy": {"detect", "transform", "governance"},
    "evaluation": {"detect"},
    "batch": {"detect", "transform"},
    "shadow": {"audit", "governance", "store"},
    "assistant": {"detect", "audit", "store"},
    "dashboard": {"assistant", "audit", "detect", "governance", "shadow", "store"},
    # the evidence reads the registry, the audit trail and the shadow-AI tables (through store)
    "compliance": {"audit", "governance", "store"},
    # the assistant page sends through the gateway's own path (Gateway.prepare_for_person, routes.chat.answer)
    "console": {
        "governance",
        "audit",
        "store",
        "shadow",
        "policy",
        "detect",
        "transform",
        "assistant",
        "compliance",
        "gateway",
        "dashboard",
    },
    "gateway": {
        "detect",
        "transform",
        "policy",
        "governance",
        "audit",
        "store",
        "settings",
        "app",
        "console",
    },
}
LEAVES = {"errors", "keys", "confidentiality"}


def _imports(path: Path) -> set[str]:
    """The égide top-level names a module imports, at module level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "egide" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_no_import_runs_up_the_layers(package: str) -> None:
    allowed = ALLOWED[package] | LEAVES | {package}
    wrong = {
        f"{path.relative_to(SRC)} → egide.{name}"
        for path in (SRC / package).rglob("*.py")
        for name in _imports(path)
        if name not in allowed
    }
    assert sorted(wrong) == []


PUBLIC_PACKAGES = (
    "detect",
    "transform",
    "policy",
    "governance",
    "audit",
    "store",
    "evaluation",
    "batch",
    "assistant",
    "dashboard",
    "compliance",
)


@pytest.mark.parametrize("package", PUBLIC_PACKAGES)
def test_public_api_is_what_all_says(package: str) -> None:
    module = importlib.import_module(f"egide.{package}")
    exported = module.__all__
    assert len(exported) == len(set(exported))
    for name in exported:
        assert getattr(module, name) is not None, f"egide.{package}.{name}"
