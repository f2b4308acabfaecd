"""A discovery run: read the logs, classify each request's host, count the AI traffic."""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from egide.errors import InputError
from egide.shadow.aggregate import Aggregator, Usage
from egide.shadow.classify import Classifier, Destination, Kind
from egide.shadow.config import ShadowConfig
from egide.shadow.directory import Directory
from egide.shadow.formats.base import LineParser
from egide.shadow.formats.delimited import sniff_delimiter
from egide.shadow.formats.detect import canonical, detect, parser_for
from egide.shadow.formats.fieldmap import FieldMap, map_from_header
from egide.shadow.formats.squid import Counts, SquidParser
from egide.shadow.pseudonym import Pseudonymiser
from egide.shadow.readers import Source, open_lines
from egide.shadow.record import MalformedLine, Record

SNIFF_LINES = 50
_QUERY = re.compile(r"\?\S*")


@dataclass
class FileReport:
    name: str
    format: str
    lines: int = 0
    records: int = 0
    ignored: int = 0  # comments, directives, headers, authentication challenges
    malformed: int = 0


@dataclass(frozen=True)
class Sample:
    """A malformed line: where, why, and a short excerpt (query strings removed) for the terminal only."""

    source: str
    line: int
    reason: str
    excerpt: str


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


def _excerpt(line: str) -> str:
    text = _QUERY.sub("?…", line.strip())
    return text if len(text) <= 100 else text[:99] + "…"


def _choose(
    name: str, head: list[str], field_map: FieldMap | None, source: Source
) -> tuple[str, FieldMap | None]:
    if name == "auto":
        try:
            return detect(head, field_map)
        except InputError as exc:
            raise InputError(f"{source.name}: {exc.message}", param="format") from exc
    if name == "csv" and field_map is None:
        first = next((line for line in head if line.strip()), "")
        import csv

        found = map_from_header(next(csv.reader([first], delimiter=sniff_delimiter(first)), []))
        if found is None:
            raise InputError(
                f"{source.name}: a CSV/TSV feed needs --field-map (its header names no known fields)"
            )
        return name, found
    return name, field_map


class Scanner:
    """Streams sources through a parser into the aggregator."""

    def __init__(self, classifier: Classifier, aggregator: Aggregator, *, samples: int = 5) -> None:
        self.classifier = classifier
        self.aggregator = aggregator
        self.samples: list[Sample] = []
        self.max_samples = samples
        self.first: float | None = None
        self.last: float | None = None

    def read(
        self, source: Source, lines: Iterator[str], fmt: str, field_map: FieldMap | None, zone: ZoneInfo
    ) -> FileReport:
        head = list(itertools.islice(lines, SNIFF_LINES))
        name, field_map = _choose(fmt, head, field_map, source)
        parser = parser_for(name, field_map, zone)
        counts = Counts()

        def malformed(number: int, reason: str, line: str) -> None:
            if len(self.samples) < self.max_samples:
                self.samples.append(Sample(source.name, number, reason, _excerpt(line)))

        everything = itertools.chain(head, lines)
        add = self.aggregator.add
        if isinstance(parser, SquidParser):
            parser.read_all(
                everything, counts, self.classifier.cache, self.classifier.classify, add, malformed
            )
        else:
            _read_generic(parser, everything, counts, self.classifier, add, malformed)
        if counts.records:
            self.first = counts.first if self.first is None else min(self.first, counts.first)
            self.last = counts.last if self.last is None else max(self.last, counts.last)
        return FileReport(source.name, name, counts.lines, counts.records, counts.ignored, counts.malformed)


def _read_generic(
    parser: LineParser,
    lines: Iterable[str],
    counts: Counts,
    classifier: Classifier,
    add: Callable[[Destination, Record], None],
    malformed: Callable[[int, str, str], None],
) -> None:
    """The loop of :meth:`SquidParser.read_all` over any parser's ``parse``."""
    parse, cache, classify = parser.parse, classifier.cache, classifier.classify
    for line in lines:
        counts.lines += 1
        try:
            record = parse(line)
        except MalformedLine as exc:
            counts.malformed += 1
            malformed(counts.lines, exc.reason, line)
            continue
        if record is None:
            counts.ignored += 1
            continue
        counts.records += 1
        counts.first = min(counts.first, record.ts)
        counts.last = max(counts.last, record.ts)
        destination = cache[record.authority] if record.authority in cache else classify(record.authority)
        if destination is not None:
            add(destination, record)


def scan(
    sources: Sequence[Source],
    *,
    fmt: str = "auto",
    field_map: FieldMap | None = None,
    classifier: Classifier,
    directory: Directory,
    pseudonymiser: Pseudonymiser,
    config: ShadowConfig,
) -> ScanResult:
    """Read every source and return the discovery result (users pseudonymised)."""
    name = canonical(fmt)
    if field_map is not None and name not in ("auto", "csv"):
        raise InputError("--field-map applies to CSV/TSV feeds only", param="field_map")
    zone = ZoneInfo(config.timezone)
    started = datetime.now(UTC)
    aggregator = Aggregator(zone, identify_by_ip=config.identify_by_ip)
    scanner = Scanner(classifier, aggregator, samples=config.malformed_samples)
    files: list[FileReport] = []
    for source in sources:
        with open_lines(source) as lines:
            files.append(scanner.read(source, lines, name, field_map, zone))
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
    )
