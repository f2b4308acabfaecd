"""`egide secret rotate` re-seals the assistant's conversations and incident comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from egide.assistant import (
    AssistantConfig,
    list_incidents,
    load_conversation,
    report_incident,
    save_conversation,
)
from egide.cli import app
from egide.detect import DetectConfig, Detector
from egide.errors import ConfigError
from egide.governance import add_user, bootstrap
from egide.store import Database

OLD = "old-secret-for-assistant-rotation-0123456789-abc"
NEW = "new-secret-for-assistant-rotation-0123456789-def"


def test_rotation_keeps_saved_conversations_and_incidents_readable(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = database.url.render_as_string(hide_password=False)
    before = Database(url, secret_key=OLD)
    bootstrap(before)  # the administrator who rotates
    conversation = {
        "title": "Avant",
        "messages": [{"role": "user", "content": "Mme Jeanne DUPONT, 06 12 34 56 78"}],
    }
    with before.session(write=True) as session:
        user = add_user(session, name="Claire", email="claire@chu.test", role="professional")
        cid = save_conversation(session, user.id, conversation, AssistantConfig())
        report_incident(session, Detector(DetectConfig()), user.id, "autre", "Erreur pour M. Paul MARTIN")
    before.dispose()

    for name, value in {
        "EGIDE_DATABASE_URL": url,
        "EGIDE_SECRET_KEY": NEW,
        "OLD_SECRET": OLD,
        "EGIDE_DATA_DIR": str(tmp_path / "var"),
        "EGIDE_CONFIG": str(tmp_path / "absent.toml"),
        "EGIDE_AS": "admin@egide.local",
    }.items():
        monkeypatch.setenv(name, value)
    done = CliRunner().invoke(app, ["secret", "rotate", "--old-secret-env", "OLD_SECRET"])
    assert done.exit_code == 0, (done.output, done.exception)
    assert "2 enregistrement(s) de l'assistant" in done.stdout

    after = Database(url, secret_key=NEW)
    try:
        with after.session() as session:
            assert load_conversation(session, user.id, cid) == {
                "title": "Avant",
                "messages": [{**conversation["messages"][0], "meta": {}}],  # type: ignore[index]
            }
            assert list_incidents(session)[0].comment == "Erreur pour M. [NOM]"
    finally:
        after.dispose()
    stale = Database(url, secret_key=OLD)
    try:
        with stale.session() as session, pytest.raises(ConfigError):
            load_conversation(session, user.id, cid)
    finally:
        stale.dispose()
