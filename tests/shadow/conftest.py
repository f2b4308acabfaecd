"""Fixtures of the shadow-AI tests: the sample logs (written from each format's documentation) and a scanner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from egide.shadow.catalogue import Catalogue, load
from egide.shadow.classify import Classifier, RegistryTool
from egide.shadow.config import ShadowConfig
from egide.shadow.directory import Directory
from egide.shadow.formats.fieldmap import parse_field_map
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.readers import expand
from egide.shadow.scan import ScanResult, scan

SAMPLES = Path(__file__).parent / "samples"
SECRET = "test-secret-for-shadow-pseudonyms-0123456789"
#: The Zscaler NSS feed of the sample: "%s{time}","%s{login}","%s{proto}","%s{eurl}","%s{action}",
#: "%s{appname}","%s{appclass}","%d{reqsize}","%d{respsize}","%s{cip}","%s{urlcat}".
ZSCALER_MAP = "time=1,user=2,url=4,action=5,sent=8,received=9,client=10"

Scan = Callable[..., ScanResult]


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load(updated=None, site=None)


@pytest.fixture
def run_scan(catalogue: Catalogue) -> Scan:
    def run(
        *names: str,
        fmt: str = "auto",
        field_map: str | None = None,
        approved: Sequence[RegistryTool] = (),  # registry tools (approved or not)
        users: Directory | None = None,
        config: ShadowConfig | None = None,
    ) -> ScanResult:
        paths = [name if Path(name).is_absolute() or name == "-" else str(SAMPLES / name) for name in names]
        return scan(
            expand(paths),
            fmt=fmt,
            field_map=parse_field_map(field_map) if field_map else None,
            classifier=Classifier(catalogue, approved),
            directory=users or Directory(),
            pseudonymiser=UserPseudonyms(SECRET),
            config=config or ShadowConfig(),
        )

    return run
