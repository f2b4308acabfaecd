"""A discovery run: read the logs, classify each request's host, count the AI traffic."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence
from concurrent.futures import Executor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from egide.errors import InputError
from egide.shadow import parallel
from egide.shadow.aggregate import Aggregator, Usage
from egide.shadow.classify import Classifier, Kind
from egide.shadow.config import ShadowConfig
from egide.shadow.directory import Directory
from egide.shadow.formats.detect import canonical
from egide.shadow.formats.fieldmap import FieldMap
from egide.shadow.pseudonym import UserPseudonyms
from egide.shadow.readers import Source, is_plain_file, open_lines
from egide.shadow.scanner import SNIFF_LINES, FileReport, Sample, Scanner, choose


@dataclass
class ScanResult:
    id: str
    started_at: datetime
    finished_at: datetime
    files: list[FileReport]
    samples: list[Sample]
    period_start: datetime | None
    period_end: datetime | None
    catalogue_version: str
    approved_tools: int
    rows: list[Usage]
    identities: dict[str, str] = field(repr=False)  # pseudonym → identity; sealed in storage, never reported
    revealed: bool = False
    timezone: str = "UTC"  # where days are counted; reports show local times in it

    @property
    def lines(self) -> int:
        return sum(f.lines for f in self.files)

    @property
    def records(self) -> int:
        return sum(f.records for f in self.files)

    @property
    def malformed(self) -> int:
        return sum(f.malformed for f in self.files)

    @property
    def ignored(self) -> int:
        return sum(f.ignored for f in self.files)

    @property
    def ai_requests(self) -> int:
        return sum(row.requests for row in self.rows)

    @property
    def uploads_known(self) -> bool:
        return any(row.sent is not None for row in self.rows)

    def requests_of(self, kind: Kind) -> int:
        return sum(row.requests for row in self.rows if row.destination.kind is kind)


def scan(
    sources: Sequence[Source],
    *,
    fmt: str = "auto",
    field_map: FieldMap | None = None,
    classifier: Classifier,
    directory: Directory,
    pseudonymiser: UserPseudonyms,
    config: ShadowConfig,
) -> ScanResult:
    """Read every source and return the discovery result (users pseudonymised)."""
    name = canonical(fmt)
    if field_map is not None and name not in ("auto", "csv"):
        raise InputError("--field-map ne s'applique qu'aux flux CSV/TSV", param="field_map")
    zone = ZoneInfo(config.timezone)
    started = datetime.now(UTC)
    aggregator = Aggregator(zone, identify_by_ip=config.identify_by_ip)
    scanner = Scanner(classifier, aggregator, samples=config.malformed_samples)
    jobs = parallel.jobs_for(config.jobs)
    files: list[FileReport] = []
    with ExitStack() as stack:
        pool: Executor | None = None
        for source in sources:
            fmt_here = _parallel_format(source, name, field_map, jobs)
            if fmt_here is None:
                with open_lines(source) as lines:
                    files.append(scanner.read(source, lines, name, field_map, zone))
                continue
            if pool is None:
                pool = stack.enter_context(parallel.executor(jobs))
            files.append(
                parallel.read_in_parallel(
                    pool,
                    jobs,
                    source,
                    fmt_here,
                    classifier=classifier,
                    scanner=scanner,
                    aggregator=aggregator,
                    zone=config.timezone,
                    identify_by_ip=config.identify_by_ip,
                )
            )
    rows, identities = aggregator.rows(
        directory=directory, pseudonymiser=pseudonymiser, upload_threshold=config.suspicious_upload_bytes
    )
    return ScanResult(
        id=uuid.uuid4().hex,
        started_at=started,
        finished_at=datetime.now(UTC),
        files=files,
        samples=scanner.samples,
        period_start=datetime.fromtimestamp(scanner.first, UTC) if scanner.first is not None else None,
        period_end=datetime.fromtimestamp(scanner.last, UTC) if scanner.last is not None else None,
        catalogue_version=classifier.catalogue.version,
        approved_tools=len(classifier.approved),
        rows=rows,
        identities=identities,
        timezone=config.timezone,
    )


def _parallel_format(source: Source, name: str, field_map: FieldMap | None, jobs: int) -> str | None:
    """The format to read ``source`` with in parallel, or None when one process must read it."""
    if jobs < 2 or source.path is None or not is_plain_file(source):
        return None
    if source.path.stat().st_size < parallel.MIN_BYTES:
        return None
    if name == "auto":
        with open_lines(source) as lines:
            head = list(itertools.islice(lines, SNIFF_LINES))
        name = choose(name, head, field_map, source)[0]
    return name if name in parallel.STATELESS else None
