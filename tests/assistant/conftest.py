"""An égide with a recording model server, a trained professional and the assistant's tools."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from egide.app import database_of
from egide.gateway.app import create_app
from egide.gateway.backends import Backends
from egide.gateway.service import Gateway
from egide.governance import accept_charter, add_user, bootstrap, record_training
from egide.settings import Settings
from egide.store import Database
from tests.gateway.conftest import ModelServer, make_settings
from tests.gateway.servers import serve_in_thread
from tests.gateway.upstream import Recorder, create_upstream
from tests.governance.reviewed import add_approved

#: A synthetic letter (no real person): names, birth date, NIR, phone, address.
LETTER = (
    "Cher confrère,\n\nJe vous adresse Mme Jeanne DUPONT, née le 03/02/1961, NIR 2 61 02 75 115 123 45, "
    "demeurant 12 rue des Lilas 76000 Rouen, tél. 06 12 34 56 78, pour une pneumopathie traitée par "
    "amoxicilline 1 g trois fois par jour depuis le 28/11/2026.\n\nBien confraternellement,\nDr Paul MARTIN"
)
LETTER_VALUES = ["Jeanne DUPONT", "03/02/1961", "2 61 02 75 115 123 45", "06 12 34 56 78", "12 rue des Lilas"]


@dataclass
class Assistant:
    settings: Settings
    database: Database
    gateway: Gateway
    backends: Backends
    person_id: int
    untrained_id: int


def trained_person(database: Database, email: str, *, trained: bool = True) -> int:
    with database.session(write=True) as session:
        user = add_user(session, name="Claire Soignante", email=email, role="professional")
        if trained:
            record_training(session, user.id, completed_on=date.today() - timedelta(days=3))
            accept_charter(session, user.id)
        return user.id


@pytest.fixture(scope="module")
def model_server() -> Iterator[ModelServer]:
    """The recording model server of the gateway's tests, on loopback."""
    recorder = Recorder()
    with serve_in_thread(create_upstream(recorder)) as url:
        yield ModelServer(url + "/v1", recorder)


@pytest.fixture
def assistant(tmp_path: Path, model_server: ModelServer) -> Iterator[Assistant]:
    settings = make_settings(tmp_path)
    database = database_of(settings)
    database.migrate()
    assert bootstrap(database) is not None
    with database.session(write=True) as session:
        add_approved(
            session,
            model_server.url,
            [("Sous contrat", "contracted", "contrat"), ("Grand public", "public", "public")],
        )
    person = trained_person(database, "claire@chu.test")
    untrained = trained_person(database, "novice@chu.test", trained=False)
    app = create_app(settings, database=database)
    yield Assistant(settings, database, app.state.gateway, app.state.backends, person, untrained)
    app.state.gateway.close()
    database.dispose()
