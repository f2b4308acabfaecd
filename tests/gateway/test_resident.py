"""The engine's data is kept out of the collector's reach while the gateway serves, and given back
when it stops (:mod:`egide.detect.resident`)."""

from __future__ import annotations

import gc
from pathlib import Path

from fastapi.testclient import TestClient

from egide.app import database_of
from egide.detect.resident import keep_resident, release
from egide.gateway.app import create_app
from tests.gateway.conftest import make_settings


def test_the_gateway_freezes_after_its_warm_up_and_releases_on_shutdown(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = create_app(settings, database=database_of(settings, migrate=True))
    release()
    assert gc.get_freeze_count() == 0
    with TestClient(app) as client:
        # the warm-up loaded the lists; they are frozen with everything else the process held
        assert gc.get_freeze_count() > 50_000
        assert client.get("/healthz").status_code == 200
    assert gc.get_freeze_count() == 0


def test_a_frozen_object_is_left_alone_by_a_full_collection() -> None:
    kept = [[i] for i in range(1000)]
    try:
        frozen = keep_resident()
        assert frozen >= 1000
        tracked = len(gc.get_objects())  # the frozen ones are no longer in any generation
        assert tracked < len(kept)
        gc.collect()
        assert gc.get_freeze_count() == frozen
    finally:
        release()
    assert len(gc.get_objects()) > len(kept)
