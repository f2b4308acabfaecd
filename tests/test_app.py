"""The assembly point: one data directory wherever you stand, a generated secret, no silent new database."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from egide.app import open_database, secret_path, with_secret
from egide.errors import ConfigError, NotInitialised
from egide.settings import Settings, default_data_dir, load_settings

EGIDE = str(Path(sys.executable).parent / "egide")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), **extra}
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EGIDE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_every_command_finds_the_same_database_from_any_directory(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    here, elsewhere = tmp_path / "ici", tmp_path / "ailleurs"
    here.mkdir()
    elsewhere.mkdir()
    created = _run(["init"], here, env)
    assert created.returncode == 0, created.stderr
    database = tmp_path / "home" / "data" / "egide" / "egide.db"
    assert f"base : SQLite {database}" in created.stderr
    assert not (here / "var").exists()  # nothing in the current directory any more
    added = _run(
        ["users", "add", "Dr Léa Roux", "lea.roux@chu-exemple.fr", "--as", "admin@egide.local"], here, env
    )
    assert added.returncode == 0, added.stderr
    listed = _run(["users", "list"], elsewhere, env)
    assert listed.returncode == 0, listed.stderr
    assert "lea.roux@chu-exemple.fr" in listed.stdout
    assert f"base : SQLite {database}" in listed.stderr


def test_a_command_on_a_missing_database_stops_and_creates_nothing(tmp_path: Path) -> None:
    env = _env(tmp_path / "home", EGIDE_DATA_DIR=str(tmp_path / "vide"))
    done = _run(["tools", "suspend", "Écho (contrat)"], tmp_path, env)
    assert done.returncode == 2
    assert "egide init" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "vide" / "egide.db").exists()
    audit = _run(["audit", "verify"], tmp_path, env)  # « intègre » on an empty new database was the trap
    assert audit.returncode == 2 and "intègre" not in audit.stdout


def test_the_generated_secret_is_private_stable_and_used(tmp_path: Path) -> None:
    settings = Settings(environment="test", data_dir=tmp_path / "data", database_url=None)
    with pytest.raises(NotInitialised, match="egide init"):
        with_secret(settings)
    settings_with, db, admin_key = open_database(settings, create=True)
    db.dispose()
    path = secret_path(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700  # made here, beside the database
    assert len(settings_with.secret_key) >= 64 and admin_key is not None
    assert path.read_text(encoding="utf-8").strip() == settings_with.secret_key
    again, db, second_key = open_database(settings)  # opening again: same secret, no new administrator
    db.dispose()
    assert again.secret_key == settings_with.secret_key and second_key is None


def test_a_configured_secret_wins_and_a_short_one_is_refused(tmp_path: Path) -> None:
    configured = "configured-secret-" + "c" * 32
    settings = Settings(environment="test", data_dir=tmp_path, secret_key=configured)
    assert with_secret(settings, create=True).secret_key == configured
    assert not secret_path(settings).exists()
    with pytest.raises(ConfigError, match="32 caractères"):
        load_settings(secret_key="trop-court")


def test_default_data_dir_follows_systemd_then_the_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "egide"
    monkeypatch.setenv("STATE_DIRECTORY", "/var/lib/egide")
    assert default_data_dir() == Path("/var/lib/egide")
    monkeypatch.chdir(tmp_path)
    assert Settings().data_dir == Path("/var/lib/egide")


def test_environment_wins_over_the_toml_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    toml = tmp_path / "egide.toml"
    toml.write_text('log_level = "DEBUG"\n[gateway]\nport = 9001\n', encoding="utf-8")
    monkeypatch.setenv("EGIDE_CONFIG", str(toml))
    assert load_settings().gateway.port == 9001
    monkeypatch.setenv("EGIDE_GATEWAY__PORT", "9002")
    settings = load_settings()
    assert settings.gateway.port == 9002 and settings.log_level == "DEBUG"


def test_an_operator_the_gateway_cannot_restore_is_refused_by_the_settings() -> None:
    with pytest.raises(ConfigError, match=r"gateway\.operator"):
        load_settings(gateway={"operator": "mask"})
    assert load_settings(gateway={"operator": "surrogate"}).gateway.operator == "surrogate"
