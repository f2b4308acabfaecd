from __future__ import annotations

from pathlib import Path

import pytest

from egide.batch import Columns, Job
from egide.keys import Purpose, derive_key
from tests.batch.collection import PERSON_COLUMN, TEXT_COLUMNS, make_collection

SECRET = "batch-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz"
KEY = derive_key(SECRET, Purpose.PSEUDONYMS)
COLUMNS = Columns(TEXT_COLUMNS, PERSON_COLUMN)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    root = tmp_path / "entree"
    make_collection(root)
    return root


def job(source: Path, target: Path, operator: str = "surrogate") -> Job:
    return Job(source, target, operator, COLUMNS, secret=KEY)
