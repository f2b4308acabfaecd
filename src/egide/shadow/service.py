"""Running a discovery from settings: what the command line (and a scheduled job) call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from egide.settings import Settings
from egide.shadow.catalogue import Catalogue, load
from egide.shadow.classify import Classifier
from egide.shadow.directory import Directory
from egide.shadow.formats.fieldmap import FieldMap
from egide.shadow.pseudonym import Pseudonymiser
from egide.shadow.readers import Source
from egide.shadow.registry import registry_tools
from egide.shadow.scan import ScanResult, scan
from egide.store import Database


def updated_catalogue_path(settings: Settings) -> Path:
    return settings.shadow.catalogue_file or settings.data_dir / "shadow" / "genai_domains.csv"


def catalogue_of(settings: Settings) -> Catalogue:
    return load(updated=updated_catalogue_path(settings), site=settings.shadow.site_catalogue)


def pseudonymiser_of(settings: Settings) -> Pseudonymiser:
    return Pseudonymiser(settings.secret_key, settings.shadow.pseudonym_length)


@dataclass(frozen=True)
class Request:
    sources: list[Source]
    fmt: str = "auto"
    field_map: FieldMap | None = None
    users: Path | None = None


def run_scan(settings: Settings, db: Database, request: Request) -> ScanResult:
    """Scan with the registry's tools, the catalogue in use and the users file."""
    with db.session() as session:
        tools = registry_tools(session)
    users = request.users or settings.shadow.users_file
    directory = Directory.load(users) if users is not None else Directory()
    return scan(
        request.sources,
        fmt=request.fmt,
        field_map=request.field_map,
        classifier=Classifier(catalogue_of(settings), tools),
        directory=directory,
        pseudonymiser=pseudonymiser_of(settings),
        config=settings.shadow,
    )
